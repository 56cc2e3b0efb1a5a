import { fontFamilyGroups, fontsFromLibrary, setTextFont } from '@/lib/editor';
import { useLibraryFiles } from '@/components/library/use-library-files';
import { CheckboxField, ColorField, NumberField, TextAreaField } from '@/components/ui/fields';
import { FieldShell } from '@/components/ui/fields';
import { useId } from 'react';
import { useEditor, useEditorActions } from '../editor-context';
import { Section } from './section';
import type { ClipFields, ClipOf } from './use-clip-fields';

const weights = [
  [100, 'Thin'], [200, 'Extra light'], [300, 'Light'], [400, 'Regular'], [500, 'Medium'],
  [600, 'Semibold'], [700, 'Bold'], [800, 'Extra bold'], [900, 'Black'],
] as const;

const selectClass =
  'h-7 w-full min-w-0 rounded-md border border-zinc-700/80 bg-zinc-900 px-1.5 text-xs text-zinc-100 hover:border-zinc-600 focus:border-indigo-400 focus:outline-none';

/** Content and typography: font (uploaded fonts first), weight, italic, size, colour, alignment, spacing. */
export function TextSection({ clip, fields }: { clip: ClipOf<'text'>; fields: ClipFields }) {
  const { update, seal, issue } = fields;
  const assets = useEditor((s) => s.doc.assets);
  const declared = fontFamilyGroups({ assets });
  // Font files in the library that no text uses yet: choosing one declares it in assets.fonts (setTextFont).
  const { files } = useLibraryFiles();
  const libraryFonts = fontsFromLibrary(files).filter((f) => !declared.uploaded.includes(f.family));
  const groups = { ...declared, uploaded: [...declared.uploaded, ...libraryFonts.map((f) => f.family)] };
  const { selection, path } = fields;
  const actions = useEditorActions();
  const chooseFont = (value: string) => {
    const font = libraryFonts.find((f) => f.family === value);
    if (font) actions.apply((doc) => setTextFont(doc, { ref: selection, path, font }));
    else update('fontFamily', { style: { fontFamily: value } });
  };
  const style = clip.style ?? {};
  const family = style.fontFamily ?? 'sans-serif';
  const isKnown = groups.uploaded.includes(family) || (groups.installed as string[]).includes(family);
  const fontId = useId();
  const weightId = useId();
  const weight = Number(style.fontWeight ?? 400);

  return (
    <Section title="Text">
      <TextAreaField label="Text" value={clip.text} onChange={(text) => update('text', { text })} onCommit={seal} error={issue('text')} />
      <FieldShell id={fontId} label="Font" wide>
        <select id={fontId} className={selectClass} value={family} onChange={(e) => chooseFont(e.target.value)}>
          {groups.uploaded.length > 0 ? (
            <optgroup label="Uploaded fonts">
              {groups.uploaded.map((f) => <option key={f} value={f}>{f}</option>)}
            </optgroup>
          ) : null}
          <optgroup label="Installed fonts">
            {groups.installed.map((f) => <option key={f} value={f}>{f}</option>)}
          </optgroup>
          {isKnown ? null : <option value={family}>{family} (not installed)</option>}
        </select>
      </FieldShell>
      <FieldShell id={weightId} label="Weight">
        <select id={weightId} className={selectClass} value={Number.isFinite(weight) ? weight : 400}
          onChange={(e) => update('fontWeight', { style: { fontWeight: Number(e.target.value) } })}>
          {weights.map(([w, name]) => <option key={w} value={w}>{w} {name}</option>)}
        </select>
      </FieldShell>
      <CheckboxField label="Italic" checked={style.fontStyle === 'italic'}
        onChange={(on) => update('fontStyle', { style: { fontStyle: on ? 'italic' : undefined } })} />
      <NumberField label="Font size" value={style.fontSize} placeholder="48" suffix="px" min={1} max={2000}
        onChange={(fontSize) => update('fontSize', { style: { fontSize } })} onCommit={seal} error={issue('style.fontSize')} />
      <ColorField label="Colour" value={typeof style.fill === 'string' ? style.fill : undefined}
        onChange={(fill) => update('fill', { style: { fill } })} onCommit={seal} error={issue('style.fill')} />
      <AlignField value={style.textAlign ?? 'center'} onChange={(textAlign) => update('textAlign', { style: { textAlign } })} />
      <NumberField label="Line height" value={style.lineHeight} placeholder="1.2" step={0.05} min={0.1} max={10} precision={3}
        onChange={(lineHeight) => update('lineHeight', { style: { lineHeight } })} onCommit={seal} error={issue('style.lineHeight')} />
      <NumberField label="Letter spacing" value={style.letterSpacing} placeholder="0" suffix="px" step={0.5} min={-200} max={1000}
        onChange={(letterSpacing) => update('letterSpacing', { style: { letterSpacing } })} onCommit={seal} error={issue('style.letterSpacing')} />
      <CheckboxField label="Wrap lines at the wrap width" wide checked={style.textWrap !== false}
        onChange={(on) => update('textWrap', { style: { textWrap: on ? undefined : false } })} />
    </Section>
  );
}

function AlignField({ value, onChange }: { value: 'left' | 'center' | 'right'; onChange: (v: 'left' | 'center' | 'right') => void }) {
  return (
    <div className="col-span-2 flex flex-col gap-1">
      <span className="text-[11px] font-medium text-zinc-400">Alignment</span>
      <div role="radiogroup" aria-label="Alignment" className="grid grid-cols-3 overflow-hidden rounded-md border border-zinc-700/80">
        {(['left', 'center', 'right'] as const).map((a) => (
          <button key={a} type="button" role="radio" aria-checked={value === a} onClick={() => onChange(a)}
            className={`h-7 text-[11px] capitalize ${value === a ? 'bg-indigo-500/25 text-indigo-100' : 'bg-zinc-900 text-zinc-400 hover:text-zinc-100'}`}>
            {a}
          </button>
        ))}
      </div>
    </div>
  );
}
