'use client';

import { fontFamilyGroups, spreadWords, wordsFromText } from '@/lib/editor';
import { subtitleDefaults, type SubtitleConfig, type SubtitleWord } from '@/lib/video';
import { CheckboxField, ColorField, LengthField, NumberField, SelectField, TextField } from '@/components/ui/fields';
import { useEditor } from '../editor-context';
import { Section, SmallButton } from './section';
import type { ClipFields, ClipOf } from './use-clip-fields';

type Origin = 'typed' | 'url' | 'asset';
const origins = [
  { value: 'typed', label: 'Typed here' },
  { value: 'url', label: 'A JSON file (URL)' },
  { value: 'asset', label: 'Shared words (assets)' },
] as const;
const modes = [{ value: 'batch', label: 'Groups, spoken word highlighted' }, { value: 'stream', label: 'Word by word' }] as const;
const positions = (['bottom', 'center', 'top'] as const).map((value) => ({ value, label: value }));
const aligns = (['left', 'center', 'right'] as const).map((value) => ({ value, label: value }));
const weights = ['300', '400', '500', '600', '700', '800', '900'].map((value) => ({ value, label: value }));
/** How many word rows the timing list shows before it asks to use a file instead. */
const MAX_TIMED_ROWS = 200;

/**
 * A subtitle clip (spec §7.8): where its words come from (typed, a JSON URL, a shared asset), the
 * words and their timings (clip time), and every SubtitleConfig field.
 */
export function SubtitleSection({ clip, fields }: { clip: ClipOf<'subtitle'>; fields: ClipFields }) {
  const { set, seal, issue } = fields;
  const width = useEditor((s) => s.doc.meta.width);
  const height = useEditor((s) => s.doc.meta.height);
  const docAssets = useEditor((s) => s.doc.assets);
  const assets = docAssets?.subtitles ?? [];
  const fontGroups = fontFamilyGroups({ assets: docAssets });
  const words = clip.words;
  const origin: Origin = Array.isArray(words) ? 'typed' : '$ref' in words ? 'asset' : 'url';
  const duration = clip.duration ?? 1;
  const defaults = subtitleDefaults({ width, height });
  const config: SubtitleConfig = clip.config ?? {};
  const setConfig = <K extends keyof SubtitleConfig>(key: K, value: SubtitleConfig[K] | undefined) => {
    const next: Record<string, unknown> = { ...config, [key]: value };
    if (value === undefined) delete next[key];
    return set(`config:${key}`, { config: Object.keys(next).length > 0 ? next : undefined });
  };
  const switchTo = (next: Origin) => {
    if (next === 'typed') return set('words:origin', { words: spreadWords(['Your', 'subtitle', 'here'], duration) });
    if (next === 'url') return set('words:origin', { words: { src: 'https://' } });
    const first = assets[0];
    return first ? set('words:origin', { words: { $ref: first.id } }) : 'Declare words in assets.subtitles first';
  };
  const fonts = [...fontGroups.uploaded, ...fontGroups.installed].map((f) => ({ value: f, label: f }));

  return (
    <>
      <Section title="Words">
        <SelectField label="Words" value={origin} options={origins} wide onChange={switchTo} />
        {Array.isArray(words) ? (
          <>
            <TextField label="Text" rows={3} wide value={words.map((w) => w.punctuated_word).join(' ')}
              hint="Retyping keeps each word's timing while the count stays; a new count spreads them over the clip"
              onChange={(text) => (text.trim() === '' ? 'Type at least one word' : set('words', { words: wordsFromText(text, words, duration) }))}
              onCommit={seal} error={issue('words')} />
            <WordTimings words={words} duration={duration} fields={fields} />
          </>
        ) : '$ref' in words ? (
          <SelectField label="Shared words" value={words.$ref} wide options={assets.map((a) => ({ value: a.id, label: a.id }))}
            onChange={($ref) => set('words', { words: { $ref } })} error={issue('words')} />
        ) : (
          <TextField label="URL of the words" value={words.src} wide isMono hint="JSON: an array of words, or { words: [...] }"
            onChange={(src) => (src.trim() === '' ? 'Needs a URL' : set('words', { words: { src: src.trim() } }))} onCommit={seal} error={issue('words')} />
        )}
      </Section>
      <Section title="Subtitle style">
        <SelectField label="Mode" value={config.mode ?? defaults.mode} options={modes} wide onChange={(mode) => setConfig('mode', mode)} />
        <NumberField label="Words per group" value={config.wordsPerBatch} placeholder={String(defaults.wordsPerBatch)} min={1} max={100} precision={0}
          onChange={(n) => (Number.isInteger(n) ? setConfig('wordsPerBatch', n) : 'Must be a whole number')} onCommit={seal} error={issue('config.wordsPerBatch')} />
        <CheckboxField label="Fade each group in" checked={config.fadeInAnimation === true}
          onChange={(on) => setConfig('fadeInAnimation', on ? true : undefined)} />
        <SelectField label="Font" value={config.fontFamily ?? defaults.fontFamily} options={fonts.some((f) => f.value === (config.fontFamily ?? defaults.fontFamily)) ? fonts : [...fonts, { value: config.fontFamily ?? defaults.fontFamily, label: config.fontFamily ?? defaults.fontFamily }]}
          wide onChange={(f) => setConfig('fontFamily', f)} />
        <NumberField label="Font size" value={config.fontSize} placeholder={String(defaults.fontSize)} suffix="px" min={1} max={2000}
          onChange={(n) => setConfig('fontSize', n)} onCommit={seal} error={issue('config.fontSize')} />
        <SelectField label="Weight" value={String(config.fontWeight ?? defaults.fontWeight)} options={weights}
          onChange={(w) => setConfig('fontWeight', Number(w))} />
        <ColorField label="Text colour" value={config.textColor} placeholder={defaults.textColor}
          onChange={(c) => setConfig('textColor', c)} onCommit={seal} error={issue('config.textColor')} />
        <ColorField label="Spoken word" value={config.highlightColor} placeholder={defaults.highlightColor}
          onChange={(c) => setConfig('highlightColor', c)} onCommit={seal} error={issue('config.highlightColor')} />
        <ColorField label="Box colour" value={config.backgroundColor} placeholder={defaults.backgroundColor} wide
          onChange={(c) => setConfig('backgroundColor', c)} onCommit={seal} error={issue('config.backgroundColor')} />
        <ColorField label="Border colour" value={config.borderColor} placeholder="none"
          onChange={(c) => setConfig('borderColor', c)} onCommit={seal} error={issue('config.borderColor')} />
        <NumberField label="Border width" value={config.borderWidth} placeholder="0" suffix="px" min={0} max={200}
          onChange={(n) => setConfig('borderWidth', n)} onCommit={seal} error={issue('config.borderWidth')} />
        <ColorField label="Shadow colour" value={config.shadowColor} placeholder="none"
          onChange={(c) => setConfig('shadowColor', c)} onCommit={seal} error={issue('config.shadowColor')} />
        <NumberField label="Shadow blur" value={config.shadowBlur} placeholder="0" suffix="px" min={0} max={500}
          onChange={(n) => setConfig('shadowBlur', n)} onCommit={seal} error={issue('config.shadowBlur')} />
        <SelectField label="Position" value={config.position ?? defaults.position} options={positions} onChange={(p) => setConfig('position', p)} />
        <SelectField label="Alignment" value={config.textAlign ?? defaults.textAlign} options={aligns} onChange={(a) => setConfig('textAlign', a)} />
        <LengthField label="Box width" value={config.textBoxWidth} placeholder={String(defaults.textBoxWidth)}
          onChange={(w) => setConfig('textBoxWidth', w)} onCommit={seal} error={issue('config.textBoxWidth')} />
        <NumberField label="From bottom" value={config.paddingBottom} placeholder={String(defaults.paddingBottom)} suffix="px" min={-10000} max={10000}
          onChange={(n) => setConfig('paddingBottom', n)} onCommit={seal} error={issue('config.paddingBottom')} />
      </Section>
    </>
  );
}

/** Each word's start and end (seconds into the clip), editable one by one. */
function WordTimings({ words, duration, fields }: { words: SubtitleWord[]; duration: number; fields: ClipFields }) {
  const { set, seal, issue } = fields;
  const shown = words.slice(0, MAX_TIMED_ROWS);
  const retime = (i: number, patch: Partial<SubtitleWord>) => {
    const next = words.map((w, j) => (j === i ? { ...w, ...patch } : w));
    const word = next[i];
    if (word && word.end < word.start) return 'Ends before it starts';
    return set(`words:${i}`, { words: next });
  };
  return (
    <details className="col-span-2 rounded-md border border-zinc-800 bg-zinc-900/60">
      <summary className="cursor-pointer px-2 py-1.5 text-[11px] font-medium text-zinc-400">
        Timings ({words.length} word{words.length === 1 ? '' : 's'})
      </summary>
      <div className="flex flex-col gap-1.5 p-2">
        <SmallButton label="Spread the words evenly over the clip" className="self-start"
          onClick={() => set('words:spread', { words: spreadWords(words.map((w) => w.punctuated_word), duration) })}>
          Spread evenly
        </SmallButton>
        {shown.map((w, i) => (
          <div key={i} role="group" aria-label={`Word ${i + 1}: ${w.punctuated_word}`} className="grid grid-cols-[1fr_4.5rem_4.5rem] items-end gap-1.5">
            <span className="truncate pb-1.5 text-xs text-zinc-200">{w.punctuated_word}</span>
            <NumberField label="Start" value={w.start} suffix="s" step={0.05} min={0} max={duration} precision={3}
              onChange={(start) => retime(i, { start })} onCommit={seal} error={issue(`words[${i}].start`)} />
            <NumberField label="End" value={w.end} suffix="s" step={0.05} min={0} max={duration} precision={3}
              onChange={(end) => retime(i, { end })} onCommit={seal} error={issue(`words[${i}].end`)} />
          </div>
        ))}
        {words.length > shown.length ? <p className="text-[11px] text-zinc-500">Showing the first {MAX_TIMED_ROWS}; longer transcripts belong in a JSON file.</p> : null}
      </div>
    </details>
  );
}
