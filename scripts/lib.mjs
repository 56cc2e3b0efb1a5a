// Shared helpers for the project's Node scripts (plain ESM so they run before anything is built).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const bin = (name) => path.join(root, 'node_modules', '.bin', name);

export function log(step, msg) {
  console.log(`\x1b[36m[${step}]\x1b[0m ${msg}`);
}

/** Runs a command, inheriting stdio; exits the script when it fails. */
export function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (res.status !== 0) {
    console.error(`\n✖ ${cmd} ${args.join(' ')} failed (exit ${res.status ?? res.signal})`);
    process.exit(res.status || 1);
  }
}

export function runtimeEnv(overrides = {}) {
  const env = { ...process.env, ...overrides };
  env.PORT ||= '3000';
  env.DATA_DIR = path.resolve(root, env.DATA_DIR || './data');
  env.APP_URL ||= `http://localhost:${env.PORT}`;
  fs.mkdirSync(env.DATA_DIR, { recursive: true });
  if (!env.AUTH_SECRET) {
    const file = path.join(env.DATA_DIR, 'auth-secret');
    if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
    env.AUTH_SECRET = fs.readFileSync(file, 'utf8').trim();
  }
  env.AUTH_TRUST_HOST ||= 'true';
  env.NEXT_TELEMETRY_DISABLED = '1';
  return env;
}

export function spawnChild(cmd, args, env, name) {
  const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (stream, out) => {
    let buf = '';
    stream.on('data', (d) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      for (const line of lines) out.write(`[${name}] ${line}\n`);
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  return child;
}
