import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Clip, ConfigIssue, Meta } from '../video';
import { getClip, sameRef } from './clip-ref';
import {
  addAnimation,
  addClip,
  addTrack,
  duplicateClip,
  moveClip,
  movedClipRef,
  removeAnimation,
  removeClip,
  removeTrack,
  scaleCanvas,
  splitClip,
  trimClip,
  updateAnimation,
  updateClip,
  updateMeta,
  updateTrack,
  type AnimationPatch,
  addMediaClip,
  mediaClipPlacement,
  moveTrack,
  movedTrackIndex,
  layerByTrack,
  agreesWithTrackLayers,
  shiftClipLayer,
  shiftedClipRef,
  type AddMediaClipArgs,
  type ClipPatch,
  type ScaleCanvasArgs,
  type TrackPatch,
  type MoveClipArgs,
  type TrimClipArgs,
} from './commands';
import { checkEdit } from './check-edit';
import * as history from './history';
import { clampZoom, DEFAULT_ZOOM } from './ruler';
import { cleanSeconds, framesToSeconds, quantize, secondsToFrames } from './time';
import { freeTrackFor } from './track-space';
import type { ClipRef, EditorDoc } from './types';

/**
 * The editor store, in two slices:
 *  - document: `history.present` (mirrored as `doc`) plus `title`. Only document edits are undoable,
 *    and every edit is a pure command from `./commands`; the actions below are thin wrappers that
 *    also keep the selection pointing at the clip the user is working on.
 *  - session: selection, zoom, playhead, playing, save status. Never in history, never saved.
 */

export type SaveState =
  | { status: 'saved' }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'error'; message: string; code: string; issues: ConfigIssue[] }
  /** The task changed elsewhere (another tab, an API client): autosave stopped until the person chooses. */
  | { status: 'conflict'; message: string; currentVersion: number };

export interface EditorState {
  /** The document (=== history.present). */
  doc: EditorDoc;
  history: history.History<EditorDoc>;
  /** The task title, saved with the document but not undoable (like renaming a file). */
  title: string;

  selection: ClipRef | null;
  /** Timeline zoom in pixels per second. */
  zoom: number;
  /** The playhead, in frames of the current fps; may sit past the end of the content. */
  playheadFrame: number;
  isPlaying: boolean;
  save: SaveState;
  /**
   * Whether the editor keeps paint order = track order (`layerByTrack` after every edit). On when the
   * opened document's own zIndex plan already agrees with its tracks (always for documents made here).
   */
  isLayeredByTrack: boolean;
  /** Where a library file being dragged over the timeline would land (drawn as a ghost), or null. */
  mediaDrop: MediaDropPreview | null;

  actions: EditorActions;
}

/** What became of an edit: applied, a no-op, or refused because the result would not validate. */
export type EditResult =
  | { status: 'applied' | 'unchanged'; issues: [] }
  | { status: 'refused'; issues: ConfigIssue[] };
export interface MediaDropPreview {
  trackIndex: number;
  /** True when the clip goes to a new track (drawn above the top one). */
  isNewTrack: boolean;
  start: number;
  duration: number;
  label: string;
}

export interface EditorActions {
  /**
   * Runs any command as one undo step (or merged with the previous step sharing `mergeKey`). The
   * store's document is always valid: an edit whose result fails lib/video's validation is refused
   * (nothing changes) and its issues are returned, for the field to show.
   */
  apply(edit: (doc: EditorDoc) => EditorDoc, options?: { mergeKey?: string; selection?: ClipRef | null }): boolean;
  /** `apply`, telling why a refused edit was refused. */
  tryApply(edit: (doc: EditorDoc) => EditorDoc, options?: { mergeKey?: string; selection?: ClipRef | null }): EditResult;
  /** Adds a clip on `trackIndex` (default: the selected clip's track, else the first) and selects it. */
  insertClip(clip: Clip, options?: { trackIndex?: number }): ClipRef | null;
  removeClip(ref: ClipRef): void;
  removeSelected(): void;
  moveClip(args: MoveClipArgs, options?: { mergeKey?: string }): void;
  /** Moves the selected clip by whole frames (arrow keys); repeated nudges merge into one step. */
  nudgeSelected(frames: number): void;
  trimClip(args: TrimClipArgs): void;
  /** Cuts the selected clip at the playhead; the left part stays selected. */
  splitSelectedAtPlayhead(): boolean;
  duplicateSelected(): void;
  updateClip(ref: ClipRef, patch: ClipPatch, options?: { mergeKey?: string }): EditResult;
  updateMeta(patch: Partial<Meta>, options?: { mergeKey?: string }): EditResult;
  addAnimation(ref: ClipRef, slot: 'entry' | 'exit'): EditResult;
  updateAnimation(ref: ClipRef, index: number, patch: AnimationPatch, options?: { mergeKey?: string }): EditResult;
  removeAnimation(ref: ClipRef, index: number): EditResult;
  /** New canvas size, with or without scaling what is on it. */
  scaleCanvas(args: ScaleCanvasArgs): EditResult;
  addTrack(): void;
  removeTrack(trackIndex: number): void;
  updateTrack(trackIndex: number, patch: TrackPatch): void;
  /** Puts a library file on the timeline (see `addMediaClip`) and selects the new clip. */
  addMediaClip(args: AddMediaClipArgs): ClipRef | null;
  /** Moves a track in the list; with layering on, that changes what is drawn on top. */
  moveTrack(from: number, to: number): void;
  /** Bring forward (+1) / send back (−1): to the neighbouring or a new track (see `shiftClipLayer`). */
  shiftClipLayer(ref: ClipRef, direction: 1 | -1): void;
  setMediaDrop(preview: MediaDropPreview | null): void;

  /** Pointer-down of a drag: marks the document the drag started from. */
  beginGesture(): void;
  /** Pointer-move: shows `edit(startDocument)`; nothing enters history yet. */
  previewGesture(edit: (base: EditorDoc) => EditorDoc, selection?: ClipRef | null): void;
  /** Pointer-up: the whole drag becomes one undo step (none if nothing changed). */
  commitGesture(): void;
  /** Escape / lost pointer: back to the document from pointer-down. */
  cancelGesture(): void;

  undo(): void;
  redo(): void;
  /** Ends the current merge run (e.g. when a field loses focus). */
  sealHistory(): void;

  select(ref: ClipRef | null): void;
  setZoom(zoom: number): void;
  setPlayheadFrame(frame: number): void;
  setPlaying(isPlaying: boolean): void;
  setTitle(title: string): void;
  setSaveState(save: SaveState): void;
}

export type EditorStore = StoreApi<EditorState>;

export interface CreateEditorStoreOptions {
  doc: EditorDoc;
  title?: string;
  zoom?: number;
  /** Injectable clock for tests of merging. */
  now?: () => number;
}

export function createEditorStore({ doc: opened, title = '', zoom = DEFAULT_ZOOM, now = Date.now }: CreateEditorStoreOptions): EditorStore {
  const isLayeredByTrack = agreesWithTrackLayers(opened);
  const layered = (d: EditorDoc) => (isLayeredByTrack ? layerByTrack(d) : d);
  const doc = layered(opened);
  return createStore<EditorState>()((set, get) => {
    /** Applies a new history, keeping `doc` and the selection consistent with it. */
    const commit = (h: history.History<EditorDoc>, selection?: ClipRef | null) => {
      const state = get();
      if (h === state.history && selection === undefined) return;
      let nextSelection = selection === undefined ? state.selection : selection;
      if (nextSelection && !getClip(h.present, nextSelection)) nextSelection = null;
      let playheadFrame = state.playheadFrame;
      if (h.present.meta.fps !== state.doc.meta.fps) {
        // Keep the playhead at the same time when the frame rate changes.
        playheadFrame = secondsToFrames(framesToSeconds(playheadFrame, state.doc.meta.fps), h.present.meta.fps);
      }
      set({
        history: h,
        doc: h.present,
        selection: sameRef(nextSelection, state.selection) ? state.selection : nextSelection,
        playheadFrame,
      });
    };

    const tryApply: EditorActions['tryApply'] = (edit, options = {}) => {
      const state = get();
      const next = layered(edit(state.doc));
      if (next === state.doc) {
        if (options.selection !== undefined) commit(state.history, options.selection);
        return { status: 'unchanged', issues: [] };
      }
      const check = checkEdit(state.doc, next);
      if (!check.ok) return { status: 'refused', issues: check.issues };
      commit(history.record(state.history, next, { mergeKey: options.mergeKey, now: now() }), options.selection);
      return { status: 'applied', issues: [] };
    };
    const apply: EditorActions['apply'] = (edit, options) => tryApply(edit, options).status === 'applied';

    const playheadSeconds = () => {
      const { playheadFrame, doc: d } = get();
      return framesToSeconds(playheadFrame, d.meta.fps);
    };

    const actions: EditorActions = {
      apply,
      tryApply,

      insertClip(clip, options = {}) {
        const { doc: d, selection } = get();
        const wanted = options.trackIndex ?? selection?.trackIndex ?? 0;
        const placed = { ...clip, start: quantize(Math.max(0, clip.start), d.meta.fps) };
        // Never on top of another clip of the same track: a free track, or a new one on top.
        const trackIndex = freeTrackFor(d, { trackIndex: d.tracks[wanted] ? wanted : 0, start: placed.start, duration: placed.duration });
        const clipIndex = d.tracks[trackIndex]?.clips.length ?? 0;
        const ref = { trackIndex, clipIndex };
        const withTrack = (x: EditorDoc) => (trackIndex >= x.tracks.length ? addTrack(x) : x);
        return apply((x) => addClip(withTrack(x), { trackIndex, clip: placed }), { selection: ref }) ? ref : null;
      },

      removeClip(ref) {
        const { selection } = get();
        let nextSelection: ClipRef | null | undefined;
        if (selection && selection.trackIndex === ref.trackIndex) {
          if (selection.clipIndex === ref.clipIndex) nextSelection = null;
          else if (selection.clipIndex > ref.clipIndex) nextSelection = { ...selection, clipIndex: selection.clipIndex - 1 };
        }
        apply((x) => removeClip(x, { ref }), { selection: nextSelection });
      },

      removeSelected() {
        const { selection } = get();
        if (selection) actions.removeClip(selection);
      },

      moveClip(args, options = {}) {
        const { doc: d, selection } = get();
        const landing = movedClipRef(d, args);
        const followsSelection = sameRef(selection, args.ref);
        apply((x) => moveClip(x, args), {
          mergeKey: options.mergeKey,
          selection: followsSelection ? landing : undefined,
        });
      },

      nudgeSelected(frames) {
        const { doc: d, selection } = get();
        const clip = getClip(d, selection);
        if (!selection || !clip) return;
        const start = quantize(clip.start + frames / d.meta.fps, d.meta.fps);
        actions.moveClip({ ref: selection, start }, { mergeKey: `nudge:${selection.trackIndex}:${selection.clipIndex}` });
      },

      trimClip(args) {
        apply((x) => trimClip(x, args));
      },

      splitSelectedAtPlayhead() {
        const { selection } = get();
        if (!selection) return false;
        return apply((x) => splitClip(x, { ref: selection, at: playheadSeconds() }));
      },

      duplicateSelected() {
        const { selection } = get();
        if (!selection) return;
        apply((x) => duplicateClip(x, { ref: selection }), {
          selection: { trackIndex: selection.trackIndex, clipIndex: selection.clipIndex + 1 },
        });
      },

      updateClip(ref, patch, options = {}) {
        return tryApply((x) => updateClip(x, { ref, patch }), { mergeKey: options.mergeKey });
      },

      updateMeta(patch, options = {}) {
        return tryApply((x) => updateMeta(x, { patch }), { mergeKey: options.mergeKey });
      },

      addAnimation(ref, slot) {
        return tryApply((x) => addAnimation(x, { ref, slot }));
      },

      updateAnimation(ref, index, patch, options = {}) {
        return tryApply((x) => updateAnimation(x, { ref, index, patch }), { mergeKey: options.mergeKey });
      },

      removeAnimation(ref, index) {
        return tryApply((x) => removeAnimation(x, { ref, index }));
      },

      scaleCanvas(args) {
        return tryApply((x) => scaleCanvas(x, args));
      },

      addTrack() {
        apply((x) => addTrack(x));
      },

      removeTrack(trackIndex) {
        const { selection } = get();
        let nextSelection: ClipRef | null | undefined;
        if (selection) {
          if (selection.trackIndex === trackIndex) nextSelection = null;
          else if (selection.trackIndex > trackIndex) nextSelection = { ...selection, trackIndex: selection.trackIndex - 1 };
        }
        apply((x) => removeTrack(x, { trackIndex }), { selection: nextSelection });
      },

      updateTrack(trackIndex, patch) {
        apply((x) => updateTrack(x, { trackIndex, patch }));
      },

      addMediaClip(args) {
        const place = mediaClipPlacement(get().doc, args);
        const ref = { trackIndex: place.trackIndex, clipIndex: place.clipIndex };
        return apply((x) => addMediaClip(x, args), { selection: ref }) ? ref : null;
      },

      moveTrack(from, to) {
        const { selection } = get();
        const move = { from, to: Math.min(Math.max(0, to), get().doc.tracks.length - 1) };
        const nextSelection = selection ? { ...selection, trackIndex: movedTrackIndex(selection.trackIndex, move) } : undefined;
        apply((x) => moveTrack(x, move), { selection: nextSelection });
      },

      shiftClipLayer(ref, direction) {
        const { doc: d, selection } = get();
        const landing = shiftedClipRef(d, { ref, direction });
        if (!landing) return;
        apply((x) => shiftClipLayer(x, { ref, direction }), { selection: sameRef(selection, ref) ? landing : undefined });
      },

      setMediaDrop(preview) {
        const current = get().mediaDrop;
        if (current === preview) return;
        if (
          current &&
          preview &&
          current.trackIndex === preview.trackIndex &&
          current.isNewTrack === preview.isNewTrack &&
          current.start === preview.start &&
          current.duration === preview.duration &&
          current.label === preview.label
        ) {
          return;
        }
        set({ mediaDrop: preview });
      },

      beginGesture() {
        commit(history.beginGesture(get().history));
      },

      previewGesture(edit, selection) {
        const h = get().history;
        const base = h.gestureBase ?? h.present;
        commit(history.previewGesture(h, layered(edit(base))), selection);
      },

      commitGesture() {
        const h = get().history;
        // A drag that would end in an invalid document is undone, never committed.
        if (h.gestureBase && !checkEdit(h.gestureBase, h.present).ok) {
          commit(history.cancelGesture(h));
          return;
        }
        commit(history.commitGesture(h));
      },

      cancelGesture() {
        commit(history.cancelGesture(get().history));
      },

      undo() {
        commit(history.undo(get().history));
      },

      redo() {
        commit(history.redo(get().history));
      },

      sealHistory() {
        commit(history.seal(get().history));
      },

      select(ref) {
        if (ref && !getClip(get().doc, ref)) ref = null;
        if (sameRef(ref, get().selection)) return;
        set({ selection: ref });
      },

      setZoom(value) {
        const z = clampZoom(value);
        if (z !== get().zoom) set({ zoom: z });
      },

      setPlayheadFrame(frame) {
        const f = Math.max(0, Math.round(Number.isFinite(frame) ? frame : 0));
        if (f !== get().playheadFrame) set({ playheadFrame: f });
      },

      setPlaying(isPlaying) {
        if (isPlaying !== get().isPlaying) set({ isPlaying });
      },

      setTitle(value) {
        if (value !== get().title) set({ title: value });
      },

      setSaveState(save) {
        const current = get().save;
        if (current.status === save.status && save.status !== 'error' && save.status !== 'conflict') return;
        set({ save });
      },
    };

    return {
      doc,
      history: history.createHistory(doc),
      title,
      selection: null,
      zoom: clampZoom(zoom),
      playheadFrame: 0,
      isPlaying: false,
      save: { status: 'saved' },
      isLayeredByTrack,
      mediaDrop: null,
      actions,
    };
  });
}

/** The selected clip, or undefined. */
export const selectSelectedClip = (s: EditorState): Clip | undefined => getClip(s.doc, s.selection);

export const selectCanUndo = (s: EditorState): boolean => history.canUndo(s.history);
export const selectCanRedo = (s: EditorState): boolean => history.canRedo(s.history);
export const selectIsGestureOpen = (s: EditorState): boolean => s.history.gestureBase !== null;
export const selectPlayheadSeconds = (s: EditorState): number => cleanSeconds(framesToSeconds(s.playheadFrame, s.doc.meta.fps));
