import type { Style } from '@/lib/video';
import { CheckboxField, ColorField, NumberField } from '@/components/ui/fields';
import { Section } from './section';
import type { ClipFields, ClipOf } from './use-clip-fields';

function offsetOf(o: Style['shadowOffset']): [number, number] {
  if (o === undefined) return [0, 0];
  if (typeof o === 'number') return [o, o];
  if (Array.isArray(o)) return [o[0], o[1]];
  return [o.x ?? 0, o.y ?? 0];
}

/** Outline, drop shadow and the background box (style.backgroundColor/padding, Cutroom's addition). */
export function TextEffectsSection({ clip, fields }: { clip: ClipOf<'text'>; fields: ClipFields }) {
  const { update, seal, issue } = fields;
  const style = clip.style ?? {};
  const hasStroke = style.stroke !== undefined;
  const hasShadow = style.shadowColor !== undefined;
  const hasBox = style.backgroundColor !== undefined;
  const [dx, dy] = offsetOf(style.shadowOffset);

  return (
    <Section title="Effects">
      <CheckboxField label="Outline" wide checked={hasStroke}
        onChange={(on) => update('stroke', { style: on ? { stroke: '#000000', strokeWidth: 4 } : { stroke: undefined, strokeWidth: undefined } })} />
      {hasStroke ? (
        <>
          <ColorField label="Outline colour" value={style.stroke} onChange={(stroke) => update('stroke', { style: { stroke } })} onCommit={seal} error={issue('style.stroke')} />
          <NumberField label="Outline width" value={style.strokeWidth} suffix="px" min={0} max={200} step={0.5}
            onChange={(strokeWidth) => update('strokeWidth', { style: { strokeWidth } })} onCommit={seal} error={issue('style.strokeWidth')} />
        </>
      ) : null}
      <CheckboxField label="Shadow" wide checked={hasShadow}
        onChange={(on) => update('shadow', { style: on ? { shadowColor: 'rgba(0,0,0,0.6)', shadowBlur: 8, shadowOffset: [0, 4] } : { shadowColor: undefined, shadowBlur: undefined, shadowOffset: undefined } })} />
      {hasShadow ? (
        <>
          <ColorField label="Shadow colour" value={style.shadowColor} onChange={(shadowColor) => update('shadowColor', { style: { shadowColor } })} onCommit={seal} error={issue('style.shadowColor')} />
          <NumberField label="Shadow blur" value={style.shadowBlur} suffix="px" min={0} max={500}
            onChange={(shadowBlur) => update('shadowBlur', { style: { shadowBlur } })} onCommit={seal} error={issue('style.shadowBlur')} />
          <NumberField label="Shadow X" value={dx} suffix="px" min={-1000} max={1000}
            onChange={(x) => update('shadowX', { style: { shadowOffset: [x, dy] } })} onCommit={seal} />
          <NumberField label="Shadow Y" value={dy} suffix="px" min={-1000} max={1000}
            onChange={(y) => update('shadowY', { style: { shadowOffset: [dx, y] } })} onCommit={seal} error={issue('style.shadowOffset')} />
        </>
      ) : null}
      <CheckboxField label="Background box" wide checked={hasBox}
        onChange={(on) => update('box', { style: on ? { backgroundColor: 'rgba(0,0,0,0.6)', padding: 16, borderRadius: 8 } : { backgroundColor: undefined, padding: undefined, borderRadius: undefined } })} />
      {hasBox ? (
        <>
          <ColorField label="Box colour" value={style.backgroundColor} wide
            onChange={(backgroundColor) => update('backgroundColor', { style: { backgroundColor } })} onCommit={seal} error={issue('style.backgroundColor')} />
          <NumberField label="Box padding" value={style.padding} suffix="px" min={0} max={1000}
            onChange={(padding) => update('padding', { style: { padding } })} onCommit={seal} error={issue('style.padding')} />
          <NumberField label="Box corners" value={style.borderRadius} suffix="px" min={0} max={1000}
            onChange={(borderRadius) => update('borderRadius', { style: { borderRadius } })} onCommit={seal} error={issue('style.borderRadius')} />
        </>
      ) : null}
    </Section>
  );
}
