import { NumberField, SelectField } from '@/components/ui/fields';
import { Section } from './section';
import type { ClipFields, ClipOf } from './use-clip-fields';

const fits = [
  { value: 'cover', label: 'Cover (crop)' },
  { value: 'contain', label: 'Contain (letterbox)' },
  { value: 'fill', label: 'Fill (stretch)' },
] as const;

/** Image: how it fills its box, and rounded corners. */
export function ImageSection({ clip, fields }: { clip: ClipOf<'image' | 'svg'>; fields: ClipFields }) {
  const { update, seal, issue } = fields;
  return (
    <Section title={clip.type === 'svg' ? 'Picture' : 'Image'}>
      <SelectField label="Fit" value={clip.style?.objectFit ?? (clip.type === 'svg' ? 'contain' : 'cover')} options={fits} onChange={(objectFit) => update('objectFit', { style: { objectFit } })} />
      <NumberField label="Corner radius" value={clip.style?.borderRadius} placeholder="0" suffix="px" min={0} max={10000}
        onChange={(borderRadius) => update('borderRadius', { style: { borderRadius } })} onCommit={seal} error={issue('style.borderRadius')} />
    </Section>
  );
}
