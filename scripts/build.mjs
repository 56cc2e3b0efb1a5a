// `npm run build`: Prisma client, the Next.js app, and the Remotion composition bundle (built once here,
// reused by every render).
import { bin, log, run } from './lib.mjs';

export function build() {
  log('build', 'prisma generate');
  run(bin('prisma'), ['generate'], { stdio: ['ignore', 'ignore', 'inherit'] });
  log('build', 'next build');
  run(bin('next'), ['build'], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  log('build', 'bundling the composition');
  run(bin('tsx'), ['lib/render/build-bundle.ts']);
}

if (import.meta.url === `file://${process.argv[1]}`) build();
