'use client';

import type { PlayerRef } from '@remotion/player';
import { createContext, useContext, type RefObject } from 'react';
import { useStore } from 'zustand';
import type { Autosave, EditorActions, EditorState, EditorStore, TimelineHit } from '@/lib/editor';

/** Everything the editor's components share: the store, the Player handle and the autosaver. */
export interface EditorContextValue {
  taskId: string;
  store: EditorStore;
  /** The live Player, set by the preview once it mounts (null before). */
  playerRef: RefObject<PlayerRef | null>;
  /** The autosaver, created on mount (null before). */
  autosaveRef: RefObject<Autosave | null>;
  /** Set by the timeline: what lies under a viewport point (for dropping library files), null off the lanes. */
  timelineHitRef: RefObject<((clientX: number, clientY: number) => TimelineHit | null) | null>;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditorContext(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('Editor components must be rendered inside <Editor>.');
  return value;
}

/** Subscribes to a slice of the editor store; re-renders only when that slice changes. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorContext().store, selector);
}

const selectActions = (s: EditorState) => s.actions;

/** The store's actions (stable for the editor's lifetime). */
export function useEditorActions(): EditorActions {
  return useEditor(selectActions);
}
