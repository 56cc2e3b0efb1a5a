import type { Clip, Meta } from '../video';

/**
 * What the "Add …" buttons insert. Each insertable builds a fresh clip for the canvas at a time;
 * the media library will register its own (image/video/audio from an uploaded file) the same way
 * and go through the store's `insertClip`, so placement, selection and undo come for free.
 */
export interface Insertable {
  id: string;
  /** Button label ("Add text"). */
  label: string;
  create(context: { meta: Meta; start: number }): Clip;
}

/**
 * A centred white text, 3 s, sized to a tenth of the canvas height. Positions are percentages so
 * the element stays centred when the canvas size changes; the inspector shows and accepts both.
 */
export function newTextClip(meta: Meta, start: number): Clip {
  return {
    type: 'text',
    text: 'Your text',
    start,
    duration: 3,
    transform: { x: '50%', y: '50%', anchor: 'center' },
    style: { fill: '#ffffff', fontSize: Math.max(8, Math.round(meta.height / 10)), textAlign: 'center' },
  };
}

/** A centred rectangle, a quarter of the canvas on each side, 3 s. */
export function newRectClip(_meta: Meta, start: number): Clip {
  return {
    type: 'rect',
    start,
    duration: 3,
    transform: { x: '50%', y: '50%', width: '25%', height: '25%', anchor: 'center' },
    style: { fill: '#3b82f6' },
  };
}

export const builtInInsertables: readonly Insertable[] = [
  { id: 'text', label: 'Add text', create: ({ meta, start }) => newTextClip(meta, start) },
  { id: 'rect', label: 'Add rect', create: ({ meta, start }) => newRectClip(meta, start) },
];

/** Timeline label: the clip type plus its text or file name. `{type:'text', text:'Hi'}` → "Text · Hi". */
export function clipLabel(clip: Clip): string {
  const type = clip.type.charAt(0).toUpperCase() + clip.type.slice(1);
  let detail = '';
  if (clip.type === 'text') detail = clip.text.replace(/\s+/g, ' ').trim();
  else if (clip.type === 'template') detail = clip.template;
  else if ('src' in clip && clip.src !== undefined) {
    const src = clip.src;
    detail = typeof src === 'string' ? (src.split(/[?#]/)[0]?.split('/').pop() ?? '') : src.$ref;
  }
  if (!detail && clip.id) detail = clip.id;
  return detail ? `${type} · ${detail}` : type;
}
