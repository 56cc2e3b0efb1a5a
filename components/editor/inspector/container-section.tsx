import { formatPadding, parsePadding } from '@/lib/editor';
import type { LayoutChild, LayoutClip } from '@/lib/video';
import { CheckboxField, NumberField, SelectField, TextField } from '@/components/ui/fields';
import { Section } from './section';
import type { ClipFields } from './use-clip-fields';

const directions = [{ value: 'horizontal', label: 'Row (horizontal)' }, { value: 'vertical', label: 'Column (vertical)' }] as const;
const alignments = (['start', 'center', 'end', 'stretch'] as const).map((value) => ({ value, label: value }));
const distributions = (['start', 'center', 'end', 'space-between', 'space-around'] as const).map((value) => ({ value, label: value }));

/** A layout clip's own fields (spec §7.9): main axis, gap, padding, alignment, distribution, clipping. */
export function ContainerSection({ clip, fields }: { clip: LayoutClip | Extract<LayoutChild, { type: 'layout' }>; fields: ClipFields }) {
  const { set, seal, issue } = fields;
  return (
    <Section title="Layout">
      <SelectField label="Direction" value={clip.direction ?? 'horizontal'} options={directions} wide
        onChange={(direction) => set('direction', { direction })} />
      <NumberField label="Gap" value={clip.gap} placeholder="0" suffix="px" min={0} max={10000}
        onChange={(gap) => set('gap', { gap })} onCommit={seal} error={issue('gap')} />
      <TextField label="Padding" value={formatPadding(clip.padding)} placeholder="0"
        hint="px, or top right bottom left"
        onChange={(text) => {
          const padding = parsePadding(text);
          return padding === null ? 'One number, or four: top right bottom left' : set('padding', { padding });
        }}
        onCommit={seal} error={issue('padding')} />
      <SelectField label="Align items" value={clip.alignItems ?? 'stretch'} options={alignments}
        onChange={(alignItems) => set('alignItems', { alignItems })} />
      <SelectField label="Justify" value={clip.justifyContent ?? 'start'} options={distributions}
        onChange={(justifyContent) => set('justifyContent', { justifyContent })} />
      <CheckboxField label="Clip children to the box" wide checked={clip.clip === true}
        onChange={(on) => set('clip', { clip: on ? true : undefined })} />
    </Section>
  );
}
