import { describe, expect, it } from 'vitest';
import * as h from './history';

type Doc = { readonly n: number };
const doc = (n: number): Doc => ({ n });

describe('history', () => {
  it('undoes and redoes recorded steps, by reference', () => {
    const a = doc(0);
    const b = doc(1);
    const c = doc(2);
    let hist = h.record(h.record(h.createHistory(a), b, { now: 0 }), c, { now: 5000 });
    expect(hist.past).toEqual([a, b]);
    hist = h.undo(hist);
    expect(hist.present).toBe(b);
    hist = h.undo(hist);
    expect(hist.present).toBe(a);
    expect(h.canUndo(hist)).toBe(false);
    hist = h.redo(h.redo(hist));
    expect(hist.present).toBe(c);
    expect(h.canRedo(hist)).toBe(false);
  });

  it('ignores a change to the same document', () => {
    const hist = h.createHistory(doc(0));
    expect(h.record(hist, hist.present)).toBe(hist);
  });

  it('drops the redo stack on a new edit', () => {
    let hist = h.record(h.createHistory(doc(0)), doc(1), { now: 0 });
    hist = h.undo(hist);
    hist = h.record(hist, doc(2), { now: 10 });
    expect(h.canRedo(hist)).toBe(false);
    expect(hist.past).toHaveLength(1);
  });

  it('merges edits with the same key inside the window into one step', () => {
    const a = doc(0);
    let hist = h.createHistory(a);
    for (let i = 1; i <= 5; i++) hist = h.record(hist, doc(i), { mergeKey: 'text', now: i * 200 });
    expect(hist.past).toEqual([a]);
    expect(hist.present.n).toBe(5);
    hist = h.undo(hist);
    expect(hist.present).toBe(a);
  });

  it('starts a new step after the window, for another key, or after seal', () => {
    let hist = h.record(h.createHistory(doc(0)), doc(1), { mergeKey: 'k', now: 0 });
    hist = h.record(hist, doc(2), { mergeKey: 'k', now: 1500 });
    expect(hist.past).toHaveLength(2);
    hist = h.record(hist, doc(3), { mergeKey: 'other', now: 1600 });
    expect(hist.past).toHaveLength(3);
    hist = h.record(h.seal(hist), doc(4), { mergeKey: 'other', now: 1700 });
    expect(hist.past).toHaveLength(4);
  });

  it('never merges into a step that was undone past', () => {
    let hist = h.record(h.createHistory(doc(0)), doc(1), { mergeKey: 'k', now: 0 });
    hist = h.undo(hist);
    hist = h.record(hist, doc(2), { mergeKey: 'k', now: 100 });
    expect(hist.past).toHaveLength(1);
    expect(h.undo(hist).present.n).toBe(0);
  });

  it('records a whole gesture as one step', () => {
    const a = doc(0);
    let hist = h.beginGesture(h.createHistory(a));
    for (let i = 1; i <= 20; i++) hist = h.previewGesture(hist, doc(i));
    expect(hist.past).toHaveLength(0);
    hist = h.commitGesture(hist);
    expect(hist.past).toEqual([a]);
    expect(hist.present.n).toBe(20);
    expect(h.undo(hist).present).toBe(a);
  });

  it('a gesture that changed nothing adds no step', () => {
    let hist = h.beginGesture(h.createHistory(doc(0)));
    hist = h.commitGesture(hist);
    expect(hist.past).toHaveLength(0);
    expect(hist.gestureBase).toBeNull();
  });

  it('cancelling a gesture restores the document from its start', () => {
    const a = doc(0);
    let hist = h.beginGesture(h.createHistory(a));
    hist = h.previewGesture(hist, doc(5));
    hist = h.cancelGesture(hist);
    expect(hist.present).toBe(a);
    expect(hist.past).toHaveLength(0);
  });

  it('undo during a gesture cancels it', () => {
    const a = doc(0);
    let hist = h.record(h.createHistory(doc(-1)), a, { now: 0 });
    hist = h.previewGesture(h.beginGesture(hist), doc(9));
    hist = h.undo(hist);
    expect(hist.present).toBe(a);
    expect(hist.gestureBase).toBeNull();
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    let hist = h.createHistory(doc(0));
    for (let i = 1; i <= h.HISTORY_LIMIT + 50; i++) hist = h.record(hist, doc(i), { now: i * 10_000 });
    expect(hist.past).toHaveLength(h.HISTORY_LIMIT);
    expect(hist.past[0]?.n).toBe(50);
  });
});
