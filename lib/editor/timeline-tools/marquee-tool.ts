import { refsInBox, type TimeBox } from '../selection';
import type { EditorStore } from '../store';
import type { ClipRef } from '../types';
import type { TimelinePoint, TimelineTool } from './types';

export interface MarqueeToolOptions {
  store: EditorStore;
  origin: TimelinePoint;
  /** Shift or Ctrl/⌘ held at pointer-down: the box adds to the selection instead of replacing it. */
  isAdditive: boolean;
}

export interface MarqueeTool extends TimelineTool {
  /** The box being drawn (time span × track span), or null before the first move. */
  readonly box: TimeBox | null;
}

/**
 * A selection box drawn on empty timeline space: every clip of an unlocked track the box touches
 * is selected while it is drawn. Never changes the document. Cancel restores the selection from
 * pointer-down.
 */
export function createMarqueeTool({ store, origin, isAdditive }: MarqueeToolOptions): MarqueeTool {
  const initial = store.getState();
  const before = { selection: initial.selection, refs: initial.selectedRefs };
  const originTrack = origin.trackIndex ?? 0;
  let box: TimeBox | null = null;
  return {
    get box() {
      return box;
    },
    snapTime: null,
    move(point) {
      box = { from: origin.time, to: point.time, lowTrack: originTrack, highTrack: point.trackIndex ?? originTrack };
      const { doc, actions } = store.getState();
      const inBox = refsInBox(doc, box);
      const refs: ClipRef[] = isAdditive ? [...before.refs, ...inBox] : inBox;
      actions.selectRefs(refs, isAdditive ? before.selection : undefined);
    },
    commit() {
      box = null;
    },
    cancel() {
      box = null;
      store.getState().actions.selectRefs(before.refs, before.selection);
    },
  };
}
