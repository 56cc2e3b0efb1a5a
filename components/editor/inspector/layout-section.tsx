import type { Clip } from '@/lib/video';
import { LengthField, NumberField } from '@/components/ui/fields';
import { Section, SmallButton } from './section';
import type { ClipFields } from './use-clip-fields';

const hasBox = (clip: Clip) => clip.type !== 'text' && clip.type !== 'audio' && clip.type !== 'subtitle';

/** Position, size, rotation, scale and opacity as numbers, and the paint-order buttons. */
export function LayoutSection({ clip, fields }: { clip: Clip; fields: ClipFields }) {
  const { update, seal, issue, actions, selection } = fields;
  const t = clip.transform ?? {};
  const scale = Array.isArray(t.scale) ? t.scale[0] : t.scale;
  // `style.opacity` wins over `opacity` (spec §5), so edit whichever one is in effect.
  const opacityInStyle = clip.style?.opacity !== undefined;
  const opacity = clip.style?.opacity ?? clip.opacity;

  return (
    <Section title="Layout">
      <LengthField label="X" value={t.x} placeholder="50%" onChange={(x) => update('x', { transform: { x } })} onCommit={seal} error={issue('transform.x')} />
      <LengthField label="Y" value={t.y} placeholder="50%" onChange={(y) => update('y', { transform: { y } })} onCommit={seal} error={issue('transform.y')} />
      {hasBox(clip) ? (
        <>
          <LengthField label="W" value={t.width} placeholder="auto" onChange={(width) => update('w', { transform: { width } })} onCommit={seal} error={issue('transform.width')} />
          <LengthField label="H" value={t.height} placeholder="auto" onChange={(height) => update('h', { transform: { height } })} onCommit={seal} error={issue('transform.height')} />
        </>
      ) : null}
      <NumberField label="Rotation" value={t.rotation} placeholder="0" suffix="°" min={-3600} max={3600}
        onChange={(rotation) => update('rotation', { transform: { rotation } })} onCommit={seal} error={issue('transform.rotation')} />
      <NumberField label="Scale" value={scale} placeholder="1" step={0.05} min={0} max={100} precision={3}
        onChange={(value) => update('scale', { transform: { scale: value } })} onCommit={seal} error={issue('transform.scale')} />
      <NumberField label="Opacity" value={opacity} placeholder="1" step={0.05} min={0} max={1} precision={3}
        onChange={(value) => update('opacity', opacityInStyle ? { style: { opacity: value } } : { opacity: value })}
        onCommit={seal} error={issue(opacityInStyle ? 'style.opacity' : 'opacity')} />
      <div className="flex flex-col gap-1">
        <span className="text-[11px] font-medium text-zinc-400">Order</span>
        <div className="flex gap-1">
          <SmallButton label="Bring forward" onClick={() => actions.shiftClipLayer(selection, 1)}>↑ Forward</SmallButton>
          <SmallButton label="Send back" onClick={() => actions.shiftClipLayer(selection, -1)}>↓ Back</SmallButton>
        </div>
      </div>
    </Section>
  );
}
