import fsp from 'node:fs/promises';
import path from 'node:path';
import { decodeHeif, isHeif } from '../../media/decode-heif';
import { makeFilmstrip, filmstripIndex, type FilmstripLayout } from '../../media/make-filmstrip';
import { makePoster, posterTime } from '../../media/make-poster';
import { makeProxy, MAX_PROXY_SECONDS } from '../../media/make-proxy';
import { makeThumbnail } from '../../media/make-thumbnail';
import { makeWaveform } from '../../media/make-waveform';
import { proxyReason } from '../../media/playability';
import { probeMedia, type ProbeResult } from '../../media/probe';
import { MediaToolError } from '../../media/run-tool';
import type { MediaTools } from '../../media/tools';

/** A derivative written to the work folder, to be stored as `derived/<fileId>/<name>`. */
export interface MadeDerivative {
  name: 'thumb.webp' | 'poster.jpg' | 'filmstrip.jpg' | 'filmstrip.json' | 'waveform.json' | 'proxy.mp4' | 'proxy.m4a' | 'image.jpg' | 'image.png';
  path: string;
}

export interface ProcessOutcome {
  status: 'ready' | 'failed';
  /** For a person: every step that failed, in order (null when ready). */
  error: string | null;
  probe: ProbeResult | null;
  derivatives: MadeDerivative[];
  filmstrip: FilmstripLayout | null;
}

export interface ProcessInput {
  /** The original, on local disk. */
  source: string;
  type: 'image' | 'video' | 'audio';
  /** The stored MIME type (what the bytes are): HEIC/HEIF images are decoded to a drawable copy first. */
  mimeType?: string;
  workDir: string;
  signal?: AbortSignal;
  tools?: MediaTools;
}

const reasonOf = (err: unknown) => (err instanceof MediaToolError ? err.message : err instanceof Error ? err.message : String(err));

/**
 * Probes one upload and makes its derivatives in `workDir`: images a thumbnail; video a poster,
 * thumbnail, filmstrip, waveform (with sound) and, when the browser cannot play it, a proxy; audio a
 * waveform and, if needed, a proxy. Steps that fail are reported in `error` and the others still run,
 * so a file keeps whatever could be made (an image with no thumbnail still draws).
 */
export async function processFile(input: ProcessInput): Promise<ProcessOutcome> {
  await fsp.mkdir(input.workDir, { recursive: true });
  const common = { tools: input.tools, signal: input.signal };
  const made: MadeDerivative[] = [];
  const problems: string[] = [];
  const at = (name: MadeDerivative['name']) => path.join(input.workDir, name);
  const step = async (what: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (err) {
      if (input.signal?.aborted) throw err;
      problems.push(`${what}: ${reasonOf(err)}`);
    }
  };
  const outcome = (probe: ProbeResult | null, filmstrip: FilmstripLayout | null = null): ProcessOutcome => ({
    status: problems.length ? 'failed' : 'ready',
    error: problems.length ? problems.join(' ') : null,
    probe,
    derivatives: made,
    filmstrip,
  });

  if (input.type === 'image' && isHeif(input.mimeType)) return processHeif(input, { at, step, made, problems, outcome });

  let probe: ProbeResult;
  try {
    probe = await probeMedia(input.source, common);
  } catch (err) {
    if (input.signal?.aborted) throw err;
    problems.push(reasonOf(err));
    return outcome(null);
  }

  if (input.type === 'image') {
    await step('No thumbnail', async () => {
      await makeThumbnail(input.source, at('thumb.webp'), common);
      made.push({ name: 'thumb.webp', path: at('thumb.webp') });
    });
    return outcome(probe);
  }

  const duration = probe.duration ?? 0;
  if (duration <= 0) {
    problems.push(`The ${input.type === 'video' ? 'video' : 'audio'} is empty: it is 0 seconds long.`);
    return outcome(probe);
  }

  let filmstrip: FilmstripLayout | null = null;
  const picture = async () => {
    if (input.type !== 'video') return;
    if (!probe.hasVideo || !probe.width || !probe.height) {
      problems.push(`This video file has no picture${probe.hasAudio ? ' (sound only): use it as audio' : ''}.`);
      return;
    }
    const poster = step('No poster', async () => {
      await makePoster(input.source, at('poster.jpg'), { ...common, time: posterTime(duration) });
      made.push({ name: 'poster.jpg', path: at('poster.jpg') });
      await makeThumbnail(at('poster.jpg'), at('thumb.webp'), common);
      made.push({ name: 'thumb.webp', path: at('thumb.webp') });
    });
    const strip = step('No filmstrip', async () => {
      filmstrip = await makeFilmstrip({
        ...common,
        input: input.source,
        output: at('filmstrip.jpg'),
        workDir: path.join(input.workDir, 'tiles'),
        duration,
        fps: probe.fps,
        width: probe.width!,
        height: probe.height!,
      });
      await fsp.writeFile(at('filmstrip.json'), JSON.stringify(filmstripIndex(filmstrip)));
      made.push({ name: 'filmstrip.jpg', path: at('filmstrip.jpg') }, { name: 'filmstrip.json', path: at('filmstrip.json') });
    });
    await Promise.all([poster, strip]);
  };
  const sound = async () => {
    if (!probe.hasAudio) return;
    await step('No waveform', async () => {
      const waveform = await makeWaveform(input.source, { ...common, duration });
      await fsp.writeFile(at('waveform.json'), JSON.stringify(waveform));
      made.push({ name: 'waveform.json', path: at('waveform.json') });
    });
  };
  // Poster, filmstrip and waveform side by side: each is mostly one core of decoding (the filmstrip only
  // keyframes), so on 2 idle cores they finish in about the time of the longest.
  await Promise.all([picture(), sound()]);

  const why = proxyReason(probe);
  const hasPicture = input.type === 'video' && probe.hasVideo;
  if (why && (hasPicture || probe.hasAudio)) {
    if (duration > MAX_PROXY_SECONDS) {
      problems.push(
        `No web-playable copy: ${why}, and at ${formatDuration(duration)} it is longer than the ${formatDuration(MAX_PROXY_SECONDS)} ` +
          'Cutroom converts. The original is kept and renders read it.',
      );
    } else {
      const name = hasPicture ? 'proxy.mp4' : 'proxy.m4a';
      await step(`No web-playable copy (${why})`, async () => {
        await makeProxy(input.source, at(name), { ...common, hasVideo: hasPicture, hasAudio: probe.hasAudio, duration });
        made.push({ name, path: at(name) });
      });
    }
  }
  return outcome(probe, filmstrip);
}

interface Steps {
  at: (name: MadeDerivative['name']) => string;
  step: (what: string, run: () => Promise<void>) => Promise<void>;
  made: MadeDerivative[];
  problems: string[];
  outcome: (probe: ProbeResult | null) => ProcessOutcome;
}

/**
 * HEIC/HEIF: decoded (heic-decode, WebAssembly) into a JPEG/PNG copy stored as the file's proxy, which the
 * thumbnail is made from and which the preview and renders draw instead of the original.
 */
async function processHeif(input: ProcessInput, { at, step, made, problems, outcome }: Steps): Promise<ProcessOutcome> {
  let decoded;
  try {
    decoded = await decodeHeif(input.source, input.workDir, { tools: input.tools, signal: input.signal });
  } catch (err) {
    if (input.signal?.aborted) throw err;
    problems.push(`This HEIC/HEIF image could not be decoded: ${reasonOf(err)}`);
    return outcome(null);
  }
  made.push({ name: decoded.name, path: decoded.path });
  await step('No thumbnail', async () => {
    await makeThumbnail(decoded.path, at('thumb.webp'), { tools: input.tools, signal: input.signal });
    made.push({ name: 'thumb.webp', path: at('thumb.webp') });
  });
  return outcome({
    format: 'heif', duration: null, width: decoded.width, height: decoded.height, fps: null, videoCodec: 'hevc', videoProfile: null,
    pixelFormat: null, audioCodec: null, hasVideo: true, hasAudio: false, rotation: 0, bitrate: null,
  });
}

function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds % 3600) / 60);
  return h ? `${h} h${m ? ` ${m} min` : ''}` : `${m} min`;
}
