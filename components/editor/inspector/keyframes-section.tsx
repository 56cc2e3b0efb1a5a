'use client';

import {
  addKeyframe,
  clipTimeAtFrame,
  isClipAtFrame,
  isSameTime,
  keyframeFrames,
  keyframeValueNow,
  removeKeyframe,
  updateKeyframe,
  type KeyframeProperty,
} from '@/lib/editor';
import { easingNames, type Clip, type EasingName } from '@/lib/video';
import { SelectField } from '@/components/ui/fields';
import { useEditor, useEditorContext } from '../editor-context';
import { Section, SmallButton } from './section';
import { refusalMessage, type ClipFields } from './use-clip-fields';

/** What "add keyframe" offers; position is the x and y tracks together. */
const groups: readonly { id: string; label: string; properties: readonly KeyframeProperty[] }[] = [
  { id: 'position', label: 'Position', properties: ['x', 'y'] },
  { id: 'scale', label: 'Scale', properties: ['scale'] },
  { id: 'rotation', label: 'Rotation', properties: ['rotation'] },
  { id: 'opacity', label: 'Opacity', properties: ['opacity'] },
];
const easingOptions = easingNames.map((value) => ({ value, label: value }));

/** Distinct keyframe times of a group (x and y keyframes at one time are one position keyframe). */
function groupTimes(clip: Clip, properties: readonly KeyframeProperty[]): { time: number; easing: EasingName | undefined }[] {
  const out: { time: number; easing: EasingName | undefined }[] = [];
  for (const property of properties) {
    for (const f of keyframeFrames(clip, property) ?? []) {
      if (!out.some((o) => isSameTime(o.time, f.time))) out.push({ time: f.time, easing: f.easing });
    }
  }
  return out.sort((a, b) => a.time - b.time);
}

/**
 * Keyframes (spec §8.2) of position, scale, rotation and opacity: add one at the playhead with the
 * clip's current value (then change the value on the canvas or in Layout at that time), pick the
 * easing of the segment arriving at each keyframe, delete it. Retiming is on the timeline (drag the
 * diamond).
 */
export function KeyframesSection({ clip, fields }: { clip: Clip; fields: ClipFields }) {
  const { actions, selection } = fields;
  const { store } = useEditorContext();
  // A boolean, not the playhead itself: the section does not re-render on every frame of playback.
  const isHere = useEditor((s) => isClipAtFrame(clip, s.playheadFrame, s.doc.meta.fps));

  const add = (properties: readonly KeyframeProperty[]) =>
    refusalMessage(
      actions.tryApply((d) => {
        const current = d.tracks[selection.trackIndex]?.clips[selection.clipIndex];
        if (!current) return d;
        const time = Math.max(0, clipTimeAtFrame(current, store.getState().playheadFrame, d.meta.fps));
        return properties.reduce((x, property) => addKeyframe(x, { ref: selection, property, time, value: keyframeValueNow(current, property, time, d.meta) }), d);
      }),
    );

  return (
    <Section title="Keyframes">
      {groups.map((group) => {
        const times = groupTimes(clip, group.properties);
        const name = group.label.toLowerCase();
        return (
          <div key={group.id} role="group" aria-label={`${group.label} keyframes`} className="col-span-2 flex flex-col gap-1.5">
            <div className="flex items-center justify-between gap-2">
              <span className="text-[11px] font-medium text-zinc-400">
                {group.label}
                {times.length > 0 ? <span className="ml-1 text-zinc-600">· {times.length}</span> : null}
              </span>
              <SmallButton label={`Add ${name} keyframe at the playhead`} disabled={!isHere} onClick={() => add(group.properties)}>
                ◆ Add
              </SmallButton>
            </div>
            {times.map(({ time: at, easing }) => (
              <div key={at} role="group" aria-label={`${group.label} keyframe at ${at.toFixed(2)} s`} className="grid grid-cols-[3.5rem_1fr_auto] items-end gap-2 pl-2">
                <span className="pb-1.5 font-mono text-[11px] text-zinc-300 tabular-nums">{at.toFixed(2)} s</span>
                <SelectField
                  label="Easing"
                  value={easing ?? 'linear'}
                  options={easingOptions}
                  onChange={(value) =>
                    refusalMessage(
                      actions.tryApply((d) =>
                        group.properties.reduce((x, property) => updateKeyframe(x, { ref: selection, property, time: at, patch: { easing: value } }), d),
                      ),
                    )
                  }
                />
                <SmallButton
                  label={`Delete the ${name} keyframe`}
                  className="mb-0.5"
                  onClick={() => actions.apply((d) => removeKeyframe(d, { ref: selection, time: at, properties: group.properties }))}
                >
                  ✕
                </SmallButton>
              </div>
            ))}
          </div>
        );
      })}
      {!isHere ? <p className="col-span-2 text-[11px] text-zinc-500">Move the playhead over the clip to add keyframes.</p> : null}
    </Section>
  );
}
