import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Clip, ConfigIssue, Meta } from '../video';
import { getClip, sameRef } from './clip-ref';
import {
  addAnimation,
  addClip,
  addTrack,
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
  moveClips,
  movedClipRefs,
  removeClips,
  rippleDelete,
  duplicateClips,
  duplicatedClipRefs,
  pasteClips,
  pastedClipRefs,
} from './commands';
import { copyClips, type ClipboardPayload } from './clipboard';
import { allRefs, followRefs, hasRef, rangeRefs, remapRefs, sameRefs, selectableRefs } from './selection';
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

  // ── Selection (session) ─────────────────────────────────────────────────────────────────────
  /** The primary clip: what the inspector and the canvas frame show. Always in `selectedRefs`. */
  selection: ClipRef | null;
  /** Every selected clip (multi-select), in the order they were picked; never on a locked track. */
  selectedRefs: ClipRef[];
  /** The last copied clips, when the system clipboard is refused (and to paste without reading it). */
  clipboard: ClipboardPayload | null;
  /** Playback loops at the end. */
  isLooping: boolean;
  /** The Player's rate (J/K/L shuttle: −4…4, never 0). */
  playbackRate: number;
  /** The `?` panel listing every shortcut is open. */
  isShortcutsPanelOpen: boolean;
  // ─────────────────────────────────────────────────────────────────────────────────────────────
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

export interface ApplyOptions {
  mergeKey?: string;
  /** The primary selection after the edit (alone, unless `selectedRefs` is given too). */
  selection?: ClipRef | null;
  /** The whole selection after the edit. */
  selectedRefs?: ClipRef[];
}

export interface EditorActions {
  /**
   * Runs any command as one undo step (or merged with the previous step sharing `mergeKey`). The
   * store's document is always valid: an edit whose result fails lib/video's validation is refused
   * (nothing changes) and its issues are returned, for the field to show.
   */
  apply(edit: (doc: EditorDoc) => EditorDoc, options?: ApplyOptions): boolean;
  /** `apply`, telling why a refused edit was refused. */
  tryApply(edit: (doc: EditorDoc) => EditorDoc, options?: ApplyOptions): EditResult;
  /** Adds a clip on `trackIndex` (default: the selected clip's track, else the first) and selects it. */
  insertClip(clip: Clip, options?: { trackIndex?: number }): ClipRef | null;
  removeClip(ref: ClipRef): void;
  /** Deletes every selected clip (one undo step). */
  removeSelected(): void;
  /** Deletes the selection and closes the gaps it leaves on its tracks (`rippleDelete`). */
  rippleDeleteSelected(): void;
  moveClip(args: MoveClipArgs, options?: { mergeKey?: string }): void;
  /** Moves the whole selection by whole frames (Alt+arrows); repeated nudges merge into one step. */
  nudgeSelected(frames: number): void;
  /** The selection as clipboard payload (also kept in `clipboard`), or null with nothing selected. */
  copySelection(): ClipboardPayload | null;
  /** Copy, then delete the selection. */
  cutSelection(): ClipboardPayload | null;
  /** Pastes clips at the playhead (default: the store's `clipboard`), on the selected clip's track; selects them. */
  paste(payload?: ClipboardPayload | null): boolean;
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
  /** Pointer-move: shows `edit(startDocument)`; nothing enters history yet. `selectedRefs` follow the moved clips. */
  previewGesture(edit: (base: EditorDoc) => EditorDoc, selection?: ClipRef | null, selectedRefs?: ClipRef[]): void;
  /** Pointer-up: the whole drag becomes one undo step (none if nothing changed). */
  commitGesture(): void;
  /** Escape / lost pointer: back to the document (and selection) from pointer-down. */
  cancelGesture(): void;

  undo(): void;
  redo(): void;
  /** Ends the current merge run (e.g. when a field loses focus). */
  sealHistory(): void;

  /** Selects one clip alone (null clears the selection). */
  select(ref: ClipRef | null): void;
  /** Selects several clips; `primary` (default: the current one if kept, else the last) is what the inspector shows. */
  selectRefs(refs: readonly ClipRef[], primary?: ClipRef | null): void;
  /** Ctrl/⌘-click: adds the clip (it becomes primary) or takes it out. */
  toggleSelect(ref: ClipRef): void;
  /** Shift-click: everything from the primary clip to this one (`rangeRefs`); the primary stays. */
  selectRange(ref: ClipRef): void;
  /** Every clip on an unlocked track. */
  selectAll(): void;
  setLooping(isLooping: boolean): void;
  setPlaybackRate(rate: number): void;
  setShortcutsPanelOpen(isOpen: boolean): void;
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
    // ── Selection bookkeeping ──────────────────────────────────────────────────────────────────
    /** The selection each document had when it stopped being the present one: undo/redo/cancel restore it. */
    const selectionByDoc = new WeakMap<EditorDoc, { selection: ClipRef | null; selectedRefs: ClipRef[] }>();
    /**
     * The selection after a change to `next`: as given, else restored (undo/redo), else each ref
     * following its clip (`remapRefs`). The primary is always one of the refs.
     */
    const nextSelectionFor = (next: EditorDoc, given: { selection?: ClipRef | null; selectedRefs?: ClipRef[] }, isRestore: boolean) => {
      const state = get();
      let refs: ClipRef[];
      let primary: ClipRef | null | undefined = given.selection;
      if (given.selectedRefs) refs = selectableRefs(next, given.selectedRefs);
      else if (given.selection !== undefined) refs = given.selection ? [given.selection] : [];
      else if (isRestore && selectionByDoc.has(next) && (state.selectedRefs.length === 0 || followRefs(state.doc, next, state.selectedRefs).some((r) => r === null))) {
        // Undo/redo/cancel of an edit that changed selected clips: back to the selection that document had.
        const saved = selectionByDoc.get(next)!;
        refs = selectableRefs(next, saved.selectedRefs);
        primary = saved.selection;
      } else refs = remapRefs(state.doc, next, state.selectedRefs);
      refs = selectableRefs(next, refs);
      if (primary === undefined) primary = state.selection && next !== state.doc ? (remapRefs(state.doc, next, [state.selection])[0] ?? null) : state.selection;
      if (primary && !hasRef(refs, primary)) primary = null;
      if (!primary && refs.length > 0) primary = refs[refs.length - 1]!;
      return {
        selection: sameRef(primary, state.selection) ? state.selection : (primary ?? null),
        selectedRefs: sameRefs(refs, state.selectedRefs) ? state.selectedRefs : refs,
      };
    };
    // ─────────────────────────────────────────────────────────────────────────────────────────────

    /** Applies a new history, keeping `doc` and the selection consistent with it. */
    const commit = (
      h: history.History<EditorDoc>,
      given: { selection?: ClipRef | null; selectedRefs?: ClipRef[] } = {},
      isRestore = false,
    ) => {
      const state = get();
      if (h === state.history && given.selection === undefined && given.selectedRefs === undefined) return;
      if (h.present !== state.doc) selectionByDoc.set(state.doc, { selection: state.selection, selectedRefs: state.selectedRefs });
      const picked = nextSelectionFor(h.present, given, isRestore);
      let playheadFrame = state.playheadFrame;
      if (h.present.meta.fps !== state.doc.meta.fps) {
        // Keep the playhead at the same time when the frame rate changes.
        playheadFrame = secondsToFrames(framesToSeconds(playheadFrame, state.doc.meta.fps), h.present.meta.fps);
      }
      set({ history: h, doc: h.present, ...picked, playheadFrame });
    };

    const tryApply: EditorActions['tryApply'] = (edit, options = {}) => {
      const state = get();
      const next = layered(edit(state.doc));
      const given = { selection: options.selection, selectedRefs: options.selectedRefs };
      if (next === state.doc) {
        if (options.selection !== undefined || options.selectedRefs !== undefined) commit(state.history, given);
        return { status: 'unchanged', issues: [] };
      }
      const check = checkEdit(state.doc, next);
      if (!check.ok) return { status: 'refused', issues: check.issues };
      commit(history.record(state.history, next, { mergeKey: options.mergeKey, now: now() }), given);
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
        // The other selected clips follow their clip objects (`remapRefs`).
        apply((x) => removeClip(x, { ref }));
      },

      removeSelected() {
        const { selectedRefs } = get();
        if (selectedRefs.length > 0) apply((x) => removeClips(x, { refs: selectedRefs }), { selectedRefs: [] });
      },

      rippleDeleteSelected() {
        const { selectedRefs } = get();
        if (selectedRefs.length > 0) apply((x) => rippleDelete(x, { refs: selectedRefs }), { selectedRefs: [] });
      },

      copySelection() {
        const payload = copyClips(get().doc, get().selectedRefs);
        if (payload) set({ clipboard: payload });
        return payload;
      },

      cutSelection() {
        const payload = actions.copySelection();
        if (payload) actions.removeSelected();
        return payload;
      },

      paste(given) {
        const payload = given ?? get().clipboard;
        if (!payload) return false;
        const { doc: d, selection } = get();
        const args = { payload, at: playheadSeconds(), trackIndex: selection?.trackIndex ?? 0 };
        const refs = pastedClipRefs(d, args);
        return apply((x) => pasteClips(x, args), { selectedRefs: refs, selection: refs[0] ?? null });
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
        const { doc: d, selectedRefs, selection } = get();
        const anchor = getClip(d, selection);
        if (selectedRefs.length === 0 || !anchor) return;
        // On the frame grid: the primary clip lands on a whole frame, the others keep their offsets.
        const args = { refs: selectedRefs, delta: quantize(anchor.start + frames / d.meta.fps, d.meta.fps) - anchor.start };
        const key = selectedRefs.map((r) => `${r.trackIndex}:${r.clipIndex}`).join(',');
        apply((x) => moveClips(x, args), { mergeKey: `nudge:${key}`, selectedRefs: movedClipRefs(d, args) });
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
        const { doc: d, selectedRefs } = get();
        if (selectedRefs.length === 0) return;
        const copies = duplicatedClipRefs(d, { refs: selectedRefs });
        apply((x) => duplicateClips(x, { refs: selectedRefs }), { selectedRefs: copies, selection: copies[copies.length - 1] ?? null });
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
        // Clips of the other tracks keep their identity, so the selection follows them (`remapRefs`).
        apply((x) => removeTrack(x, { trackIndex }));
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
        const { selection, selectedRefs } = get();
        const move = { from, to: Math.min(Math.max(0, to), get().doc.tracks.length - 1) };
        const follow = (r: ClipRef) => ({ ...r, trackIndex: movedTrackIndex(r.trackIndex, move) });
        apply((x) => moveTrack(x, move), { selection: selection ? follow(selection) : null, selectedRefs: selectedRefs.map(follow) });
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
        const state = get();
        if (state.history.gestureBase === null) selectionByDoc.set(state.doc, { selection: state.selection, selectedRefs: state.selectedRefs });
        commit(history.beginGesture(state.history));
      },

      previewGesture(edit, selection, selectedRefs) {
        const h = get().history;
        const base = h.gestureBase ?? h.present;
        commit(history.previewGesture(h, layered(edit(base))), { selection, selectedRefs });
      },

      commitGesture() {
        const h = get().history;
        // A drag that would end in an invalid document is undone, never committed.
        if (h.gestureBase && !checkEdit(h.gestureBase, h.present).ok) {
          commit(history.cancelGesture(h), {}, true);
          return;
        }
        commit(history.commitGesture(h));
      },

      cancelGesture() {
        commit(history.cancelGesture(get().history), {}, true);
      },

      undo() {
        commit(history.undo(get().history), {}, true);
      },

      redo() {
        commit(history.redo(get().history), {}, true);
      },

      sealHistory() {
        commit(history.seal(get().history));
      },

      select(ref) {
        actions.selectRefs(ref ? [ref] : [], ref);
      },

      selectRefs(refs, primary) {
        const { doc: d, selection, selectedRefs } = get();
        const next = selectableRefs(d, refs);
        let nextPrimary = primary === undefined ? selection : primary;
        if (nextPrimary && !hasRef(next, nextPrimary)) nextPrimary = null;
        if (!nextPrimary && next.length > 0) nextPrimary = next[next.length - 1]!;
        if (sameRef(nextPrimary, selection) && sameRefs(next, selectedRefs)) return;
        set({ selection: sameRef(nextPrimary, selection) ? selection : (nextPrimary ?? null), selectedRefs: next });
      },

      toggleSelect(ref) {
        const { selectedRefs } = get();
        if (hasRef(selectedRefs, ref)) {
          const rest = selectedRefs.filter((r) => !sameRef(r, ref));
          actions.selectRefs(rest, rest[rest.length - 1] ?? null);
        } else actions.selectRefs([...selectedRefs, ref], ref);
      },

      selectRange(ref) {
        const { doc: d, selection } = get();
        if (!selection) return actions.select(ref);
        const range = rangeRefs(d, selection, ref);
        actions.selectRefs([selection, ...range.filter((r) => !sameRef(r, selection))], selection);
      },

      selectAll() {
        actions.selectRefs(allRefs(get().doc));
      },

      setLooping(isLooping) {
        if (isLooping !== get().isLooping) set({ isLooping });
      },

      setPlaybackRate(rate) {
        const r = Math.max(-4, Math.min(4, Number.isFinite(rate) && rate !== 0 ? rate : 1));
        if (r !== get().playbackRate) set({ playbackRate: r });
      },

      setShortcutsPanelOpen(isOpen) {
        if (isOpen !== get().isShortcutsPanelOpen) set({ isShortcutsPanelOpen: isOpen });
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
      selectedRefs: [],
      clipboard: null,
      isLooping: false,
      playbackRate: 1,
      isShortcutsPanelOpen: false,
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

/** The selected clips (multi-select), as stored. */
export const selectSelectedRefs = (s: EditorState): ClipRef[] => s.selectedRefs;

export const selectCanUndo = (s: EditorState): boolean => history.canUndo(s.history);
export const selectCanRedo = (s: EditorState): boolean => history.canRedo(s.history);
export const selectIsGestureOpen = (s: EditorState): boolean => s.history.gestureBase !== null;
export const selectPlayheadSeconds = (s: EditorState): number => cleanSeconds(framesToSeconds(s.playheadFrame, s.doc.meta.fps));
