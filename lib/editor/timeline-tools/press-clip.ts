import { hasRef, isTrackLocked } from '../selection';
import type { EditorStore } from '../store';
import type { ClipRef } from '../types';

export interface PressModifiers {
  shiftKey?: boolean;
  /** Ctrl (⌘ on macOS). */
  modKey?: boolean;
}

export interface PressResult {
  /** Whether a drag may start from this press (false when Ctrl/⌘ took the clip out of the selection, or it is locked). */
  canDrag: boolean;
  /** Call on release without a drag: a plain click inside a multi-selection selects that clip alone. */
  click(): void;
}

/**
 * Pointer-down on a clip: plain → select it alone (unless it is already selected: then the whole
 * selection can be dragged, and a click without dragging narrows it to this clip); Shift → range
 * from the primary clip; Ctrl/⌘ → toggle it in the selection.
 */
export function pressClip(store: EditorStore, ref: ClipRef, { shiftKey, modKey }: PressModifiers = {}): PressResult {
  const { doc, actions, selectedRefs } = store.getState();
  const none = { canDrag: false, click() {} };
  if (isTrackLocked(doc, ref.trackIndex) || !doc.tracks[ref.trackIndex]?.clips[ref.clipIndex]) return none;
  if (modKey) {
    actions.toggleSelect(ref);
    return { canDrag: hasRef(store.getState().selectedRefs, ref), click() {} };
  }
  if (shiftKey) {
    actions.selectRange(ref);
    return { canDrag: true, click() {} };
  }
  if (hasRef(selectedRefs, ref)) {
    actions.selectRefs(selectedRefs, ref);
    return { canDrag: true, click: () => store.getState().actions.select(ref) };
  }
  actions.select(ref);
  return { canDrag: true, click() {} };
}
