import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useFreshDatabase } from '../lib/server/testing/fresh-database';

// The real CLI as a self-hoster runs it, against a real SQLite file; the database is read back directly.
const root = path.resolve(__dirname, '..');
let dataDir: string;
let db: typeof import('../lib/server/db/client').db;
let hashApiKey: typeof import('../lib/server/accounts').hashApiKey;

function cli(...args: string[]): { status: number; out: string } {
  try {
    const out = execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/cli.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, out };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { status: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

beforeAll(async () => {
  dataDir = useFreshDatabase();
  db = (await import('../lib/server/db/client')).db;
  hashApiKey = (await import('../lib/server/accounts')).hashApiKey;
  expect(cli('user', 'create', '--email', 'cli@example.test', '--password', 'password1', '--credits', '30').status).toBe(0);
});

const ledgerOf = async (email: string) => {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const rows = await db.creditLedger.findMany({ where: { userId: user.id }, orderBy: { createdAt: 'asc' } });
  return { credits: user.credits, rows: rows.map((r) => [r.reason, r.amount, r.balanceAfter, r.note]) };
};

describe('npm run cli -- credits grant', () => {
  it('records grants and negative adjustments in the ledger', async () => {
    expect(cli('credits', 'grant', '--email', 'cli@example.test', '--amount', '20').out).toContain('now has 50 credits');
    const removed = cli('credits', 'grant', '--email', 'cli@example.test', '--amount', '-45', '--note', 'chargeback');
    expect(removed).toEqual({ status: 0, out: 'cli@example.test now has 5 credits\n' });
    expect(await ledgerOf('cli@example.test')).toEqual({
      credits: 5,
      rows: [
        ['signup', 30, 30, null],
        ['grant', 20, 50, 'Granted from the CLI'],
        ['adjustment', -45, 5, 'chargeback'],
      ],
    });
  });

  it('refuses to take the balance below zero, and changes nothing', async () => {
    const res = cli('credits', 'grant', '--email', 'cli@example.test', '--amount', '-6');
    expect(res.status).toBe(1);
    expect(res.out).toContain('cannot go below zero');
    expect((await ledgerOf('cli@example.test')).credits).toBe(5);
  });

  it.each([
    [['--amount', '0'], 'non-zero whole number'],
    [['--amount', '1.5'], 'must be a whole number'],
    [['--amount', 'lots'], 'must be a whole number'],
  ])('rejects %j', (args, message) => {
    const res = cli('credits', 'grant', '--email', 'cli@example.test', ...args);
    expect(res.status).toBe(1);
    expect(res.out).toContain(message);
  });
});

describe('npm run cli -- key create / key revoke', () => {
  it('prints the key once, stores its hash, and revokes it by prefix', async () => {
    const created = cli('key', 'create', '--email', 'cli@example.test', '--name', 'ci');
    const key = created.out.trim().split('\n').at(-1) ?? '';
    expect(key).toMatch(/^sk-[A-Za-z0-9]{40}$/);
    const row = await db.apiKey.findUniqueOrThrow({ where: { hash: hashApiKey(key) } });
    expect(row.revokedAt).toBeNull();

    expect(cli('key', 'revoke', '--email', 'cli@example.test', '--prefix', key.slice(0, 12))).toMatchObject({ status: 0 });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: row.id } })).revokedAt).not.toBeNull();
    // Revoking again: no active key has that prefix.
    expect(cli('key', 'revoke', '--email', 'cli@example.test', '--prefix', key.slice(0, 12))).toMatchObject({ status: 1 });
  });
});
