import { animationSlot, type AnimationPatch } from '@/lib/editor';
import { animationTypes, easingNames, type Animation, type AnimationType, type Clip, type Direction, type Easing } from '@/lib/video';
import { LengthField, NumberField, SelectField } from '@/components/ui/fields';
import { useEditor } from '../editor-context';
import { MotionPreview } from './motion-preview';
import { Section, SmallButton } from './section';
import { refusalMessage, type ClipFields } from './use-clip-fields';

const typeLabels: Record<AnimationType, string> = {
  fadeIn: 'Fade in', fadeOut: 'Fade out', zoomIn: 'Zoom in', zoomOut: 'Zoom out', slideIn: 'Slide in',
  slideOut: 'Slide out', move: 'Move', scale: 'Scale', rotate: 'Rotate',
};
const typeOptions = animationTypes.map((value) => ({ value, label: typeLabels[value] }));
const easingOptions = easingNames.map((value) => ({ value, label: value }));
const directionOptions = (['left', 'right', 'up', 'down'] as const).map((value) => ({ value, label: value }));
const loopOptions = [
  { value: 'once', label: 'Once' },
  ...[2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n} times` })),
  { value: 'forever', label: 'Until the clip ends' },
];
const loopValue = (loop: Animation['loop']) => (loop === true ? 'forever' : typeof loop === 'number' && loop > 1 ? String(Math.min(loop, 5)) : 'once');

/**
 * Entry and exit animations (spec §8.1): any of the nine presets, duration, delay (from the clip's
 * start), easing (all 31), the preset's own fields, and a small looping preview of the motion.
 */
export function AnimationsSection({ clip, fields }: { clip: Clip; fields: ClipFields }) {
  const { actions, selection } = fields;
  const animations = clip.animations ?? [];
  return (
    <Section
      title="Animations"
      action={
        <div className="flex gap-1">
          <SmallButton label="Add entry animation" onClick={() => actions.addAnimation(selection, 'entry')}>+ Entry</SmallButton>
          <SmallButton label="Add exit animation" onClick={() => actions.addAnimation(selection, 'exit')}>+ Exit</SmallButton>
        </div>
      }
    >
      {animations.length === 0 ? <p className="col-span-2 text-[11px] text-zinc-500">No animation. Add one for how the clip enters or leaves.</p> : null}
      {animations.map((animation, index) => (
        <AnimationRow key={index} clip={clip} animation={animation} index={index} fields={fields} />
      ))}
    </Section>
  );
}

function AnimationRow({ clip, animation, index, fields }: { clip: Clip; animation: Animation; index: number; fields: ClipFields }) {
  const { actions, selection, seal, issue, key } = fields;
  const canvasWidth = useEditor((s) => s.doc.meta.width);
  const slot = animationSlot(animation, clip);
  const title = slot === 'entry' ? 'Entry' : 'Exit';
  const path = `animations[${index}]`;
  const edit = (field: string, patch: AnimationPatch) =>
    refusalMessage(actions.updateAnimation(selection, index, patch, { mergeKey: `anim:${key}:${index}:${field}` }));

  return (
    <div role="group" aria-label={`${title} animation ${index + 1}`} className="col-span-2 grid grid-cols-2 gap-x-2 gap-y-2 rounded-md border border-zinc-800 bg-zinc-900/60 p-2">
      <div className="col-span-2 flex items-center gap-2">
        <MotionPreview animation={animation} canvasWidth={canvasWidth} label={`Preview of ${typeLabels[animation.type]}`} />
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <span className="text-[11px] font-semibold text-zinc-300">{title}</span>
          <SmallButton label={`Remove ${title.toLowerCase()} animation`} className="self-start" onClick={() => actions.removeAnimation(selection, index)}>Remove</SmallButton>
        </div>
      </div>
      <SelectField label="Type" value={animation.type} options={typeOptions} onChange={(type) => edit('type', { type })} />
      <SelectField label="Easing" value={animation.easing ?? 'linear'} options={easingOptions} onChange={(easing: Easing) => edit('easing', { easing })} />
      <NumberField label="Length" value={animation.duration} suffix="s" step={0.1} min={0.01} max={3600}
        onChange={(duration) => edit('duration', { duration })} onCommit={seal} error={issue(`${path}.duration`)} />
      <NumberField label="Delay" value={animation.delay} placeholder="0" suffix="s" step={0.1} min={0} max={3600}
        onChange={(delay) => edit('delay', { delay })} onCommit={seal} error={issue(`${path}.delay`)} />
      <SelectField label="Repeat" value={loopValue(animation.loop)} options={loopOptions}
        onChange={(value) => edit('loop', { loop: value === 'once' ? undefined : value === 'forever' ? true : Number(value) })} />
      {animation.type === 'slideIn' || animation.type === 'slideOut' ? (
        <>
          <SelectField label="Direction" value={animation.direction ?? 'left'} options={directionOptions} onChange={(direction: Direction) => edit('direction', { direction })} />
          <NumberField label="Distance" value={animation.distance} placeholder="200" suffix="px" min={0} max={20000}
            onChange={(distance) => edit('distance', { distance })} onCommit={seal} />
        </>
      ) : null}
      {animation.type === 'rotate' || animation.type === 'scale' ? (
        <>
          <NumberField label="From" value={typeof animation.from === 'number' ? animation.from : undefined} placeholder={animation.type === 'rotate' ? 'own' : 'own'}
            suffix={animation.type === 'rotate' ? '°' : '×'} precision={3} min={animation.type === 'scale' ? 0 : -36000} max={36000}
            onChange={(from) => edit('from', { from })} onCommit={seal} />
          <NumberField label="To" value={typeof animation.to === 'number' ? animation.to : undefined} placeholder="own"
            suffix={animation.type === 'rotate' ? '°' : '×'} precision={3} min={animation.type === 'scale' ? 0 : -36000} max={36000}
            onChange={(to) => edit('to', { to })} onCommit={seal} />
        </>
      ) : null}
      {animation.type === 'move' ? (
        <>
          <LengthField label="From X" value={animation.from?.x} placeholder="own" onChange={(x) => edit('fromX', { from: { ...animation.from, x } })} onCommit={seal} />
          <LengthField label="From Y" value={animation.from?.y} placeholder="own" onChange={(y) => edit('fromY', { from: { ...animation.from, y } })} onCommit={seal} />
          <LengthField label="To X" value={animation.to?.x} placeholder="own" onChange={(x) => edit('toX', { to: { ...animation.to, x } })} onCommit={seal} />
          <LengthField label="To Y" value={animation.to?.y} placeholder="own" onChange={(y) => edit('toY', { to: { ...animation.to, y } })} onCommit={seal} />
        </>
      ) : null}
    </div>
  );
}
