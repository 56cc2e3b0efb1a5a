import type { Clip, Meta } from '../video';
import type { LibraryFile } from './library-file';
import { quantize } from './time';

/** How long an image (or media whose length is not known yet) lasts when put on the timeline. */
export const DEFAULT_IMAGE_SECONDS = 5;

/** What the timeline needs to know about a media file to make a clip of it. */
export type MediaSource = Pick<LibraryFile, 'url' | 'type' | 'duration' | 'width' | 'height'>;

/**
 * The largest box of the media's aspect ratio that fits the canvas, in pixels (whole numbers).
 * Example: a 1280×720 video on a 1080×1920 canvas → 1080×608.
 */
export function fitToCanvas(media: { width: number | null; height: number | null }, meta: Pick<Meta, 'width' | 'height'>) {
  if (!media.width || !media.height) return { width: meta.width, height: meta.height };
  const scale = Math.min(meta.width / media.width, meta.height / media.height);
  return { width: Math.max(1, Math.round(media.width * scale)), height: Math.max(1, Math.round(media.height * scale)) };
}

/**
 * The seconds a clip of this media lasts when first placed: the natural length of a video or audio
 * file (at least one frame), else {@link DEFAULT_IMAGE_SECONDS}. Rounded down to the frame grid so
 * the clip never asks for more source than there is.
 */
export function naturalDuration(media: Pick<MediaSource, 'type' | 'duration'>, fps: number): number {
  if ((media.type === 'video' || media.type === 'audio') && media.duration) {
    const frames = Math.max(1, Math.floor(media.duration * fps + 1e-6));
    return quantize(frames / fps, fps);
  }
  return DEFAULT_IMAGE_SECONDS;
}

/**
 * A clip for a library file at `start`: video and audio at their natural length, images for
 * {@link DEFAULT_IMAGE_SECONDS}; visual media centred and sized to fit the canvas keeping its aspect
 * ratio. The `src` is the original file's URL (what the renderer fetches). Fonts make no clip: null; a model's
 * clip needs its `assets.models` entry too (addMediaClip makes both).
 */
export function mediaClipFor(media: MediaSource, meta: Pick<Meta, 'width' | 'height' | 'fps'>, start: number): Clip | null {
  const duration = naturalDuration(media, meta.fps);
  if (media.type === 'audio') return { type: 'audio', src: media.url, start, duration };
  if (media.type !== 'video' && media.type !== 'image') return null;
  const size = fitToCanvas(media, meta);
  const transform = { x: '50%', y: '50%', width: size.width, height: size.height, anchor: 'center' as const };
  if (media.type === 'image') return { type: 'image', src: media.url, start, duration, transform };
  return { type: 'video', src: media.url, start, duration, transform };
}
