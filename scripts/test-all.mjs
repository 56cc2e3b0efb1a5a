// `npm test`: the whole suite on a fresh machine: browser, redis-server (for the BullMQ tests), lint,
// build (incl. type check), unit, e2e. Prints each stage's seconds at the end.
//
// Order: prisma generate, then lint beside the build (eslint is one core of work, the build leaves one idle
// for most of its time), then vitest, then Playwright. The render tests reuse the composition bundle the
// build made (its source stamp matches), so webpack runs once per suite.
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import { ensureBrowser } from './ensure-browser.mjs';
import { ensureFfmpeg } from './ensure-ffmpeg.mjs';
import { ensureRedis } from './ensure-redis.mjs';
import { bin, log, root } from './lib.mjs';

const started = Date.now();
/** CPU seconds used by finished children so far (Linux: /proc/self/stat cutime + cstime), or null. */
function childCpuSeconds() {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // After the ") " come state (field 3) …; cutime and cstime are fields 16 and 17, in clock ticks (100/s).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

const timings = [];
/** Runs a stage (sequentially), recording its wall seconds and the CPU seconds its children used. */
async function stage(name, fn) {
  log('test', name);
  const t0 = Date.now();
  const cpu0 = childCpuSeconds();
  try {
    await fn();
  } finally {
    const cpu1 = childCpuSeconds();
    timings.push({ name, seconds: (Date.now() - t0) / 1000, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 });
  }
}

/** Runs a command, inheriting stdio unless `prefix` is given (then its lines are prefixed); rejects on failure. */
function exec(cmd, args, { prefix, env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    if (prefix) {
      for (const [stream, out] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
        let buf = '';
        stream.on('data', (d) => {
          buf += d.toString();
          const lines = buf.split('\n');
          buf = lines.pop() ?? '';
          for (const line of lines) out.write(`[${prefix}] ${line}\n`);
        });
        stream.on('end', () => buf && out.write(`[${prefix}] ${buf}\n`));
      }
    }
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} failed (exit ${code ?? signal})`))));
  });
}

function report() {
  const total = (Date.now() - started) / 1000;
  console.log('\nstage timings (wall s; CPU s of its processes):');
  for (const t of timings) console.log(`  ${t.name.padEnd(34)} ${t.seconds.toFixed(1).padStart(7)} s${t.cpu === null ? '' : `   cpu ${t.cpu.toFixed(0)} s`}`);
  console.log(`  ${'total'.padEnd(34)} ${total.toFixed(1).padStart(7)} s (${(total / 60).toFixed(1)} min)`);
}

try {
  await stage('setup (browser, redis-server, ffmpeg)', async () => {
    const browser = await ensureBrowser();
    process.env.BROWSER_EXECUTABLE ||= browser;
    // The BullMQ tests start their own redis-server on a free loopback port; the app never needs one.
    process.env.REDIS_SERVER ||= ensureRedis();
    // Upload processing and its tests run the system ffmpeg/ffprobe.
    const ffmpeg = ensureFfmpeg();
    process.env.FFMPEG_PATH ||= ffmpeg.ffmpeg;
    process.env.FFPROBE_PATH ||= ffmpeg.ffprobe;
  });
  await stage('prisma generate', () => exec(bin('prisma'), ['generate'], { prefix: 'prisma' }));
  await stage('lint beside build (next build, bundle)', () =>
    Promise.all([
      exec(bin('eslint'), ['.', '--max-warnings=0'], { prefix: 'lint' }),
      (async () => {
        await exec(bin('next'), ['build'], { prefix: 'build', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
        await exec(bin('tsx'), ['lib/render/build-bundle.ts'], { prefix: 'build' });
      })(),
    ]),
  );
  await stage('unit tests (vitest)', () => exec(bin('vitest'), ['run']));
  // E2E_ALONE_LAST: the specs that measure the whole server run after the others (playwright.config.ts).
  await stage('end-to-end tests (playwright)', () => exec(bin('playwright'), ['test'], { env: { ...process.env, E2E_ALONE_LAST: '1' } }));
  report();
  log('test', `all green in ${((Date.now() - started) / 60000).toFixed(1)} min`);
} catch (err) {
  report();
  console.error(`\n✖ ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
