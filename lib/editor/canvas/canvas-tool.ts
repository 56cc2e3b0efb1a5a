import { textDefaults } from '../../composition/style-css';
import { durationInFrames } from '../../video';
import { getClip, sameRef } from '../clip-ref';
import { setClipGeometry, type ClipGeometry } from '../commands';
import type { EditorStore } from '../store';
import type { ClipRef, EditorDoc } from '../types';
import { canvasToFrame, clipFrameAt, clipFramesAt, clipTimeAtFrame, frameBounds, frameToCanvas, type ClipFrame, type MeasureClip, type Point } from './clip-frame';
import { hitTest } from './hit-test';
import { handleAt, isCorner, resizeHandleAt, type Handle, type ResizeHandle } from './selection-handles';
import { canvasSnapTargets, CANVAS_SNAP_PX, snapMove, type Guide, type SnapTargets } from './snapping';

/** Keys held during a pointer event. */
export interface Modifiers {
  /** Resize: keep the aspect ratio. Rotate: steps of 15°. Nudge: 10 px. */
  shiftKey?: boolean;
  /** Resize from the centre. */
  altKey?: boolean;
  /** Ctrl or ⌘: no snapping while held. */
  ctrlKey?: boolean;
  metaKey?: boolean;
}

export interface CanvasToolEnv {
  /** Size of intrinsic-size clips (text, media without a size) as drawn. */
  measure: MeasureClip;
  /** Screen pixels per canvas pixel (the preview's zoom): keeps handles and snapping a constant size on screen. */
  pxPerUnit: () => number;
}

/** What the overlay draws besides the selection: snapping guides, and which gesture runs. */
export interface CanvasToolView {
  mode: 'idle' | 'pressed' | 'move' | 'resize' | 'rotate';
  guides: Guide[];
}

/** Screen pixels the pointer travels before a press on a clip becomes a move. */
export const MOVE_THRESHOLD_PX = 3;
const ROTATION_STEP = 15;

type Active =
  | { mode: 'pressed'; ref: ClipRef; start: Point; frame: ClipFrame }
  | { mode: 'move'; ref: ClipRef; start: Point; frame: ClipFrame; targets: SnapTargets }
  | { mode: 'resize'; ref: ClipRef; start: Point; frame: ClipFrame; handle: ResizeHandle }
  | { mode: 'rotate'; ref: ClipRef; start: Point; frame: ClipFrame };

/**
 * The canvas' pointer and key logic, framework-free (tested headless: pointer down, move, up, expect
 * the document). Points are canvas pixels. A press on a handle of the selected clip resizes or
 * rotates it; a press elsewhere selects the topmost clip under the pointer (or clears the selection
 * on empty canvas) and, once dragged past a few pixels, moves it. Every gesture is one undo step
 * through the store's gesture API; Escape (`cancel`) restores the document from pointer-down.
 */
export class CanvasTool {
  private active: Active | null = null;
  private view: CanvasToolView = { mode: 'idle', guides: [] };
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly store: EditorStore,
    private readonly env: CanvasToolEnv,
  ) {}

  /** For React's useSyncExternalStore. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getView = (): CanvasToolView => this.view;

  /** The composition frame the preview shows (the playhead, held at the last frame past the end). */
  shownFrame(doc: EditorDoc = this.store.getState().doc): number {
    return Math.max(0, Math.min(this.store.getState().playheadFrame, durationInFrames(doc) - 1));
  }

  /** The selected clip's frame on screen, or undefined (nothing selected, or not on screen now). */
  selectedFrame(): ClipFrame | undefined {
    const { doc, selection } = this.store.getState();
    return selection ? clipFrameAt(doc, selection, this.shownFrame(doc), this.env.measure) : undefined;
  }

  /** The handle under a canvas point, for the cursor. */
  handleAt(point: Point): Handle | null {
    const frame = this.selectedFrame();
    if (!frame) return null;
    return handleAt(frame, point, this.env.pxPerUnit(), this.isText(frame.ref));
  }

  pointerDown(point: Point): void {
    if (this.active) this.cancel();
    const state = this.store.getState();
    const selected = this.selectedFrame();
    const handle = selected ? handleAt(selected, point, this.env.pxPerUnit(), this.isText(selected.ref)) : null;
    if (selected && handle) {
      state.actions.beginGesture();
      this.active = handle === 'rotate'
        ? { mode: 'rotate', ref: selected.ref, start: point, frame: selected }
        : { mode: 'resize', ref: selected.ref, start: point, frame: selected, handle };
      this.setView({ mode: this.active.mode, guides: [] });
      return;
    }
    const ref = hitTest(state.doc, this.shownFrame(state.doc), point, this.env.measure);
    state.actions.select(ref);
    const frame = ref ? clipFrameAt(state.doc, ref, this.shownFrame(state.doc), this.env.measure) : undefined;
    if (!ref || !frame) {
      this.active = null;
      this.setView({ mode: 'idle', guides: [] });
      return;
    }
    this.active = { mode: 'pressed', ref, start: point, frame };
    this.setView({ mode: 'pressed', guides: [] });
  }

  pointerMove(point: Point, modifiers: Modifiers = {}): void {
    const a = this.active;
    if (!a) return;
    const { actions } = this.store.getState();
    if (a.mode === 'pressed') {
      const travel = Math.hypot(point.x - a.start.x, point.y - a.start.y) * this.env.pxPerUnit();
      if (travel < MOVE_THRESHOLD_PX) return;
      const { doc } = this.store.getState();
      const others = clipFramesAt(doc, this.shownFrame(doc), this.env.measure).filter((f) => !sameRef(f.ref, a.ref));
      actions.beginGesture();
      this.active = { ...a, mode: 'move', targets: canvasSnapTargets({ width: doc.meta.width, height: doc.meta.height }, others) };
    }
    const g = this.active;
    if (!g || g.mode === 'pressed') return;
    let guides: Guide[] = [];
    let values: ClipGeometry;
    if (g.mode === 'move') {
      let delta = { dx: point.x - g.start.x, dy: point.y - g.start.y };
      if (!(modifiers.ctrlKey || modifiers.metaKey)) {
        const snapped = snapMove(frameBounds(g.frame), delta, g.targets, CANVAS_SNAP_PX / this.env.pxPerUnit());
        delta = snapped;
        guides = snapped.guides;
      }
      values = { x: g.frame.x - g.frame.offsetX + delta.dx, y: g.frame.y - g.frame.offsetY + delta.dy };
    } else if (g.mode === 'rotate') {
      const angle = (p: Point) => (Math.atan2(p.y - g.frame.y, p.x - g.frame.x) * 180) / Math.PI;
      let rotation = g.frame.rotation - g.frame.offsetRotation + angle(point) - angle(g.start);
      rotation = ((((rotation + 180) % 360) + 360) % 360) - 180;
      if (modifiers.shiftKey) rotation = Math.round(rotation / ROTATION_STEP) * ROTATION_STEP;
      values = { rotation };
    } else {
      values = this.resizeValues(g, point, modifiers);
    }
    const ref = g.ref;
    const time = this.clipTime(ref);
    actions.previewGesture((base) => setClipGeometry(base, { ref, values, time }));
    this.setView({ mode: g.mode, guides });
  }

  pointerUp(): void {
    const a = this.active;
    this.active = null;
    if (a && a.mode !== 'pressed') this.store.getState().actions.commitGesture();
    this.setView({ mode: 'idle', guides: [] });
  }

  /** Escape or a lost pointer: the document goes back to how it was at pointer-down. */
  cancel(): void {
    const a = this.active;
    this.active = null;
    if (a && a.mode !== 'pressed') this.store.getState().actions.cancelGesture();
    this.setView({ mode: 'idle', guides: [] });
  }

  /** Moves the selected clip by canvas pixels (arrow keys); a run of nudges is one undo step. */
  nudge(dx: number, dy: number): boolean {
    const frame = this.selectedFrame();
    if (!frame) return false;
    const ref = frame.ref;
    const values = { x: frame.x - frame.offsetX + dx, y: frame.y - frame.offsetY + dy };
    const time = this.clipTime(ref);
    return this.store.getState().actions.apply((d) => setClipGeometry(d, { ref, values, time }), {
      mergeKey: `canvas-nudge:${ref.trackIndex}:${ref.clipIndex}`,
    });
  }

  private resizeValues(g: Extract<Active, { mode: 'resize' }>, point: Point, modifiers: Modifiers): ClipGeometry {
    const f = g.frame;
    const [hu, hv] = resizeHandleAt[g.handle];
    const [ou, ov] = modifiers.altKey ? [0.5, 0.5] : [1 - hu, 1 - hv];
    const uv = canvasToFrame(f, point) ?? { u: hu, v: hv };
    const minFactor = (size: number) => (size > 0 ? 1 / size : 1);
    let fw = hu === 0.5 ? 1 : Math.max(minFactor(f.width), (uv.u - ou) / (hu - ou));
    let fh = hv === 0.5 ? 1 : Math.max(minFactor(f.height), (uv.v - ov) / (hv - ov));
    const isText = this.isText(g.ref);
    if (isText || (modifiers.shiftKey && isCorner(g.handle))) {
      const uniform = Math.max(fw, fh);
      fw = uniform;
      fh = uniform;
    }
    const width = f.width * fw;
    const height = f.height * fh;
    // The fixed point (opposite handle, or the centre with Alt) stays where it is on the canvas.
    const fixed = frameToCanvas(f, ou, ov);
    const offset = frameToCanvas({ ...f, x: 0, y: 0, width, height }, ou, ov);
    const x = fixed.x - offset.x - f.offsetX;
    const y = fixed.y - offset.y - f.offsetY;
    if (!isText) return { x, y, width, height };
    const clip = getClip(this.store.getState().doc, g.ref);
    const transform = clip?.transform ?? {};
    const fontSize = (clip?.style?.fontSize ?? textDefaults.fontSize) * fw;
    return {
      x,
      y,
      fontSize,
      ...(transform.width !== undefined ? { width } : {}),
      ...(transform.height !== undefined ? { height } : {}),
    };
  }

  private clipTime(ref: ClipRef): number {
    const { doc } = this.store.getState();
    const clip = getClip(doc, ref);
    return clip ? Math.max(0, clipTimeAtFrame(clip, this.shownFrame(doc), doc.meta.fps)) : 0;
  }

  private isText(ref: ClipRef): boolean {
    return getClip(this.store.getState().doc, ref)?.type === 'text';
  }

  private setView(view: CanvasToolView): void {
    if (view.mode === this.view.mode && sameGuides(view.guides, this.view.guides)) return;
    this.view = view;
    for (const listener of this.listeners) listener();
  }
}

function sameGuides(a: readonly Guide[], b: readonly Guide[]): boolean {
  return a.length === b.length && a.every((g, i) => g.axis === b[i]?.axis && g.at === b[i]?.at);
}
