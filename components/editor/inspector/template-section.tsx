import { templateFields, templateVariants, type TemplateField } from '@/lib/editor';
import { templateNames, type TemplateName } from '@/lib/video';
import { CheckboxField, ColorField, JsonField, NumberField, SelectField, TextField } from '@/components/ui/fields';
import { Section } from './section';
import type { ClipFields, ClipOf } from './use-clip-fields';

const nameOptions = templateNames.map((value) => ({ value, label: value }));
const label = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());

/**
 * A template clip (spec §7.10): which template, its variant, every parameter its data takes (a field
 * per kind: text, number, colour, on/off, one item per line, JSON for the rest), and the overrides.
 * A field left empty falls back to the template's default.
 */
export function TemplateSection({ clip, fields }: { clip: ClipOf<'template'>; fields: ClipFields }) {
  const { set, seal, issue } = fields;
  const data = clip.data ?? {};
  const setData = (key: string, value: unknown) => {
    const next: Record<string, unknown> = { ...data, [key]: value };
    if (value === undefined) delete next[key];
    return set(`data:${key}`, { data: Object.keys(next).length > 0 ? next : undefined });
  };
  const variants = templateVariants(clip).map((value) => ({ value, label: value }));
  return (
    <>
      <Section title="Template">
        <SelectField label="Template" value={clip.template} options={nameOptions}
          onChange={(template: TemplateName) => set('template', { template, variant: undefined })} error={issue('template')} />
        <SelectField label="Variant" value={clip.variant ?? 'default'} options={variants}
          onChange={(variant) => set('variant', { variant: variant === 'default' ? undefined : variant })} />
        {templateFields(clip).map((field) => (
          <TemplateDataField key={`${clip.template}:${field.key}`} field={field} onChange={(v) => setData(field.key, v)} onCommit={seal} error={issue(`data.${field.key}`)} />
        ))}
      </Section>
      <Section title="Template overrides">
        <NumberField label="Layer offset" value={clip.overrides?.zIndexOffset} placeholder="0" precision={0} min={-10000} max={10000}
          hint="Added to every generated clip's zIndex"
          onChange={(zIndexOffset) => set('overrides:z', { overrides: { ...clip.overrides, zIndexOffset } })} onCommit={seal} error={issue('overrides.zIndexOffset')} />
        <JsonField label="Style for every generated clip" value={clip.overrides?.style} rows={3}
          onChange={(style) => set('overrides:style', { overrides: clean({ ...clip.overrides, style }) })} onCommit={seal} error={issue('overrides.style')} />
        <JsonField label="Transition for generated clips" value={clip.overrides?.transition} rows={3}
          onChange={(transition) => set('overrides:transition', { overrides: clean({ ...clip.overrides, transition }) })} onCommit={seal} error={issue('overrides.transition')} />
      </Section>
    </>
  );
}

function clean<T extends Record<string, unknown>>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length > 0 ? (Object.fromEntries(entries) as T) : undefined;
}

function TemplateDataField({ field, onChange, onCommit, error }: { field: TemplateField; onChange: (value: unknown) => string | undefined; onCommit: () => void; error?: string }) {
  const name = label(field.key);
  const { value } = field;
  switch (field.kind) {
    case 'number':
      return <NumberField label={name} value={typeof value === 'number' ? value : undefined} placeholder="default" onChange={onChange} onCommit={onCommit} error={error} />;
    case 'boolean':
      return <CheckboxField label={name} checked={value === true} onChange={(on) => onChange(on)} />;
    case 'color':
      return <ColorField label={name} value={typeof value === 'string' ? value : undefined} placeholder="default" onChange={onChange} onCommit={onCommit} error={error} />;
    case 'lines':
      return (
        <TextField label={`${name} (one per line)`} rows={3} wide value={Array.isArray(value) ? value.join('\n') : ''} error={error} onCommit={onCommit}
          normalize={(text) => text.split('\n').filter((l) => l.trim() !== '').join('\n')}
          onChange={(text) => {
            const lines = text.split('\n').filter((l) => l.trim() !== '');
            return onChange(lines.length > 0 ? lines : undefined);
          }} />
      );
    case 'json':
      return <JsonField label={name} value={value} onChange={onChange} onCommit={onCommit} error={error} />;
    default:
      return (
        <TextField label={name} value={typeof value === 'string' ? value : ''} wide={field.kind === 'longText'} rows={field.kind === 'longText' ? 2 : undefined}
          placeholder="default" onChange={(text) => onChange(text === '' ? undefined : text)} onCommit={onCommit} error={error} />
      );
  }
}
