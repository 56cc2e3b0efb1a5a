// Makes sure the ffmpeg and ffprobe that upload processing runs exist (probe, thumbnails, filmstrips,
// waveforms, proxies need a full build: libx264, libwebp, librsvg, the tile/scale filters — Remotion's
// bundled ffmpeg has too few). FFMPEG_PATH / FFPROBE_PATH name binaries; else /usr/bin; else
// (Debian/Ubuntu as root) `apt-get install ffmpeg`.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { log } from './lib.mjs';

const systemPair = () => (fs.existsSync('/usr/bin/ffmpeg') && fs.existsSync('/usr/bin/ffprobe') ? { ffmpeg: '/usr/bin/ffmpeg', ffprobe: '/usr/bin/ffprobe' } : null);

export function ensureFfmpeg() {
  const { FFMPEG_PATH, FFPROBE_PATH } = process.env;
  if (FFMPEG_PATH || FFPROBE_PATH) {
    for (const [name, p] of [['FFMPEG_PATH', FFMPEG_PATH], ['FFPROBE_PATH', FFPROBE_PATH]]) {
      if (p && !fs.existsSync(p)) throw new Error(`${name}=${p} not found`);
    }
    if (FFMPEG_PATH && FFPROBE_PATH) return { ffmpeg: FFMPEG_PATH, ffprobe: FFPROBE_PATH };
  }
  const found = systemPair();
  if (found) return { ffmpeg: FFMPEG_PATH || found.ffmpeg, ffprobe: FFPROBE_PATH || found.ffprobe };
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (hasApt && isRoot) {
    log('ffmpeg', 'No ffmpeg found: installing Debian ffmpeg with apt-get (one time)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'ffmpeg'], { stdio: 'inherit', env });
    const installed = systemPair();
    if (update.status === 0 && install.status === 0 && installed) return installed;
    throw new Error('apt-get install ffmpeg failed');
  }
  throw new Error('Upload processing needs ffmpeg and ffprobe: install them (Debian: apt-get install ffmpeg) or set FFMPEG_PATH and FFPROBE_PATH.');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { ffmpeg, ffprobe } = ensureFfmpeg();
    log('ffmpeg', `using ${ffmpeg} and ${ffprobe}`);
  } catch (err) {
    console.error(`✖ ${err.message}`);
    process.exit(1);
  }
}
