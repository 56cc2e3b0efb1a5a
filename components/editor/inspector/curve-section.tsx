import type { LineClip, PathClip } from '@/lib/video';
import { CheckboxField, ColorField, NumberField, SelectField, TextAreaField } from '@/components/ui/fields';
import { Section } from './section';
import type { ClipFields } from './use-clip-fields';

const caps = [{ value: 'butt', label: 'Butt' }, { value: 'round', label: 'Round' }, { value: 'square', label: 'Square' }] as const;

/** Line and path clips: colour, width, caps, arrows, the drawn range, path data. */
export function CurveSection({ clip, fields }: { clip: LineClip | PathClip; fields: ClipFields }) {
  const { update, seal, issue } = fields;
  const set = (field: string, value: unknown) => update(field, { fields: { [field]: value } });
  return (
    <Section title={clip.type === 'line' ? 'Line' : 'Path'}>
      {clip.type === 'path' ? (
        <TextAreaField label="Path data" value={clip.data} rows={3} onChange={(data) => void set('data', data)} onCommit={seal} error={issue('data')} />
      ) : null}
      <ColorField label="Colour" value={clip.style?.stroke} onChange={(stroke) => update('stroke', { style: { stroke } })} onCommit={seal} error={issue('style.stroke')} />
      <NumberField label="Width" value={clip.lineWidth} placeholder="4" suffix="px" min={0} max={500} onChange={(lineWidth) => set('lineWidth', lineWidth)} onCommit={seal} error={issue('lineWidth')} />
      <SelectField label="Caps" value={clip.lineCap ?? 'butt'} options={caps} onChange={(lineCap) => set('lineCap', lineCap)} />
      <CheckboxField label="Start arrow" checked={clip.startArrow === true} onChange={(on) => set('startArrow', on || undefined)} />
      <CheckboxField label="End arrow" checked={clip.endArrow === true} onChange={(on) => set('endArrow', on || undefined)} />
      <NumberField label="Draw from" value={clip.drawStart} placeholder="0" min={0} max={1} step={0.05} onChange={(v) => set('drawStart', v)} onCommit={seal} error={issue('drawStart')} />
      <NumberField label="Draw to" value={clip.drawEnd} placeholder="1" min={0} max={1} step={0.05} onChange={(v) => set('drawEnd', v)} onCommit={seal} error={issue('drawEnd')} />
    </Section>
  );
}
