import type { Clip, Meta } from '../video';

/**
 * The Elements panel's entries for the newest clip types (code, icon, line, path, three), each built
 * for the canvas at a start time. Sizes follow the canvas height, positions are percentages.
 */
export interface ClipTypePreset {
  id: string;
  label: string;
  description: string;
  create(context: { meta: Meta; start: number }): Clip;
}

const px = (meta: Meta, fraction: number) => Math.max(8, Math.round(meta.height * fraction));

export const clipTypePresets: readonly ClipTypePreset[] = [
  {
    id: 'code', label: 'Code block', description: 'Syntax-highlighted code',
    create: ({ meta, start }) => ({
      type: 'code', start, duration: 4, language: 'typescript', theme: 'github-dark', lineNumbers: true,
      code: 'function hello(name: string) {\n  return `Hello, ${name}!`;\n}', fontSize: px(meta, 0.035),
      transform: { x: '50%', y: '50%', anchor: 'center' },
    }),
  },
  {
    id: 'line', label: 'Line', description: 'A straight stroke, drawn in',
    create: ({ meta, start }) => ({
      type: 'line', start, duration: 3, points: [[Math.round(meta.width * 0.25), Math.round(meta.height / 2)], [Math.round(meta.width * 0.75), Math.round(meta.height / 2)]],
      lineWidth: px(meta, 0.008), lineCap: 'round', style: { stroke: '#ffffff' },
      keyframes: [{ property: 'drawEnd', frames: [{ time: 0, value: 0 }, { time: 1, value: 1, easing: 'easeInOutCubic' }] }],
    }),
  },
  {
    id: 'arrow', label: 'Arrow', description: 'A line with an arrowhead',
    create: ({ meta, start }) => ({
      type: 'line', start, duration: 3, points: [[Math.round(meta.width * 0.3), Math.round(meta.height * 0.6)], [Math.round(meta.width * 0.7), Math.round(meta.height * 0.4)]],
      lineWidth: px(meta, 0.008), lineCap: 'round', endArrow: true, style: { stroke: '#facc15' },
    }),
  },
  {
    id: 'path', label: 'Path', description: 'An SVG curve, drawn in',
    create: ({ meta, start }) => {
      const [w, h] = [meta.width, meta.height];
      const p = (x: number, y: number) => `${Math.round(w * x)} ${Math.round(h * y)}`;
      return {
        type: 'path', start, duration: 3, data: `M ${p(0.2, 0.6)} C ${p(0.35, 0.2)} ${p(0.5, 0.2)} ${p(0.5, 0.5)} S ${p(0.65, 0.8)} ${p(0.8, 0.4)}`,
        lineWidth: px(meta, 0.008), lineCap: 'round', style: { stroke: '#a3e635' },
        keyframes: [{ property: 'drawEnd', frames: [{ time: 0, value: 0 }, { time: 1.5, value: 1 }] }],
      };
    },
  },
  {
    id: 'three', label: '3D cube', description: 'A turning cube (three.js)',
    create: ({ start }) => ({
      type: 'three', start, duration: 4, camera: { fov: 45, position: [0, 0, 5], lookAt: [0, 0, 0] },
      objects: [{ id: 'cube', shape: 'box', geometry: { width: 1.5, height: 1.5, depth: 1.5 }, material: { type: 'standard', color: '#38bdf8', roughness: 0.35 },
        animations: [{ property: 'rotation.y', from: 0, to: 360, duration: 4, loop: true }] }],
    }),
  },
];

/** An icon clip for `icon` (an Iconify name such as "lucide:heart"), a fifth of the canvas height. */
export function iconClip(icon: string, { meta, start }: { meta: Meta; start: number }): Clip {
  const size = px(meta, 0.2);
  return { type: 'icon', icon, start, duration: 3, color: '#ffffff', transform: { x: '50%', y: '50%', width: size, height: size, anchor: 'center' } };
}

/**
 * A three clip showing the GLTF/GLB model at `model` (a URL, or `{ "$ref" }` into assets.models for a library
 * file), slowly turning.
 */
export function modelClip(model: string | { $ref: string }, { start, duration = 4 }: { meta: Meta; start: number; duration?: number }): Clip {
  return {
    type: 'three', start, duration, camera: { position: [0, 1, 4], lookAt: [0, 0, 0] },
    objects: [{ id: 'model', model, autoScale: 2, animations: [{ property: 'rotation.y', from: 0, to: 360, duration: 8, loop: true }] }],
  };
}
