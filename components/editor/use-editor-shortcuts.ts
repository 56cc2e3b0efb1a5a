'use client';

import { useEffect } from 'react';
import { shuttleRate } from '@/lib/editor';
import { totalDuration } from '@/lib/video';
import { useEditorContext } from './editor-context';
import { readClipsFromEvent, writeClipsToEvent } from './timeline/clipboard-io';

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

const ZOOM_STEP = 1.25;

/**
 * Editor keys (window-wide), as listed in lib/editor/shortcuts.ts (the `?` panel):
 *  Space play/pause · J/K/L shuttle · ←/→ playhead by a frame (Shift: a second) · Alt+←/→ nudge the
 *  selection (Alt+Shift: a second) · Delete/Backspace delete, Shift+Delete ripple delete · S split ·
 *  Ctrl/⌘+Z/Shift+Z/Y undo/redo · Ctrl/⌘+D duplicate · Ctrl/⌘+A select all · Ctrl/⌘+C/X/V through the
 *  native copy/cut/paste events · +/− zoom · Home/End · Shift+L loop · ? shortcuts · Esc deselect.
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
      // A modal dialog (the shortcuts panel, a confirmation) keeps its keys.
      if (target instanceof HTMLElement && target.closest('dialog[open]')) return;

      if (hasMod && !event.altKey && key === 'd') {
        event.preventDefault();
        actions.duplicateSelected();
        return;
      }
      if (hasMod && !event.altKey && key === 'a') {
        // Never the page's text.
        event.preventDefault();
        actions.selectAll();
        return;
      }
      if (hasMod) return;

      const fps = state.doc.meta.fps;
      if (event.altKey) {
        if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
        event.preventDefault();
        actions.nudgeSelected((event.key === 'ArrowLeft' ? -1 : 1) * (event.shiftKey ? fps : 1));
        return;
      }
      if (event.key === '?') {
        event.preventDefault();
        actions.setShortcutsPanelOpen(true);
        return;
      }
      switch (event.key) {
        case ' ':
        case 'Spacebar': {
          event.preventDefault();
          if (event.repeat) return;
          isSpaceHandled = true;
          playerRef.current?.toggle();
          return;
        }
        case 'j':
        case 'J':
        case 'l':
        case 'L': {
          if (event.repeat) return;
          event.preventDefault();
          if (event.shiftKey && key === 'l') {
            actions.setLooping(!state.isLooping);
            return;
          }
          actions.setPlaybackRate(shuttleRate(state.playbackRate, state.isPlaying, key === 'j' ? -1 : 1));
          // Backwards from the very start there is nothing to play: start from the end.
          if (key === 'j' && state.playheadFrame === 0) actions.setPlayheadFrame(Math.max(0, Math.ceil(totalDuration(state.doc) * fps) - 1));
          if (!state.isPlaying) playerRef.current?.play();
          return;
        }
        case 'k':
        case 'K': {
          event.preventDefault();
          playerRef.current?.pause();
          actions.setPlaybackRate(1);
          return;
        }
        case 'Delete':
        case 'Backspace': {
          if (state.selectedRefs.length === 0) return;
          event.preventDefault();
          if (event.shiftKey) actions.rippleDeleteSelected();
          else actions.removeSelected();
          return;
        }
        case 'ArrowLeft':
        case 'ArrowRight': {
          event.preventDefault();
          const frames = (event.key === 'ArrowLeft' ? -1 : 1) * (event.shiftKey ? fps : 1);
          actions.setPlayheadFrame(state.playheadFrame + frames);
          return;
        }
        case '+':
        case '=':
        case '-':
        case '_': {
          event.preventDefault();
          actions.setZoom(state.zoom * (event.key === '+' || event.key === '=' ? ZOOM_STEP : 1 / ZOOM_STEP));
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
          if (state.selectedRefs.length > 0) actions.select(null);
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

    // Ctrl/⌘+C/X/V arrive as native clipboard events: writing and reading them needs no permission.
    const isEditorTarget = (event: Event) => !isTypingTarget(event.target) && !window.getSelection()?.toString();
    const onCopy = (event: ClipboardEvent) => {
      if (!isEditorTarget(event)) return;
      const { actions } = store.getState();
      const payload = event.type === 'cut' ? actions.cutSelection() : actions.copySelection();
      if (payload) writeClipsToEvent(event, payload);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (!isEditorTarget(event)) return;
      const payload = readClipsFromEvent(event);
      if (!payload) return;
      event.preventDefault();
      store.getState().actions.paste(payload);
    };

    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [store, playerRef]);
}
