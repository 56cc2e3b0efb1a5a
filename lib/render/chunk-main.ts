import fs from 'node:fs';
import { openBrowser } from '@remotion/renderer';
import { chromiumOptionsFor } from '../composition/chromium-gl';
import { captureFrames, renderChunk, type ChunkJob, type FramesJob } from './render-job';

/**
 * A chunk render (or a held render's share of captures) in its own process (spawned by the worker for num_workers > 1). Reads its job from the
 * JSON file named by argv[2], prints progress lines `{"progress":0.42}` on stdout, exits 0 when the chunk
 * is written. Its stdin is a pipe from the worker: end of input means the worker died, so it stops.
 */
async function main() {
  const job = JSON.parse(fs.readFileSync(process.argv[2] ?? '', 'utf8')) as ChunkJob | FramesJob;
  const browser = await openBrowser('chrome', { browserExecutable: job.browserExecutable, chromiumOptions: chromiumOptionsFor(job.config), logLevel: 'error' });
  process.stdin.on('end', () => {
    process.stderr.write('the worker went away; stopping\n');
    void browser.close({ silent: true }).finally(() => process.exit(1));
  });
  process.stdin.resume();
  try {
    const onProgress = (progress: number) => process.stdout.write(`${JSON.stringify({ progress })}\n`);
    if ('kind' in job) await captureFrames({ ...job, browser, onProgress });
    else await renderChunk({ ...job, browser, onProgress });
  } finally {
    await browser.close({ silent: true }).catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exit(1);
  },
);
