import { filterTypes, type AnyClip } from '@/lib/video';
import { NumberField, SelectField } from '@/components/ui/fields';
import { Section, SmallButton } from './section';
import type { ClipFields } from './use-clip-fields';

type FilterType = (typeof filterTypes)[number];
const labels: Record<FilterType, string> = {
  blur: 'Blur', brightness: 'Brightness', contrast: 'Contrast', saturate: 'Saturation', grayscale: 'Greyscale',
  sepia: 'Sepia', invert: 'Invert', hueRotate: 'Hue rotation',
};
/** A sensible first value and the field's unit per filter (blur in px, hue in degrees, the rest as multipliers). */
const units: Record<FilterType, { initial: number; suffix?: string; step: number; min: number; max: number }> = {
  blur: { initial: 8, suffix: 'px', step: 1, min: 0, max: 500 },
  brightness: { initial: 0.7, suffix: '×', step: 0.05, min: 0, max: 10 },
  contrast: { initial: 1.2, suffix: '×', step: 0.05, min: 0, max: 10 },
  saturate: { initial: 1.5, suffix: '×', step: 0.05, min: 0, max: 10 },
  grayscale: { initial: 1, step: 0.05, min: 0, max: 1 },
  sepia: { initial: 1, step: 0.05, min: 0, max: 1 },
  invert: { initial: 1, step: 0.05, min: 0, max: 1 },
  hueRotate: { initial: 90, suffix: '°', step: 5, min: -360, max: 360 },
};
const typeOptions = filterTypes.map((value) => ({ value, label: labels[value] }));

/** `style.filters` of an image or video (spec §6.2): an ordered list, each a type and a value. */
export function FiltersSection({ clip, fields }: { clip: AnyClip; fields: ClipFields }) {
  const { update, seal, issue } = fields;
  const filters = clip.style?.filters ?? [];
  const write = (field: string, next: typeof filters) => update(field, { style: { filters: next.length > 0 ? next : undefined } });
  const unused = filterTypes.find((t) => !filters.some((f) => f.type === t)) ?? 'blur';
  return (
    <Section title="Filters"
      action={<SmallButton label="Add filter" onClick={() => write('filters:add', [...filters, { type: unused, value: units[unused].initial }])}>+ Filter</SmallButton>}>
      {filters.length === 0 ? <p className="col-span-2 text-[11px] text-zinc-500">None. Blur, brightness, contrast, colour…</p> : null}
      {filters.map((filter, i) => {
        const unit = units[filter.type];
        const replace = (next: (typeof filters)[number]) => write(`filters:${i}`, filters.map((f, j) => (j === i ? next : f)));
        return (
          <div key={i} role="group" aria-label={`Filter ${i + 1}`} className="col-span-2 grid grid-cols-[1fr_1fr_auto] items-end gap-2">
            <SelectField label="Filter" value={filter.type} options={typeOptions}
              onChange={(type) => replace({ type, value: units[type].initial })} />
            <NumberField label="Amount" value={filter.value} suffix={unit.suffix} step={unit.step} min={unit.min} max={unit.max} precision={3}
              onChange={(value) => replace({ ...filter, value })} onCommit={seal} error={issue(`style.filters[${i}].value`)} />
            <SmallButton label={`Remove filter ${i + 1}`} className="mb-0.5" onClick={() => write('filters:remove', filters.filter((_, j) => j !== i))}>✕</SmallButton>
          </div>
        );
      })}
    </Section>
  );
}
