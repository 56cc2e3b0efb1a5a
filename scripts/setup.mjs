// `npm run setup`: everything a fresh machine needs before `npm start`: a Chromium, the database, the build.
import { ensureBrowser } from './ensure-browser.mjs';
import { build } from './build.mjs';
import { migrate } from './migrate.mjs';
import { log } from './lib.mjs';

log('setup', `browser: ${await ensureBrowser()}`);
build();
await migrate();
log('setup', 'done — run `npm start`');
