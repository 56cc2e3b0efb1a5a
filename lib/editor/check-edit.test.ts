import { describe, expect, it } from 'vitest';
import { checkEdit } from './check-edit';
import { sampleDoc } from './commands/test-fixtures';
import { updateClip } from './commands/update-clip';
import { createEditorStore } from './store';

const text = { trackIndex: 0, clipIndex: 0 };

describe('checkEdit', () => {
  it('accepts a valid result and refuses an out-of-range one with its path', () => {
    const doc = sampleDoc();
    expect(checkEdit(doc, updateClip(doc, { ref: text, patch: { opacity: 0.5 } }))).toEqual({ ok: true });
    expect(checkEdit(doc, updateClip(doc, { ref: text, patch: { opacity: 1.5 } }))).toEqual({
      ok: false,
      issues: [{ path: 'tracks[0].clips[0].opacity', message: 'must be between 0 and 1' }],
    });
  });

  it('lets an already broken document be edited as long as the edit adds no new problem', () => {
    const broken = updateClip(sampleDoc(), { ref: text, patch: { opacity: 2 } });
    expect(checkEdit(broken, updateClip(broken, { ref: text, patch: { text: 'still editable' } })).ok).toBe(true);
    expect(checkEdit(broken, updateClip(broken, { ref: text, patch: { duration: -1 } })).ok).toBe(false);
  });
});

describe('the store refuses invalid edits', () => {
  it('keeps the document valid and unchanged, and says why', () => {
    const store = createEditorStore({ doc: sampleDoc() });
    const before = store.getState().doc;
    const result = store.getState().actions.updateClip(text, { volume: 1 });
    expect(result.status).toBe('unchanged');
    const refused = store.getState().actions.updateClip({ trackIndex: 1, clipIndex: 0 }, { volume: 11 });
    expect(refused).toEqual({ status: 'refused', issues: [{ path: 'tracks[1].clips[0].volume', message: expect.stringMatching(/10/) }] });
    expect(store.getState().doc).toBe(before);
    expect(store.getState().actions.updateMeta({ fps: 60 }).status).toBe('applied');
  });
});
