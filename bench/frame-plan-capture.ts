/**
 * Capture-cost probe (not a test): bare renderMedia of the promo's first frames, side by side, in one run,
 * for several (tree, browser) variants — a tree is a checkout with its own composition bundle
 * (build/remotion-bundle) and lib/video; a browser variant is an executable plus extra Chromium flags.
 * Prints ms per frame for each pass, interleaved (A B A B …) so that load changes hit all variants alike.
 *
 *   npx tsx bench/frame-plan-capture.ts [--frames 90] [--rounds 2] [--trees /a,/b] [--variants name,name]
 *
 * Variants: debian (/usr/bin/chromium, Debian's wrapper adds --enable-gpu-rasterization), direct
 * (/usr/lib/chromium/chromium, Remotion's flags only), and direct+<flag> variants listed below.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promoConfig } from './lib/promo';
import { servePromoMedia } from './lib/promo-media';

function opt(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : (process.argv[i + 1] as string);
}

type Shot = { captureBeyondViewport?: boolean; fromSurface?: boolean; optimizeForSpeed?: boolean };
const BROWSERS: Record<string, { executable: string; flags: string[]; shot?: Shot; env?: Record<string, string> }> = {
  'debian-nobeyond': { executable: '/usr/bin/chromium', flags: [], shot: { captureBeyondViewport: false } },
  'debian-nosurface': { executable: '/usr/bin/chromium', flags: [], env: { DISABLE_FROM_SURFACE: '1' } },
  'shell-nobeyond': { executable: '/usr/lib/chromium/chromium-headless-shell', flags: [], shot: { captureBeyondViewport: false } },
  debian: { executable: '/usr/bin/chromium', flags: [] },
  direct: { executable: '/usr/lib/chromium/chromium', flags: [] },
  shell: { executable: '/usr/lib/chromium/chromium-headless-shell', flags: [] },
  'debian-nogpuraster': { executable: '/usr/bin/chromium', flags: ['--disable-gpu-rasterization'] },
  'direct-nogpucomp': { executable: '/usr/lib/chromium/chromium', flags: ['--disable-gpu-compositing'] },
  'direct-nogpu': { executable: '/usr/lib/chromium/chromium', flags: ['--disable-gpu'] },
};

const TICK_MS = 1000 / 100; // USER_HZ

/** CPU ms of this process's live descendants, by kind (chromium --type=…, ffmpeg, …), sampled until stopped. */
function cpuMeter() {
  const first = new Map<number, number>();
  const last = new Map<number, { kind: string; ticks: number; sys: number }>();
  const firstSys = new Map<number, number>();
  const sample = () => {
    const parent = new Map<number, number>();
    const info = new Map<number, { kind: string; ticks: number; sys: number }>();
    for (const name of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
        const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        parent.set(Number(name), Number(rest[1]));
        const cmd = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8');
        const type = /--type=([a-z-]+)/.exec(cmd)?.[1];
        const kind = comm.startsWith('chrom') || comm.startsWith('headless') ? `chromium ${type ?? 'browser'}${/--utility-sub-type=([\w.]+)/.exec(cmd)?.[1]?.replace(/^.*\./, ' ') ?? ''}` : comm;
        info.set(Number(name), { kind, ticks: Number(rest[11]) + Number(rest[12]), sys: Number(rest[12]) });
      } catch {
        // gone
      }
    }
    const isMine = (pid: number): boolean => {
      for (let p = parent.get(pid), n = 0; p !== undefined && n < 20; p = parent.get(p), n++) if (p === process.pid) return true;
      return false;
    };
    for (const [pid, v] of info) {
      if (!isMine(pid)) continue;
      if (!first.has(pid)) first.set(pid, v.ticks);
      if (!firstSys.has(pid)) firstSys.set(pid, v.sys);
      last.set(pid, v);
    }
  };
  sample();
  const startTicks = new Map(first); // processes started later count from 0
  const startSys = new Map(firstSys);
  const timer = setInterval(sample, 250);
  return {
    stop(): Map<string, number> {
      clearInterval(timer);
      sample();
      const byKind = new Map<string, number>();
      for (const [pid, v] of last) {
        const from = startTicks.get(pid) ?? 0;
        byKind.set(v.kind, (byKind.get(v.kind) ?? 0) + (v.ticks - from) * TICK_MS);
        byKind.set('(of which kernel)', (byKind.get('(of which kernel)') ?? 0) + (v.sys - (startSys.get(pid) ?? 0)) * TICK_MS);
      }
      return byKind;
    },
  };
}

type ScreenshotModule = { screenshotTask: (o: { page: { _client: () => { send: (m: string, p?: object) => Promise<{ data: string }> } }; format: string; width: number; height: number; jpegQuality?: number }) => Promise<Buffer> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const screenshotModule = require(path.join(path.dirname(require.resolve('@remotion/renderer')), 'screenshot-task.js')) as ScreenshotModule;
const originalScreenshot = screenshotModule.screenshotTask;

/** Remotion's capture (screenshot-task.js) with some Page.captureScreenshot parameters changed; undefined restores it. */
function patchScreenshot(shot: Shot | undefined) {
  if (!shot) return void (screenshotModule.screenshotTask = originalScreenshot);
  screenshotModule.screenshotTask = async ({ page, format, width, height, jpegQuality }) => {
    const { data } = await page._client().send('Page.captureScreenshot', {
      format,
      quality: jpegQuality,
      clip: { x: 0, y: 0, width, height, scale: 1 },
      captureBeyondViewport: true,
      optimizeForSpeed: true,
      fromSurface: true,
      ...shot,
    });
    return Buffer.from(data, 'base64');
  };
}

/** An executable that runs `executable` with Remotion's arguments plus `flags` (Remotion takes no extra flags). */
function wrapper(dir: string, name: string, executable: string, flags: string[]): string {
  if (flags.length === 0) return executable;
  const file = path.join(dir, `chromium-${name}`);
  fs.writeFileSync(file, `#!/bin/sh\nexec ${executable} "$@" ${flags.join(' ')}\n`, { mode: 0o755 });
  return file;
}

async function main() {
  const frames = Number(opt('frames', '90'));
  const rounds = Number(opt('rounds', '2'));
  const trees = opt('trees', process.cwd()).split(',');
  const variants = opt('variants', 'debian,direct').split(',');
  const out = path.resolve('bench/out/frame-plan');
  fs.mkdirSync(out, { recursive: true });
  const server = await servePromoMedia(out, 30);
  const base = server.base;
  const { openBrowser, renderMedia, selectComposition } = await import('@remotion/renderer');
  const wrappers = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-chromium-'));

  type Pass = { label: string; run: () => Promise<number> };
  const passes: Pass[] = [];
  for (const tree of trees) {
    const { validateVideoConfig } = (await import(path.join(tree, 'lib/video/index.ts'))) as typeof import('../lib/video');
    const { CUTROOM_COMPOSITION_ID } = (await import(path.join(tree, 'lib/composition/composition-id.ts'))) as typeof import('../lib/composition/composition-id');
    const parsed = validateVideoConfig(promoConfig(base, 30));
    if (!parsed.success) throw new Error(`${tree}: ${JSON.stringify(parsed.issues)}`);
    const inputProps = { config: parsed.config };
    const serveUrl = path.join(tree, 'build/remotion-bundle');
    for (const name of variants) {
      const b = BROWSERS[name];
      if (!b) throw new Error(`unknown variant ${name}`);
      const browserExecutable = wrapper(wrappers, name, b.executable, b.flags);
      passes.push({
        label: `${path.basename(tree)} ${name}`,
        run: async () => {
          patchScreenshot(b.shot);
          for (const [k, v] of Object.entries(b.env ?? {})) process.env[k] = v;
          const browser = await openBrowser('chrome', { browserExecutable, logLevel: 'error' });
          try {
            const composition = await selectComposition({ serveUrl, id: CUTROOM_COMPOSITION_ID, inputProps, browserExecutable, puppeteerInstance: browser, logLevel: 'error' });
            const started = performance.now();
            const meter = cpuMeter();
            await renderMedia({ composition, serveUrl, codec: 'h264', muted: true, frameRange: [0, frames - 1], outputLocation: path.join(out, `probe-${name}-${path.basename(tree)}.mp4`), inputProps, browserExecutable, puppeteerInstance: browser, logLevel: 'error' });
            const ms = performance.now() - started;
            const cpu = meter.stop();
            const total = [...cpu].filter(([k]) => !k.startsWith('(')).reduce((a, [, b]) => a + b, 0);
            console.log(`  cpu ms/frame: total ${(total / frames).toFixed(0)} — ${[...cpu].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / frames).toFixed(0)}`).join(', ')}`);
            return ms;
          } finally {
            patchScreenshot(undefined);
            for (const k of Object.keys(b.env ?? {})) delete process.env[k];
            await browser.close({ silent: true });
          }
        },
      });
    }
  }
  const times = new Map<string, number[]>();
  for (let r = 0; r < rounds; r++) {
    for (const pass of passes) {
      const ms = await pass.run();
      times.set(pass.label, [...(times.get(pass.label) ?? []), ms]);
      console.log(`round ${r + 1} ${pass.label.padEnd(34)} ${(ms / 1000).toFixed(1)} s  ${(ms / frames).toFixed(0)} ms/frame  ${((frames * 1000) / ms).toFixed(1)} fps  load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    }
  }
  console.log(`\n${frames} frames 1920×1080, ${os.cpus().length} cores`);
  for (const [label, list] of times) {
    const best = Math.min(...list);
    console.log(`${label.padEnd(34)} best ${(best / frames).toFixed(0)} ms/frame (${((frames * 1000) / best).toFixed(1)} fps), all ${list.map((ms) => (ms / frames).toFixed(0)).join(' / ')}`);
  }
  server.close();
  fs.rmSync(wrappers, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
