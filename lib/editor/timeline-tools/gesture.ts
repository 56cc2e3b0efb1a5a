import type { EditorDoc } from '../types';
import type { EditorStore } from '../store';
import type { ClipRef } from '../types';

/** The undo side of a drag, shared by the tools: begins at the first preview, then commit or cancel (one step). */
export interface Gesture {
  preview(edit: (base: EditorDoc) => EditorDoc, selection?: ClipRef | null, selectedRefs?: ClipRef[]): void;
  commit(): void;
  cancel(): void;
}

export function createGesture(store: EditorStore): Gesture {
  let isBegun = false;
  return {
    preview(edit, selection, selectedRefs) {
      const { actions } = store.getState();
      if (!isBegun) {
        isBegun = true;
        actions.beginGesture();
      }
      actions.previewGesture(edit, selection, selectedRefs);
    },
    commit() {
      if (isBegun) store.getState().actions.commitGesture();
    },
    cancel() {
      if (isBegun) store.getState().actions.cancelGesture();
    },
  };
}
