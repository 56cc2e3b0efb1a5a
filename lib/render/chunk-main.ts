import { openBrowser } from '@remotion/renderer';
import { renderChunk } from './render-job';

/**
 * A chunk render in its own process (spawned by the worker for num_workers > 1). Reads its job as JSON
 * from argv[2], prints progress lines `{"progress":0.42}` on stdout, exits 0 when the chunk is written.
 */
async function main() {
  const job = JSON.parse(process.argv[2] ?? '{}') as Parameters<typeof renderChunk>[0] & { browserExecutable: string };
  const browser = await openBrowser('chrome', { browserExecutable: job.browserExecutable, logLevel: 'error' });
  try {
    await renderChunk({
      ...job,
      browser,
      onProgress: (progress) => process.stdout.write(`${JSON.stringify({ progress })}\n`),
    });
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
