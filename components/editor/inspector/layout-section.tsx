import { anchorSchema, type AnyClip } from '@/lib/video';
import { LengthField, NumberField, SelectField } from '@/components/ui/fields';
import { Section, SmallButton } from './section';
import type { ClipFields } from './use-clip-fields';

const hasBox = (clip: AnyClip) => clip.type !== 'text' && clip.type !== 'audio' && clip.type !== 'subtitle';
const anchorOptions = anchorSchema.options.map((value) => ({ value, label: value }));

/**
 * Position, size, anchor, rotation, scale, skew and opacity as numbers, and the paint-order buttons.
 * Inside a layout (`fields.path`) the flex rules place the child: only its size and look are offered.
 */
export function LayoutSection({ clip, fields }: { clip: AnyClip; fields: ClipFields }) {
  const { update, seal, issue, actions, selection } = fields;
  const isChild = fields.path.length > 0;
  const t = clip.transform ?? {};
  const [sx, sy] = Array.isArray(t.scale) ? t.scale : [t.scale, t.scale];
  const isUniform = sx === sy;
  const [kx, ky] = t.skew ?? [0, 0];
  // `style.opacity` wins over `opacity` (spec §5), so edit whichever one is in effect.
  const opacityInStyle = clip.style?.opacity !== undefined;
  const opacity = clip.style?.opacity ?? clip.opacity;
  const setSkew = (next: [number, number]) => update('skew', { transform: { skew: next[0] === 0 && next[1] === 0 ? undefined : next } });

  return (
    <Section title={isChild ? 'Size and look' : 'Position and size'} label="Layout">
      {isChild ? null : (
        <>
          <LengthField label="X" value={t.x} placeholder="50%" onChange={(x) => update('x', { transform: { x } })} onCommit={seal} error={issue('transform.x')} />
          <LengthField label="Y" value={t.y} placeholder="50%" onChange={(y) => update('y', { transform: { y } })} onCommit={seal} error={issue('transform.y')} />
        </>
      )}
      {hasBox(clip) ? (
        <>
          <LengthField label="W" value={t.width} placeholder="auto" onChange={(width) => update('w', { transform: { width } })} onCommit={seal} error={issue('transform.width')} />
          <LengthField label="H" value={t.height} placeholder="auto" onChange={(height) => update('h', { transform: { height } })} onCommit={seal} error={issue('transform.height')} />
        </>
      ) : clip.type === 'text' ? (
        <LengthField label="Wrap width" value={t.width} placeholder="none" onChange={(width) => update('w', { transform: { width } })} onCommit={seal} error={issue('transform.width')} />
      ) : null}
      {isChild ? null : (
        <SelectField label="Anchor" value={t.anchor ?? 'center'} options={anchorOptions} wide hint="The point of the clip placed at X, Y"
          onChange={(anchor) => update('anchor', { transform: { anchor } })} />
      )}
      <NumberField label="Rotation" value={t.rotation} placeholder="0" suffix="°" min={-3600} max={3600}
        onChange={(rotation) => update('rotation', { transform: { rotation } })} onCommit={seal} error={issue('transform.rotation')} />
      {isUniform ? (
        <NumberField label="Scale" value={sx} placeholder="1" step={0.05} min={0} max={100} precision={3}
          onChange={(value) => update('scale', { transform: { scale: value } })} onCommit={seal} error={issue('transform.scale')} />
      ) : (
        <>
          <NumberField label="Scale X" value={sx} step={0.05} min={0} max={100} precision={3}
            onChange={(value) => update('scale', { transform: { scale: [value, sy ?? 1] } })} onCommit={seal} error={issue('transform.scale')} />
          <NumberField label="Scale Y" value={sy} step={0.05} min={0} max={100} precision={3}
            onChange={(value) => update('scale', { transform: { scale: [sx ?? 1, value] } })} onCommit={seal} />
        </>
      )}
      <NumberField label="Skew X" value={t.skew ? kx : undefined} placeholder="0" suffix="°" min={-89} max={89}
        onChange={(x) => setSkew([x, ky])} onCommit={seal} error={issue('transform.skew')} />
      <NumberField label="Skew Y" value={t.skew ? ky : undefined} placeholder="0" suffix="°" min={-89} max={89}
        onChange={(y) => setSkew([kx, y])} onCommit={seal} />
      <NumberField label="Opacity" value={opacity} placeholder="1" step={0.05} min={0} max={1} precision={3}
        onChange={(value) => update('opacity', opacityInStyle ? { style: { opacity: value } } : { opacity: value })}
        onCommit={seal} error={issue(opacityInStyle ? 'style.opacity' : 'opacity')} />
      {isChild ? null : (
        <div className="flex flex-col gap-1">
          <span className="text-[11px] font-medium text-zinc-400">Order</span>
          <div className="flex gap-1">
            <SmallButton label="Bring forward" onClick={() => actions.shiftClipLayer(selection, 1)}>↑ Forward</SmallButton>
            <SmallButton label="Send back" onClick={() => actions.shiftClipLayer(selection, -1)}>↓ Back</SmallButton>
          </div>
        </div>
      )}
    </Section>
  );
}
