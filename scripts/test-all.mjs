// `npm test`: the whole suite on a fresh machine: browser, redis-server (for the BullMQ tests), lint,
// build (incl. type check), unit, e2e. Prints each stage's seconds at the end.
// `npm run test:long` (`--long`): the tests too long for npm test's 20-minute budget, which CI runs after it
// (.ci/run, the README's test command): the e2e tests tagged @long (E2E_LONG=1: Player = render over every config
// fixture, the 30-second promo scenario, the config fuzz, the inspector's screenshots), the held
// render = renderMedia over every fixture that holds frames (HELD_ALL_FIXTURES=1), the sample-exact sound sweep
// over every fixture (SOUND_ALL_FIXTURES=1), and a 1 GB upload to S3 storage with the
// web server's memory growth under 64 MB (S3_BIG_UPLOAD_MB=1024). It reuses the build npm test made when the
// sources (commit and uncommitted changes) are the same, and builds otherwise.
//
// Order: prisma generate, then lint beside the build (eslint is one core of work, the build leaves one idle
// for most of its time), then vitest, then Playwright. The render tests reuse the composition bundle the
// build made (its source stamp matches), so webpack runs once per suite.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { ensureBrowser } from './ensure-browser.mjs';
import { ensureFfmpeg } from './ensure-ffmpeg.mjs';
import { ensureRedis } from './ensure-redis.mjs';
import { bin, log, root } from './lib.mjs';

const long = process.argv.includes('--long');

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

/**
 * What the build was made from: the commit and every uncommitted change (git), hashed; null without git. The build
 * stage of npm test writes it beside the build, so test:long run after it knows the build is of these sources.
 */
function sourceStamp() {
  try {
    const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 ** 2 });
    return createHash('sha256').update(git('rev-parse', 'HEAD')).update(git('status', '--porcelain')).update(git('diff', 'HEAD')).digest('hex');
  } catch {
    return null;
  }
}
const STAMP_FILE = path.join(root, '.next', 'cutroom-test-source-stamp');

/** Whether `.next` and the composition bundle were built by npm test from the sources as they are now. */
function buildIsCurrent() {
  if (!fs.existsSync(path.join(root, 'build/remotion-bundle/index.html')) || !fs.existsSync(STAMP_FILE)) return false;
  const stamp = sourceStamp();
  return stamp !== null && fs.readFileSync(STAMP_FILE, 'utf8').trim() === stamp;
}

async function longSuite() {
  if (buildIsCurrent()) log('test', 'reusing the build npm test made of these sources');
  else {
    await stage('build (next build, bundle)', async () => {
      await exec(bin('next'), ['build'], { prefix: 'build', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
      await exec(bin('tsx'), ['lib/render/build-bundle.ts'], { prefix: 'build' });
    });
  }
  await stage('held = renderMedia, sound sweep: every fixture (vitest)', () =>
    exec(bin('vitest'), ['run', 'lib/render/held-render.render.test.ts', 'lib/render/sound-mix.render.test.ts', '-t', 'every config fixture'], {
      env: { ...process.env, HELD_ALL_FIXTURES: '1', SOUND_ALL_FIXTURES: '1' },
    }),
  );
  // Every e2e test tagged @long (playwright.config.ts), the whole-server ones after the others.
  await stage('@long e2e: Player = render, every fixture; the promo; the config fuzz; screenshots (playwright)', () =>
    exec(bin('playwright'), ['test'], { env: { ...process.env, E2E_LONG: '1', E2E_ALONE_LAST: '1' } }),
  );
  // Alone: it measures the web server's memory, which a busy machine's collector lag would inflate.
  await stage('1 GB upload to S3, memory flat (playwright)', () =>
    exec(bin('playwright'), ['test', 'api/s3-storage.spec.ts', '-g', 'a large upload streams'], { env: { ...process.env, S3_BIG_UPLOAD_MB: '1024' } }),
  );
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
  if (long) {
    await longSuite();
    report();
    log('test', `the long tests are green in ${((Date.now() - started) / 60000).toFixed(1)} min`);
    process.exit(0);
  }
  await stage('lint beside build (next build, bundle)', () =>
    Promise.all([
      exec(bin('eslint'), ['.', '--max-warnings=0'], { prefix: 'lint' }),
      (async () => {
        const stamp = sourceStamp();
        await exec(bin('next'), ['build'], { prefix: 'build', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
        await exec(bin('tsx'), ['lib/render/build-bundle.ts'], { prefix: 'build' });
        if (stamp) fs.writeFileSync(STAMP_FILE, `${stamp}\n`);
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
