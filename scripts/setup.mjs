// `npm run setup`: everything a fresh machine needs before `npm start`: a Chromium, ffmpeg, the database, the build.
import { ensureBrowser } from './ensure-browser.mjs';
import { ensureFfmpeg } from './ensure-ffmpeg.mjs';
import { build } from './build.mjs';
import { migrate } from './migrate.mjs';
import { log } from './lib.mjs';

log('setup', `browser: ${await ensureBrowser()}`);
log('setup', `ffmpeg: ${ensureFfmpeg().ffmpeg}`);
build();
await migrate();
log('setup', 'done — run `npm start`');
