import { describe, expect, it } from 'vitest';
import { newVideoConfig, type TextClip } from '../video';
import { newTextClip } from './clip-factories';
import { clipRange, docToJsonText, locateJsonPath, parseIssuePath, parseJsonText, textChange } from './json-text';
import type { EditorDoc } from './types';

const docWithClips = (): EditorDoc => {
  const doc = newVideoConfig();
  const clip = newTextClip(doc.meta, 0) as TextClip;
  const second: TextClip = { ...clip, start: 3, text: 'second "quoted" {x}' };
  return { ...doc, tracks: [{ clips: [clip, second] }, { clips: [{ ...clip, text: 'other' } as TextClip] }] };
};

describe('json-text', () => {
  it('reads issue paths', () => {
    expect(parseIssuePath('tracks[0].clips[12].style.fontSize')).toEqual(['tracks', 0, 'clips', 12, 'style', 'fontSize']);
    expect(parseIssuePath('(root)')).toEqual([]);
  });

  it('locates a value by path, and the deepest existing value for a missing one', () => {
    const text = '{"a":[1,{"b":2}], "c": "x,]}"}';
    const at = (path: (string | number)[]) => {
      const r = locateJsonPath(text, path);
      return r && text.slice(r.from, r.to);
    };
    expect(at(['a', 1, 'b'])).toBe('2');
    expect(at(['a', 1])).toBe('{"b":2}');
    expect(at(['c'])).toBe('"x,]}"');
    expect(at(['a', 5])).toBe('[1,{"b":2}]');
    expect(locateJsonPath('{"a": [1,', ['a'])).toBeNull();
  });

  it('finds the selected clip in the pretty-printed document', () => {
    const doc = docWithClips();
    const text = docToJsonText(doc);
    const r = clipRange(text, { trackIndex: 0, clipIndex: 1 });
    expect(JSON.parse(text.slice(r!.from, r!.to))).toEqual(doc.tracks[0]!.clips[1]);
    expect(clipRange(text, { trackIndex: 1, clipIndex: 3 })).toBeNull();
  });

  it('a valid text is a document; an invalid one lists issues by path at their value', () => {
    const doc = docWithClips();
    expect(parseJsonText(docToJsonText(doc))).toEqual({ ok: true, doc });
    const broken = docToJsonText(doc).replace('"duration": 3', '"duration": -1');
    const result = parseJsonText(broken);
    expect(result.ok).toBe(false);
    const issue = !result.ok ? result.issues.find((i) => i.path === 'tracks[0].clips[0].duration') : undefined;
    expect(issue).toBeDefined();
    expect(broken.slice(issue!.from, issue!.to)).toBe('-1');
  });

  it('a syntax error is placed where JSON.parse stopped', () => {
    const text = '{\n  "meta": {,\n}';
    const result = parseJsonText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]?.path).toBe('(json)');
      expect(result.issues[0]!.from).toBe(text.indexOf(','));
    }
  });

  it('textChange replaces only what differs', () => {
    const apply = (a: string, b: string) => {
      const c = textChange(a, b);
      return c ? a.slice(0, c.from) + c.insert + a.slice(c.to) : a;
    };
    expect(textChange('abcdef', 'abXdef')).toEqual({ from: 2, to: 3, insert: 'X' });
    expect(textChange('same', 'same')).toBeNull();
    for (const [a, b] of [['aaa', 'aa'], ['aa', 'aaa'], ['', 'x'], ['x{1}', 'x{1}{1}']] as const) expect(apply(a, b)).toBe(b);
  });
});
