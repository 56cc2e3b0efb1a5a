import type { Src } from '@/lib/video';
import { SelectField, TextField } from '@/components/ui/fields';
import { useEditor } from '../editor-context';
import { Section } from './section';
import type { ClipFields, ClipOf } from './use-clip-fields';

type Origin = 'markup' | 'url' | 'asset';
const origins = [
  { value: 'markup', label: 'SVG markup' },
  { value: 'url', label: 'A file (URL)' },
  { value: 'asset', label: 'A shared SVG (assets)' },
] as const;
const placeholderSvg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><circle cx="50" cy="50" r="40" fill="#6366f1"/></svg>';

const originOf = (clip: ClipOf<'svg'>): Origin =>
  typeof clip.svg === 'object' ? 'asset' : clip.svg !== undefined ? 'markup' : clip.src !== undefined ? 'url' : 'markup';

/** An svg clip (spec §7.11): inline markup, a file URL, or a `$ref` to `assets.svgs`. */
export function SvgSection({ clip, fields }: { clip: ClipOf<'svg'>; fields: ClipFields }) {
  const { set, seal, issue } = fields;
  const svgs = useEditor((s) => s.doc.assets?.svgs);
  const assets = svgs ?? [];
  const origin = originOf(clip);
  const srcText = typeof clip.src === 'string' ? clip.src : '';
  const switchTo = (next: Origin) => {
    if (next === 'markup') return set('svg:origin', { svg: placeholderSvg, src: undefined });
    if (next === 'url') return set('svg:origin', { svg: undefined, src: srcText || 'https://' });
    const first = assets[0];
    return first ? set('svg:origin', { svg: { $ref: first.id } satisfies Src, src: undefined }) : 'Declare an SVG in assets.svgs first';
  };
  return (
    <Section title="SVG">
      <SelectField label="Source" value={origin} options={origins} wide onChange={switchTo} />
      {origin === 'markup' ? (
        <TextField label="Markup" value={typeof clip.svg === 'string' ? clip.svg : ''} rows={6} isMono wide
          onChange={(svg) => (svg.trim() === '' ? 'SVG markup cannot be empty' : set('svg', { svg }))} onCommit={seal} error={issue('svg')}
          hint="Drawn as a picture: scripts in it never run" />
      ) : null}
      {origin === 'url' ? (
        <TextField label="URL" value={srcText} wide isMono
          onChange={(src) => (src.trim() === '' ? 'Needs a URL' : set('src', { src: src.trim() }))} onCommit={seal} error={issue('src')} />
      ) : null}
      {origin === 'asset' && typeof clip.svg === 'object' ? (
        <SelectField label="Shared SVG" value={clip.svg.$ref} wide options={assets.map((a) => ({ value: a.id, label: a.id }))}
          onChange={($ref) => set('svg', { svg: { $ref } })} error={issue('svg')} />
      ) : null}
    </Section>
  );
}
