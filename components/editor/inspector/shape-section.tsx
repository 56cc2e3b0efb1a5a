import { formatPoints, parsePoints } from '@/lib/editor';
import { ColorField, NumberField, TextField } from '@/components/ui/fields';
import { Section } from './section';
import type { ClipFields, ClipOf } from './use-clip-fields';

/**
 * Rect, circle, polygon and a layout's box: fill, outline, corner radius (rect, layout), a circle's arc
 * (start/end angle: a pie slice), a polygon's sides or its own corners.
 */
export function ShapeSection({ clip, fields }: { clip: ClipOf<'rect' | 'circle' | 'polygon' | 'layout'>; fields: ClipFields }) {
  const { update, set, seal, issue } = fields;
  const style = clip.style ?? {};
  return (
    <Section title={clip.type === 'layout' ? 'Box' : 'Shape'}>
      <ColorField label="Fill" value={typeof style.fill === 'string' ? style.fill : undefined} placeholder={clip.type === 'layout' ? 'none' : undefined}
        onChange={(fill) => update('fill', { style: { fill } })} onCommit={seal} error={issue('style.fill')} />
      <ColorField label="Stroke" value={style.stroke} placeholder="none"
        onChange={(stroke) => update('stroke', { style: { stroke } })} onCommit={seal} error={issue('style.stroke')} />
      <NumberField label="Stroke width" value={style.strokeWidth} placeholder="1" suffix="px" min={0} max={500}
        onChange={(strokeWidth) => update('strokeWidth', { style: { strokeWidth } })} onCommit={seal} error={issue('style.strokeWidth')} />
      {clip.type === 'rect' || clip.type === 'layout' ? (
        <NumberField label="Corner radius" value={style.borderRadius} placeholder="0" suffix="px" min={0} max={10000}
          onChange={(borderRadius) => update('borderRadius', { style: { borderRadius } })} onCommit={seal} error={issue('style.borderRadius')} />
      ) : null}
      {clip.type === 'polygon' ? (
        <NumberField label="Sides" value={clip.sides} placeholder="6" min={3} max={64} precision={0}
          onChange={(sides) => (Number.isInteger(sides) ? update('sides', { sides }) : 'Must be a whole number')} onCommit={seal} error={issue('sides')} />
      ) : null}
      {clip.type === 'polygon' ? (
        <TextField label="Corners" value={formatPoints(clip.points)} placeholder="regular (by sides)" wide isMono
          hint="x,y pairs from 0 to 1, e.g. 0.5,0 1,1 0,1"
          onChange={(text) => {
            const points = parsePoints(text);
            return points === null ? 'At least three x,y pairs' : set('points', { points });
          }}
          onCommit={seal} error={issue('points')} />
      ) : null}
      {clip.type === 'circle' ? (
        <>
          <NumberField label="Arc start" value={clip.startAngle} placeholder="0" suffix="°" min={-3600} max={3600}
            onChange={(startAngle) => set('startAngle', { startAngle })} onCommit={seal} error={issue('startAngle')} />
          <NumberField label="Arc end" value={clip.endAngle} placeholder="360" suffix="°" min={-3600} max={3600}
            onChange={(endAngle) => set('endAngle', { endAngle })} onCommit={seal} error={issue('endAngle')} />
          <NumberField label="Diameter" value={clip.size} placeholder="box" suffix="px" min={1} max={20000}
            onChange={(size) => set('size', { size })} onCommit={seal} error={issue('size')} hint="Used when W/H are empty" />
        </>
      ) : null}
    </Section>
  );
}
