// `npm run cli -- <command>`: administration for self-hosters and scripts.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getSettings, PLAN_NAMES } from '../lib/config';
import { importSqlite } from '../lib/server/db/import-sqlite';
import { createApiKey, revokeApiKeyByPrefix } from '../lib/server/accounts';
import { grantCredits } from '../lib/server/credits';
import { db } from '../lib/server/db/client';
import { ApiError } from '../lib/server/errors';
import { createInvite, createUser, getUserByEmailOrThrow, listAccountUsage, listInvites, setUserPlan } from '../lib/server/accounts';
import { isPlan } from '../lib/server/files/quota';

const usage = `Usage: npm run cli -- <command> [options]

  user create --email E --password P [--name N] [--credits N]
  user list
  user plan --email E --plan free|starter|standard|pro
  key create --email E [--name NAME]     prints the new key alone on the last line
  key revoke --email E --prefix sk-XXXXXXX
  credits grant --email E --amount N [--note TEXT]   (negative N removes credits)
  invite create [--note TEXT] [--days N]  prints the new invite code alone on the last line (SIGNUP=invite)
  invite list
  db import-sqlite <file> [--force]  copies every row of an old SQLite database (DATA_DIR/cutroom.db) into
                                     this PostgreSQL database; refuses one that holds rows unless --force`;

class UsageError extends Error {}

function need(values: Record<string, string | undefined>, ...names: string[]) {
  for (const n of names) if (!values[n]) throw new UsageError(`Missing --${n}`);
}

/** `--amount -50` → `--amount=-50`: Node 20's parseArgs would take `-50` for an option and refuse it. */
function joinNegativeValues(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    if (arg.startsWith('--') && !arg.includes('=') && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

async function main(argv: string[]) {
  const [group, action, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: joinNegativeValues(rest),
    options: {
      email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' }, credits: { type: 'string' },
      amount: { type: 'string' }, note: { type: 'string' }, plan: { type: 'string' }, prefix: { type: 'string' },
      days: { type: 'string' }, force: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  const v = values as Record<string, string | undefined>;
  if (positionals.length > 0 && `${group} ${action}` !== 'db import-sqlite') throw new UsageError(`Unexpected argument "${positionals[0]}"`);
  const wholeNumber = (flag: string) => {
    const n = Number(v[flag]);
    if (!Number.isInteger(n)) throw new UsageError(`--${flag} must be a whole number, got "${v[flag]}"`);
    return n;
  };

  switch (`${group ?? ''} ${action ?? ''}`) {
    case 'user create': {
      need(v, 'email', 'password');
      const user = await createUser({ email: v.email!, password: v.password!, name: v.name, credits: v.credits ? wholeNumber('credits') : undefined });
      console.log(`Created user ${user.email} (${user.id}) with ${user.credits} credits`);
      return;
    }
    case 'user list': {
      for (const u of await listAccountUsage()) console.log(`${u.email}\t${u.plan}\t${u.credits} credits\t${u.videos} videos\t${u.createdAt.toISOString()}`);
      return;
    }
    case 'user plan': {
      need(v, 'email', 'plan');
      const plan = v.plan!;
      if (!isPlan(plan)) throw new UsageError(`--plan must be one of ${PLAN_NAMES.join(', ')}`);
      const user = await getUserByEmailOrThrow(v.email!);
      await setUserPlan(user.id, plan);
      console.log(`${user.email} is now on the ${plan} plan`);
      return;
    }
    case 'key create': {
      need(v, 'email');
      const user = await getUserByEmailOrThrow(v.email!);
      const { key, apiKey } = await createApiKey({ userId: user.id, name: v.name });
      console.log(`Created API key "${apiKey.name}" for ${user.email}. It is shown once:`);
      console.log(key);
      return;
    }
    case 'key revoke': {
      need(v, 'email', 'prefix');
      const user = await getUserByEmailOrThrow(v.email!);
      await revokeApiKeyByPrefix({ userId: user.id, prefix: v.prefix! });
      console.log(`Revoked the key ${v.prefix}… of ${user.email}`);
      return;
    }
    case 'credits grant': {
      need(v, 'email', 'amount');
      const user = await getUserByEmailOrThrow(v.email!);
      const balance = await grantCredits({ userId: user.id, amount: wholeNumber('amount'), note: v.note ?? 'Granted from the CLI' });
      console.log(`${user.email} now has ${balance} credits`);
      return;
    }
    case 'invite create': {
      const { code, expiresAt } = await createInvite({ note: v.note, days: v.days ? wholeNumber('days') : undefined });
      console.log(`Created an invite${expiresAt ? ` valid until ${expiresAt.toISOString()}` : ''}. Sign up at /signup?invite=<code>. It is shown once:`);
      console.log(code);
      return;
    }
    case 'invite list': {
      for (const i of await listInvites()) {
        const state = i.usedAt ? `used ${i.usedAt.toISOString()}` : i.expiresAt && i.expiresAt < new Date() ? 'expired' : 'open';
        console.log(`${i.createdAt.toISOString()}\t${state}\t${i.note ?? ''}`);
      }
      return;
    }
    case 'db import-sqlite': {
      const file = positionals[0];
      if (!file || positionals.length > 1) throw new UsageError('db import-sqlite takes one SQLite file');
      const databaseUrl = getSettings().databaseUrl;
      if (!databaseUrl) throw new UsageError('DATABASE_URL is not set (run it through `npm run cli`)');
      const report = await importSqlite({ file: path.resolve(file), databaseUrl, force: values.force === true });
      const total = report.tables.reduce((n, t) => n + t.rows, 0);
      for (const t of report.tables) console.log(`${t.table}\t${t.rows} rows`);
      if (report.skipped.length) console.log(`Not copied (no such table in PostgreSQL): ${report.skipped.join(', ')}`);
      console.log(`Imported ${total} rows from ${report.tables.length} tables of ${file}`);
      return;
    }
    default:
      throw new UsageError(group ? `Unknown command "${[group, action].filter(Boolean).join(' ')}"` : 'No command given');
  }
}

main(process.argv.slice(2))
  .then(() => db.$disconnect())
  .catch(async (err: unknown) => {
    await db.$disconnect().catch(() => undefined);
    if (err instanceof UsageError || (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`Error: ${err.message}\n\n${usage}`);
    } else if (err instanceof ApiError) {
      console.error(`Error: ${err.message}`);
    } else {
      console.error('Error:', err);
    }
    process.exit(1);
  });
