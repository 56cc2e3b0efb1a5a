import { transitionTypes, easingNames, type Clip, type Direction, type Transition, type TransitionType } from '@/lib/video';
import { NumberField, SelectField } from '@/components/ui/fields';
import { useEditor } from '../editor-context';
import { MotionPreview } from './motion-preview';
import { Section } from './section';
import type { ClipFields } from './use-clip-fields';

const labels: Record<TransitionType, string> = {
  fade: 'Fade', slide: 'Slide', wipe: 'Wipe', zoom: 'Zoom', blur: 'Blur', push: 'Push', iris: 'Iris', spin: 'Spin', lightSweep: 'Light sweep',
};
const typeOptions = [{ value: 'none', label: 'None' }, ...transitionTypes.map((value) => ({ value, label: labels[value] }))] as const;
const modeOptions = [
  { value: 'both', label: 'In and out' },
  { value: 'in', label: 'In only' },
  { value: 'out', label: 'Out only' },
] as const;
const directionOptions = (['left', 'right', 'up', 'down'] as const).map((value) => ({ value, label: value }));
const easingOptions = easingNames.map((value) => ({ value, label: value }));

/** The clip's transition (spec §8.3): any of the nine, its length, which end(s), direction, easing. */
export function TransitionSection({ clip, fields }: { clip: Clip; fields: ClipFields }) {
  const { update, seal, issue } = fields;
  const canvasWidth = useEditor((s) => s.doc.meta.width);
  const transition = clip.transition;
  const set = (field: string, patch: Partial<Transition>) =>
    transition ? update(`transition:${field}`, { transition: { ...transition, ...patch } }) : undefined;

  return (
    <Section title="Transition">
      <SelectField
        label="Transition"
        value={transition?.type ?? 'none'}
        options={typeOptions}
        onChange={(type) =>
          update('transition:type', {
            transition: type === 'none' ? undefined : { ...(transition ?? { duration: Math.min(0.5, clip.duration / 2) }), type: type as TransitionType },
          })
        }
      />
      {transition ? (
        <>
          <NumberField label="Transition length" value={transition.duration} suffix="s" step={0.1} min={0.01} max={3600}
            onChange={(duration) => set('duration', { duration })} onCommit={seal} error={issue('transition.duration')} />
          <SelectField label="Plays" value={transition.mode ?? 'both'} options={modeOptions} onChange={(mode) => set('mode', { mode })} />
          {transition.type === 'slide' || transition.type === 'push' || transition.type === 'wipe' ? (
            <SelectField label="Direction" value={transition.direction ?? (transition.type === 'wipe' ? 'right' : 'left')} options={directionOptions}
              onChange={(direction: Direction) => set('direction', { direction })} />
          ) : null}
          <SelectField label="Transition easing" value={transition.easing ?? 'linear'} options={easingOptions} onChange={(easing) => set('easing', { easing })} />
          <div className="col-span-2">
            <MotionPreview transition={transition} canvasWidth={canvasWidth} label={`Preview of ${labels[transition.type]} transition`} />
          </div>
        </>
      ) : null}
    </Section>
  );
}
