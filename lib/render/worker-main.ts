import { runWorker } from './worker';

// `npm run worker`: a render worker process (also started beside the app by `npm start`).
const controller = new AbortController();
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => controller.abort());

runWorker({ signal: controller.signal })
  .then(() => process.exit(0))
  .catch((err: unknown) => {
    console.error('[worker] fatal', err);
    process.exit(1);
  });
