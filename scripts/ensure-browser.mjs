// Makes sure a Chromium exists for rendering and e2e tests: BROWSER_EXECUTABLE, a system Chromium,
// or (Debian/Ubuntu as root) `apt-get install chromium`; elsewhere Remotion's ensureBrowser().
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { log } from './lib.mjs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

export async function ensureBrowser() {
  if (process.env.BROWSER_EXECUTABLE) {
    if (!fs.existsSync(process.env.BROWSER_EXECUTABLE)) throw new Error(`BROWSER_EXECUTABLE=${process.env.BROWSER_EXECUTABLE} not found`);
    return process.env.BROWSER_EXECUTABLE;
  }
  const found = candidates.find((p) => fs.existsSync(p));
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (hasApt && isRoot) {
    log('browser', 'No Chromium found: installing Debian chromium with apt-get (one time)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation', 'fonts-dejavu-core'], { stdio: 'inherit', env });
    if (update.status === 0 && install.status === 0 && fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
    throw new Error('apt-get install chromium failed');
  }
  log('browser', 'No system Chromium: asking Remotion for its headless browser…');
  const { ensureBrowser: remotionEnsure } = await import('@remotion/renderer');
  const status = await remotionEnsure();
  if (status.type === 'user-defined-path' || status.type === 'local-puppeteer-browser') return status.path;
  throw new Error('Could not obtain a browser');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureBrowser()
    .then((p) => log('browser', `using ${p}`))
    .catch((err) => {
      console.error(`✖ ${err.message}`);
      process.exit(1);
    });
}
