import fs from 'node:fs';
import { getSettings } from '../config';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * The Chromium every renderer call gets as `browserExecutable`: BROWSER_EXECUTABLE, else the usual
 * system paths. Without one, Remotion would try to download a browser at run time.
 */
export function findBrowserExecutable(): string | null {
  const fromEnv = getSettings().browserExecutable;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`BROWSER_EXECUTABLE=${fromEnv} does not exist`);
    return fromEnv;
  }
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

export function requireBrowserExecutable(): string {
  const found = findBrowserExecutable();
  if (!found) {
    throw new Error('No Chromium found. Set BROWSER_EXECUTABLE or run `npm run setup` (installs Debian chromium).');
  }
  return found;
}
