// `npm run setup`: everything a fresh machine needs before `npm start`: a Chromium, ffmpeg, the build, and the
// database (the embedded PostgreSQL made under DATA_DIR/postgres unless DATABASE_URL is set) migrated.
import { ensureBrowser } from './ensure-browser.mjs';
import { ensureFfmpeg } from './ensure-ffmpeg.mjs';
import { build } from './build.mjs';
import { migrate } from './migrate.mjs';
import { ensureDatabaseUrl } from './postgres.mjs';
import { log, runtimeEnv } from './lib.mjs';

log('setup', `browser: ${await ensureBrowser()}`);
log('setup', `ffmpeg: ${ensureFfmpeg().ffmpeg}`);
build();
const env = runtimeEnv();
const database = await ensureDatabaseUrl(env, { log: (m) => log('db', m) });
try {
  await migrate(env);
} finally {
  await database.stop();
}
log('setup', 'done — run `npm start`');
