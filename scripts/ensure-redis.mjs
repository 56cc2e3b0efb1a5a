// Makes sure `redis-server` exists for the tests of the BullMQ scale-out path (the tests start their own
// on a free loopback port). REDIS_SERVER names a binary; else PATH; else (Debian/Ubuntu as root)
// `apt-get install redis-server`. The app itself never needs it: Redis is optional (REDIS_URL).
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { log } from './lib.mjs';

const onPath = () => {
  const res = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  return res.status === 0 ? res.stdout.trim() : null;
};

export function ensureRedis() {
  if (process.env.REDIS_SERVER) {
    if (!fs.existsSync(process.env.REDIS_SERVER)) throw new Error(`REDIS_SERVER=${process.env.REDIS_SERVER} not found`);
    return process.env.REDIS_SERVER;
  }
  const found = onPath();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (hasApt && isRoot) {
    log('redis', 'No redis-server found: installing Debian redis-server with apt-get (one time)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    // --no-install-recommends: the binary only; no service is enabled or started by the tests.
    const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'redis-server'], { stdio: 'inherit', env });
    const installed = onPath();
    if (update.status === 0 && install.status === 0 && installed) return installed;
    throw new Error('apt-get install redis-server failed');
  }
  throw new Error('redis-server is needed by the tests of the BullMQ path: install it (Debian: apt-get install redis-server) or set REDIS_SERVER.');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    log('redis', `using ${ensureRedis()}`);
  } catch (err) {
    console.error(`✖ ${err.message}`);
    process.exit(1);
  }
}
