// `npm test`: the whole suite on a fresh machine: browser, redis-server (for the BullMQ tests), lint,
// build (incl. type check), unit, e2e.
import { ensureBrowser } from './ensure-browser.mjs';
import { ensureFfmpeg } from './ensure-ffmpeg.mjs';
import { ensureRedis } from './ensure-redis.mjs';
import { build } from './build.mjs';
import { bin, log, run } from './lib.mjs';

const started = Date.now();
const browser = await ensureBrowser();
process.env.BROWSER_EXECUTABLE ||= browser;
// The BullMQ tests start their own redis-server on a free loopback port; the app never needs one.
process.env.REDIS_SERVER ||= ensureRedis();
// Upload processing and its tests run the system ffmpeg/ffprobe.
const ffmpeg = ensureFfmpeg();
process.env.FFMPEG_PATH ||= ffmpeg.ffmpeg;
process.env.FFPROBE_PATH ||= ffmpeg.ffprobe;
log('test', 'lint');
run(bin('eslint'), ['.', '--max-warnings=0']);
build();
log('test', 'unit tests (vitest)');
run(bin('vitest'), ['run']);
log('test', 'end-to-end tests (playwright, real server + real Chromium)');
run(bin('playwright'), ['test']);
log('test', `all green in ${((Date.now() - started) / 60000).toFixed(1)} min`);
