import { CheckboxField, NumberField, SelectField } from '@/components/ui/fields';
import { Section } from './section';
import type { ClipFields, ClipOf } from './use-clip-fields';

const fits = [
  { value: 'cover', label: 'Cover (crop)' },
  { value: 'contain', label: 'Contain (letterbox)' },
  { value: 'fill', label: 'Fill (stretch)' },
] as const;

/** Video: trim, volume, speed, mute, fit. Audio: trim, volume, fades, loop, mute. */
export function MediaSection({ clip, fields }: { clip: ClipOf<'video' | 'audio'>; fields: ClipFields }) {
  const { update, seal, issue } = fields;
  return (
    <Section title={clip.type === 'video' ? 'Video' : 'Audio'}>
      <NumberField label="Source in" value={clip.source?.start} placeholder="0" suffix="s" step={0.1} min={0}
        onChange={(start) => update('sourceStart', { source: { start } })} onCommit={seal} error={issue('source.start')} />
      <NumberField label="Source out" value={clip.source?.end} placeholder="end" suffix="s" step={0.1} min={0}
        onChange={(end) => update('sourceEnd', { source: { end } })} onCommit={seal} error={issue('source.end')} />
      <NumberField label="Volume" value={clip.volume} placeholder="1" step={0.05} min={0} max={10} precision={3}
        onChange={(volume) => update('volume', { volume })} onCommit={seal} error={issue('volume')} hint="1 = original level" />
      {clip.type === 'video' ? (
        <NumberField label="Speed" value={clip.playbackRate} placeholder="1" suffix="×" step={0.25} min={0.0625} max={16} precision={4}
          onChange={(playbackRate) => update('playbackRate', { playbackRate })} onCommit={seal} error={issue('playbackRate')} />
      ) : (
        <CheckboxField label="Loop" checked={clip.loop === true} onChange={(on) => update('loop', { loop: on ? true : undefined })} />
      )}
      {clip.type === 'audio' ? (
        <>
          <NumberField label="Fade in" value={clip.fadeIn} placeholder="0" suffix="s" step={0.1} min={0} max={clip.duration}
            onChange={(fadeIn) => update('fadeIn', { fadeIn })} onCommit={seal} error={issue('fadeIn')} />
          <NumberField label="Fade out" value={clip.fadeOut} placeholder="0" suffix="s" step={0.1} min={0} max={clip.duration}
            onChange={(fadeOut) => update('fadeOut', { fadeOut })} onCommit={seal} error={issue('fadeOut')} />
        </>
      ) : null}
      <CheckboxField label="Mute" checked={clip.muted === true} onChange={(on) => update('muted', { muted: on ? true : undefined })} />
      {clip.type === 'video' ? (
        <SelectField label="Fit" value={clip.style?.objectFit ?? 'cover'} options={fits}
          onChange={(objectFit) => update('objectFit', { style: { objectFit } })} />
      ) : null}
    </Section>
  );
}
