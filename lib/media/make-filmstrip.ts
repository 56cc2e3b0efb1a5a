import fsp from 'node:fs/promises';
import path from 'node:path';
import { runTool } from './run-tool';
import { mediaTools, type MediaTools } from './tools';

/** Tiles are this tall (a timeline row); their width follows the picture's displayed aspect ratio. */
export const TILE_HEIGHT = 90;
/** At most this many tiles: the interval grows with the duration (a 3-hour video still gets a small sprite). */
export const MAX_TILES = 60;
const MAX_COLUMNS = 10;
/** Intervals the filmstrip picks from: the smallest that keeps it under MAX_TILES. */
const INTERVALS = [0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600];
/**
 * Up to this long, one pass decoding only the keyframes is faster than one seek per tile (which decodes
 * from the keyframe before each tile's time up to it); past it, reading the whole file costs more.
 */
const KEYFRAME_PASS_MAX_SECONDS = 20 * 60;

export interface FilmstripIndex {
  interval: number;
  tileWidth: number;
  tileHeight: number;
  columns: number;
  tiles: { time: number; x: number; y: number }[];
}

export interface FilmstripLayout extends FilmstripIndex {
  count: number;
  rows: number;
}

/**
 * Where each tile goes. Tile i shows min(i × interval, duration) and sits at x = (i % columns) × tileWidth,
 * y = floor(i / columns) × tileHeight. Tiles cover [0, duration): the last starts before the end.
 */
export function planFilmstrip(input: { duration: number; width: number; height: number }): FilmstripLayout {
  const duration = Math.max(0, input.duration);
  const interval = INTERVALS.find((i) => Math.ceil(duration / i) <= MAX_TILES) ?? INTERVALS.at(-1)!;
  const count = Math.max(1, Math.ceil(duration / interval));
  const aspect = input.width > 0 && input.height > 0 ? input.width / input.height : 16 / 9;
  const tileWidth = Math.min(320, Math.max(16, 2 * Math.round((TILE_HEIGHT * aspect) / 2)));
  const columns = Math.min(count, MAX_COLUMNS);
  const tiles = Array.from({ length: count }, (_, i) => ({
    time: Math.min(i * interval, duration),
    x: (i % columns) * tileWidth,
    y: Math.floor(i / columns) * TILE_HEIGHT,
  }));
  return { interval, tileWidth, tileHeight: TILE_HEIGHT, columns, rows: Math.ceil(count / columns), count, tiles };
}

export interface MakeFilmstripInput {
  input: string;
  /** JPEG sprite to write. */
  output: string;
  /** A scratch folder for per-tile frames (long videos). */
  workDir: string;
  duration: number;
  fps: number | null;
  /** Displayed size (rotation applied). */
  width: number;
  height: number;
  tools?: MediaTools;
  signal?: AbortSignal;
  /** Force one way of decoding (tests); by default the duration decides. */
  strategy?: 'keyframes' | 'seek';
}

/**
 * Writes the sprite (JPEG) and returns its layout. Videos up to 20 minutes are read once decoding only
 * their keyframes (a 60 s camera file has ~30 of its 1800 frames): each tile shows the last keyframe at or
 * before its time, so at most one keyframe interval (GOP, typically 0.5–2 s) early, and exact for all-intra
 * files. Longer ones are seeked once per tile (accurate seeks, the exact frame), two at a time.
 */
export async function makeFilmstrip(opts: MakeFilmstripInput): Promise<FilmstripLayout> {
  const layout = planFilmstrip(opts);
  const { ffmpeg } = opts.tools ?? mediaTools();
  const scale = `scale=${layout.tileWidth}:${layout.tileHeight}:force_original_aspect_ratio=decrease,pad=${layout.tileWidth}:${layout.tileHeight}:-1:-1:black,setsar=1`;
  const tile = `tile=${layout.columns}x${layout.rows}`;
  const timeoutMs = 60_000 + opts.duration * 200;
  if (opts.strategy === 'keyframes' || (!opts.strategy && opts.duration <= KEYFRAME_PASS_MAX_SECONDS)) {
    // The decoder skips every frame but keyframes. fps=1/interval with round=up puts a keyframe at pts p in
    // slot ceil(p / interval) and repeats the previous one into empty slots: slot i (tile i, time
    // i × interval) holds the last keyframe at or before that time. tpad repeats the last keyframe past
    // the end so the final tiles are filled too; tile lays the slots out and the first full grid is written.
    const fps = `fps=fps=1/${layout.interval}:round=up`;
    await runTool(
      ffmpeg,
      ['-hide_banner', '-loglevel', 'error', '-y', '-threads', '2', '-skip_frame', 'nokey', '-i', opts.input, '-an', '-sn',
        '-vf', `tpad=stop=-1:stop_mode=clone,${fps},${scale},${tile}`, '-frames:v', '1', '-pix_fmt', 'yuvj420p', '-q:v', '4', '-f', 'image2', '-c:v', 'mjpeg', opts.output],
      { what: 'making the filmstrip', timeoutMs, signal: opts.signal },
    );
    return layout;
  }
  await fsp.mkdir(opts.workDir, { recursive: true });
  const tileFile = (i: number) => path.join(opts.workDir, `tile-${String(i).padStart(4, '0')}.jpg`);
  let next = 0;
  const lane = async () => {
    while (next < layout.count) {
      const i = next++;
      // The last moment with a frame: a seek to the very end finds none.
      const time = Math.min(layout.tiles[i]!.time, Math.max(0, opts.duration - 1 / (opts.fps ?? 30)));
      await runTool(
        ffmpeg,
        ['-hide_banner', '-loglevel', 'error', '-y', '-threads', '1', '-ss', time.toFixed(3), '-i', opts.input, '-an', '-sn',
          '-frames:v', '1', '-vf', scale, '-pix_fmt', 'yuvj420p', '-q:v', '3', '-f', 'image2', '-c:v', 'mjpeg', tileFile(i)],
        { what: 'making the filmstrip', timeoutMs: 60_000, signal: opts.signal },
      );
    }
  };
  await Promise.all([lane(), lane()]);
  await runTool(
    ffmpeg,
    ['-hide_banner', '-loglevel', 'error', '-y', '-threads', '1', '-framerate', '1', '-i', path.join(opts.workDir, 'tile-%04d.jpg'),
      '-vf', tile, '-frames:v', '1', '-pix_fmt', 'yuvj420p', '-q:v', '4', '-f', 'image2', '-c:v', 'mjpeg', opts.output],
    { what: 'making the filmstrip', timeoutMs: 60_000, signal: opts.signal },
  );
  return layout;
}

/** The index served beside the sprite (File.filmstrip's indexUrl). */
export const filmstripIndex = (layout: FilmstripLayout): FilmstripIndex => ({
  interval: layout.interval,
  tileWidth: layout.tileWidth,
  tileHeight: layout.tileHeight,
  columns: layout.columns,
  tiles: layout.tiles,
});
