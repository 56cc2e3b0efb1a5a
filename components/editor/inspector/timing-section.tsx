import { quantize } from '@/lib/editor';
import type { Clip } from '@/lib/video';
import { NumberField } from '@/components/ui/fields';
import { useEditor } from '../editor-context';
import { Section } from './section';
import type { ClipFields } from './use-clip-fields';

/** Start and duration on the frame grid. */
export function TimingSection({ clip, fields }: { clip: Clip; fields: ClipFields }) {
  const fps = useEditor((s) => s.doc.meta.fps);
  const { update, seal, issue } = fields;
  return (
    <Section title="Timing">
      <NumberField label="Start" value={clip.start} suffix="s" step={1 / fps} min={0}
        onChange={(start) => update('start', { start })} onCommit={seal} error={issue('start')} />
      <NumberField label="Duration" value={clip.duration} suffix="s" step={1 / fps} min={quantize(1 / fps, fps)}
        onChange={(duration) => update('duration', { duration })} onCommit={seal} error={issue('duration')} />
    </Section>
  );
}
