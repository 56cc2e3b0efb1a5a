import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useFreshDatabase } from '../lib/server/testing/fresh-database';

const root = path.resolve(__dirname, '..');
let dataDir = '';

function cli(...args: string[]) {
  const res = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

/** The same, without blocking: the error cases below run side by side (each is a process start, mostly CPU). */
function cliAsync(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/cli.ts', ...args], { cwd: root, env: { ...process.env, DATA_DIR: dataDir } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, out, err }));
  });
}

describe('the admin CLI (real process, real database file)', () => {
  beforeAll(() => {
    dataDir = useFreshDatabase();
  });

  it('creates a user, a key (alone on the last line), and grants credits', () => {
    expect(cli('user', 'create', '--email', 'Ada@Example.test', '--password', 'analytical1', '--credits', '7')).toMatchObject({ code: 0 });
    const key = cli('key', 'create', '--email', 'ada@example.test', '--name', 'ci');
    expect(key.code).toBe(0);
    expect(key.out.trim().split('\n').at(-1)).toMatch(/^sk-[A-Za-z0-9]{40}$/);
    const grant = cli('credits', 'grant', '--email', 'ada@example.test', '--amount', '5');
    expect(grant).toMatchObject({ code: 0 });
    expect(grant.out).toContain('now has 12 credits');
    expect(cli('credits', 'grant', '--email', 'ada@example.test', '--amount', '-2').out).toContain('now has 10 credits');
    expect(cli('user', 'list').out).toMatch(/ada@example\.test\tfree\t10 credits/);
  }, 90_000);

  it.concurrent.each([
    [['user', 'create', '--email', 'ada@example.test', '--password', 'analytical1'], /already exists/],
    [['key', 'create', '--email', 'nobody@example.test'], /No user with email nobody@example\.test/],
    [['credits', 'grant', '--email', 'ada@example.test', '--amount', 'lots'], /--amount must be a whole number/],
    [['credits', 'grant', '--email', 'ada@example.test', '--amount', '-1000'], /cannot go below zero/],
    [['user', 'create', '--email', 'x@example.test'], /Missing --password/],
    [['user', 'create', '--email', 'y@example.test', '--password', 'short'], /at least 8 characters/],
    [['user', 'plan', '--email', 'ada@example.test', '--plan', 'gold'], /--plan must be one of/],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['user', 'create', '--bogus', '1'], /Unknown option|unknown/i],
  ])('%j fails with a clear message and a non-zero exit', async (args, message) => {
    const res = await cliAsync(...args);
    expect(res.code).not.toBe(0);
    expect(res.err).toMatch(message);
  }, 90_000);
});
