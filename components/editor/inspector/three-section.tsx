import { threeShapes, type ThreeClip } from '@/lib/video';
import { ColorField, NumberField, SelectField } from '@/components/ui/fields';
import { Section } from './section';
import type { ClipFields } from './use-clip-fields';

const shapeOptions = threeShapes.map((s) => ({ value: s, label: s }));

/** Three clip: the first object's shape (or model) and colour, the camera distance and field of view. */
export function ThreeSection({ clip, fields }: { clip: ThreeClip; fields: ClipFields }) {
  const { update, seal, issue } = fields;
  const objects = clip.objects ?? [];
  const first = objects[0];
  const setFirst = (patch: Record<string, unknown>) =>
    update('objects', { fields: { objects: [{ ...(first ?? { shape: 'box' }), ...patch }, ...objects.slice(1)] } });
  const camera = clip.camera ?? {};
  const position = Array.isArray(camera.position) ? camera.position : [0, 0, 5];
  return (
    <Section title="3D scene">
      {first?.model !== undefined ? (
        <p className="col-span-2 truncate text-[11px] text-zinc-400">Model: {typeof first.model === 'string' ? first.model : first.model.$ref}</p>
      ) : (
        <SelectField label="Shape" value={first?.shape ?? 'box'} options={shapeOptions} onChange={(shape) => setFirst({ shape })} error={issue('objects[0].shape')} />
      )}
      <ColorField label="Colour" value={first?.material?.color ?? first?.color}
        onChange={(color) => setFirst({ material: { ...(first?.material ?? {}), color } })} onCommit={seal} error={issue('objects[0].material.color')} />
      <NumberField label="Camera distance" value={position[2]} placeholder="5" min={0.1} max={1000} step={0.5}
        onChange={(z) => update('camera', { fields: { camera: { ...camera, position: [position[0] ?? 0, position[1] ?? 0, z] } } })} onCommit={seal} error={issue('camera.position')} />
      <NumberField label="Field of view" value={camera.fov} placeholder="50" suffix="°" min={1} max={179}
        onChange={(fov) => update('camera', { fields: { camera: { ...camera, fov } } })} onCommit={seal} error={issue('camera.fov')} />
    </Section>
  );
}
