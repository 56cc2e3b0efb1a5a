/** Where the pointer is, in timeline terms (the hook converts client pixels). */
export interface TimelinePoint {
  /** Seconds under the pointer (may be < 0 left of the lanes). */
  time: number;
  /** Track under the pointer (clamped to the track list), or null when unknown. */
  trackIndex: number | null;
}

export interface ToolModifiers {
  /** Alt/Option held: no snapping while held. */
  altKey?: boolean;
}

/** A pointer interaction (tldraw-style state object): pointer-down creates it, then move… and commit | cancel. */
export interface TimelineTool {
  move(point: TimelinePoint, modifiers?: ToolModifiers): void;
  /** Pointer-up. */
  commit(): void;
  /** Escape / lost pointer: everything back as at pointer-down. */
  cancel(): void;
  /** The time a snap guide is drawn at, or null. */
  readonly snapTime: number | null;
}
