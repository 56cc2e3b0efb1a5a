'use client';

import { useEffect } from 'react';
import { totalDuration } from '@/lib/video';
import { useEditorContext } from './editor-context';

const nonTextInputs = new Set(['button', 'checkbox', 'radio', 'submit', 'reset']);

/** True when keys typed at `target` belong to a text control, not to the editor. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !nonTextInputs.has(target.type);
  return false;
}

/**
 * Pressing on the timeline or the preview ends typing in a field (committing it), so the keys
 * pressed next (S, Delete, arrows) go to the editor rather than into the field.
 */
export function blurTextField() {
  const active = document.activeElement;
  if (active instanceof HTMLElement && isTypingTarget(active)) active.blur();
}

/**
 * Editor keys (window-wide):
 *  Space play/pause · Delete/Backspace remove clip · S split at playhead · ←/→ nudge one frame
 *  (Shift: one second; without a selection they move the playhead) · Ctrl/⌘+Z undo ·
 *  Ctrl/⌘+Shift+Z and Ctrl+Y redo · Ctrl/⌘+D duplicate · Escape deselect · Home/End jump.
 * Keys typed into fields stay in the fields, except undo/redo, which act on the document (the
 * title box keeps its native undo).
 */
export function useEditorShortcuts() {
  const { store, playerRef } = useEditorContext();

  useEffect(() => {
    let isSpaceHandled = false;

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target;
      const isTyping = isTypingTarget(target);
      const hasMod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const state = store.getState();
      const { actions } = state;

      if (hasMod && !event.altKey && (key === 'z' || key === 'y')) {
        if (target instanceof HTMLElement && target.closest('[data-native-undo]')) return;
        event.preventDefault();
        if (key === 'y' || event.shiftKey) actions.redo();
        else actions.undo();
        return;
      }
      if (isTyping) return;

      if (hasMod && !event.altKey && key === 'd') {
        event.preventDefault();
        actions.duplicateSelected();
        return;
      }
      if (hasMod || event.altKey) return;

      const fps = state.doc.meta.fps;
      switch (event.key) {
        case ' ':
        case 'Spacebar': {
          event.preventDefault();
          if (event.repeat) return;
          isSpaceHandled = true;
          playerRef.current?.toggle();
          return;
        }
        case 'Delete':
        case 'Backspace': {
          if (!state.selection) return;
          event.preventDefault();
          actions.removeSelected();
          return;
        }
        case 'ArrowLeft':
        case 'ArrowRight': {
          event.preventDefault();
          const frames = (event.key === 'ArrowLeft' ? -1 : 1) * (event.shiftKey ? fps : 1);
          if (state.selection) actions.nudgeSelected(frames);
          else actions.setPlayheadFrame(state.playheadFrame + frames);
          return;
        }
        case 's':
        case 'S': {
          if (!state.selection) return;
          event.preventDefault();
          actions.splitSelectedAtPlayhead();
          return;
        }
        case 'Escape': {
          if (state.selection) actions.select(null);
          return;
        }
        case 'Home': {
          event.preventDefault();
          actions.setPlayheadFrame(0);
          return;
        }
        case 'End': {
          event.preventDefault();
          actions.setPlayheadFrame(Math.max(0, Math.ceil(totalDuration(state.doc) * fps) - 1));
          return;
        }
        default:
          return;
      }
    };

    // A focused button would also "click" on Space release; the key already did its job.
    const onKeyUp = (event: KeyboardEvent) => {
      if ((event.key === ' ' || event.key === 'Spacebar') && isSpaceHandled) {
        isSpaceHandled = false;
        event.preventDefault();
      }
    };

    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [store, playerRef]);
}
