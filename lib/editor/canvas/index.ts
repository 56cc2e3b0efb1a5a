/**
 * lib/editor/canvas: the preview's direct manipulation as plain objects (no React): clip frames at a
 * frame (lib/video's placement and motion), hit testing in paint order, selection handles, snapping,
 * and the CanvasTool state machine the overlay (components/editor/canvas) feeds pointer events to.
 */
export * from './clip-frame';
export * from './hit-test';
export * from './selection-handles';
export * from './snapping';
export * from './canvas-tool';
export * from './keyframe-drag';
