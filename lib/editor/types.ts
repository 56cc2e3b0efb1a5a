import type { Clip, VideoConfig } from '../video';

/** The editor's document: exactly the saved v2 config, nothing more. */
export type EditorDoc = VideoConfig;

/** Where a top-level clip lives in the document. Indices, because the format has no required ids. */
export interface ClipRef {
  trackIndex: number;
  clipIndex: number;
}

/** A document edit: a pure function from one immutable document to the next. */
export type Command<Args> = (doc: EditorDoc, args: Args) => EditorDoc;

export type { Clip };
