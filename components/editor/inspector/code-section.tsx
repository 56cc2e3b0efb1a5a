import { codeLanguages, codeThemes, type CodeClip } from '@/lib/video';
import { CheckboxField, NumberField, SelectField, TextAreaField } from '@/components/ui/fields';
import { Section } from './section';
import type { ClipFields } from './use-clip-fields';

const languageOptions = [{ value: 'text', label: 'Plain text' }, ...Object.keys(codeLanguages).map((l) => ({ value: l, label: l }))];
const themeOptions = codeThemes.map((t) => ({ value: t, label: t }));

/** Code clip: the code, its language and theme, font size, line numbers, highlighted lines. */
export function CodeSection({ clip, fields }: { clip: CodeClip; fields: ClipFields }) {
  const { update, seal, issue } = fields;
  const set = (field: string, value: unknown) => update(field, { fields: { [field]: value } });
  return (
    <Section title="Code">
      <TextAreaField label="Code" value={clip.code} rows={6} onChange={(code) => void set('code', code)} onCommit={seal} error={issue('code')} />
      <SelectField label="Language" value={clip.language ?? 'text'} options={languageOptions} onChange={(language) => set('language', language === 'text' ? undefined : language)} error={issue('language')} />
      <SelectField label="Theme" value={clip.theme ?? codeThemes[0]} options={themeOptions} onChange={(theme) => set('theme', theme)} error={issue('theme')} />
      <NumberField label="Font size" value={clip.fontSize} placeholder="28" suffix="px" min={4} max={400}
        onChange={(fontSize) => set('fontSize', fontSize)} onCommit={seal} error={issue('fontSize')} />
      <CheckboxField label="Line numbers" checked={clip.lineNumbers === true} onChange={(on) => set('lineNumbers', on || undefined)} />
      <HighlightLines value={clip.highlightLines} onChange={(lines) => set('highlightLines', lines)} error={issue('highlightLines')} />
    </Section>
  );
}

/** "2, 4-6" ↔ [2, 4, 5, 6]. */
function HighlightLines({ value, onChange, error }: { value: number[] | undefined; onChange: (lines: number[] | undefined) => string | undefined; error?: string }) {
  return (
    <label className="col-span-2 flex flex-col gap-1 text-[11px] text-zinc-400">
      Highlighted lines
      <input
        defaultValue={(value ?? []).join(', ')}
        placeholder="e.g. 2, 4-6"
        aria-invalid={error ? true : undefined}
        className="rounded border border-zinc-800 bg-zinc-950 px-2 py-1 text-xs text-zinc-200"
        onBlur={(e) => {
          const lines = e.target.value.split(',').flatMap((part) => {
            const [a, b] = part.split('-').map((n) => Number.parseInt(n.trim(), 10));
            if (a === undefined || !Number.isInteger(a) || a < 1) return [];
            const end = b !== undefined && Number.isInteger(b) && b >= a ? Math.min(b, a + 500) : a;
            return Array.from({ length: end - a + 1 }, (_, i) => a + i);
          });
          onChange(lines.length > 0 ? lines : undefined);
        }}
      />
      {error ? <span className="text-red-400">{error}</span> : null}
    </label>
  );
}
