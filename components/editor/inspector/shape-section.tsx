import type { CircleClip, PolygonClip, RectClip } from '@/lib/video';
import { ColorField, NumberField } from '@/components/ui/fields';
import { Section } from './section';
import type { ClipFields } from './use-clip-fields';

/** Rect, circle, polygon: fill, outline, corner radius (rect), sides (polygon). */
export function ShapeSection({ clip, fields }: { clip: RectClip | CircleClip | PolygonClip; fields: ClipFields }) {
  const { update, seal, issue } = fields;
  const style = clip.style ?? {};
  return (
    <Section title="Shape">
      <ColorField label="Fill" value={typeof style.fill === 'string' ? style.fill : undefined}
        onChange={(fill) => update('fill', { style: { fill } })} onCommit={seal} error={issue('style.fill')} />
      <ColorField label="Stroke" value={style.stroke} placeholder="none"
        onChange={(stroke) => update('stroke', { style: { stroke } })} onCommit={seal} error={issue('style.stroke')} />
      <NumberField label="Stroke width" value={style.strokeWidth} placeholder="1" suffix="px" min={0} max={500}
        onChange={(strokeWidth) => update('strokeWidth', { style: { strokeWidth } })} onCommit={seal} error={issue('style.strokeWidth')} />
      {clip.type === 'rect' ? (
        <NumberField label="Corner radius" value={style.borderRadius} placeholder="0" suffix="px" min={0} max={10000}
          onChange={(borderRadius) => update('borderRadius', { style: { borderRadius } })} onCommit={seal} error={issue('style.borderRadius')} />
      ) : null}
      {clip.type === 'polygon' ? (
        <NumberField label="Sides" value={clip.sides} placeholder="6" min={3} max={64} precision={0}
          onChange={(sides) => (Number.isInteger(sides) ? update('sides', { sides }) : 'Must be a whole number')} onCommit={seal} error={issue('sides')} />
      ) : null}
    </Section>
  );
}
