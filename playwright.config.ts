import { defineConfig } from '@playwright/test';
import { E2E_DATABASE_URL, E2E_POSTGRES_DIR, E2E_POSTGRES_PASSWORD, E2E_POSTGRES_PORT } from './e2e/fixtures/db';

const PORT = Number(process.env.E2E_PORT ?? 3210);
const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? '.data-e2e';
const ACCOUNT_FACTORY_PORT = PORT + 10_000; // e2e/fixtures/cli.ts reads the same
// Every process of the run that inherits this environment (the CLI, hardening-2's second server) uses the
// main server's database on the run's PostgreSQL; the limited servers name their own (e2e/fixtures/limited-servers.ts).
process.env.DATABASE_URL = E2E_DATABASE_URL;

/**
 * Specs that measure the whole server (its memory, its throughput, how soon the one render worker answers),
 * so another spec running beside them would skew what they measure (hardening-2's second server has second-long
 * request timeouts, which a busy machine would trip): they run after the others, one at a time.
 */
const ALONE = ['api/body-limits.spec.ts', 'api/config-fuzz.spec.ts', 'api/slow-sources.spec.ts', 'api/hardening-2.spec.ts'];

/**
 * Tests tagged `@long` run in `npm run test:long` (E2E_LONG=1; CI runs it after npm test), not in npm test's
 * 20-minute budget: Player = render for every config fixture (watch/fidelity.spec.ts, ~4–5 min at load 3), the
 * 30-second promo scenario (editor/promo.spec.ts, ~2 min), the config fuzz (api/config-fuzz.spec.ts) and the
 * inspector's screenshots. By hand: `E2E_LONG=1 npx playwright test watch/fidelity.spec.ts`.
 */
const LONG = process.env.E2E_LONG === '1';

/**
 * One real PostgreSQL for the run (E2E_PORT + 90), a fresh database on it for each app server; the real
 * server (built app + render worker), real Chromium (the system one).
 *
 * Spec files run in parallel on E2E_WORKERS workers (default 2; 3 was tried in session 6: the suite alone then ran at load 10–15 and editor
 * specs hit their 120 s timeouts, with no gain in wall time) against the one server; the tests inside a
 * file run in order. Every spec makes its own accounts, so specs do not see each other, except the ALONE ones.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  grep: LONG ? /@long/ : undefined,
  grepInvert: LONG ? undefined : /@long/,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  projects: [
    { name: 'shared', testIgnore: ALONE },
    // With E2E_ALONE_LAST=1 (npm test sets it) it runs once `shared` has finished, and is skipped when something
    // there failed. Not by default: a dependency always runs in full, so `playwright test <one ALONE spec>`
    // would run every other spec first.
    { name: 'alone', testMatch: ALONE, dependencies: process.env.E2E_ALONE_LAST ? ['shared'] : [], workers: 1 },
  ],
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath: process.env.BROWSER_EXECUTABLE || '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
  },
  webServer: [{
    // The run's PostgreSQL (the embedded one, fsync off; the cluster is kept in <E2E_DATA_DIR>-postgres between
    // runs, each server empties its own database). Stopped with SIGTERM so it shuts down cleanly.
    command: 'node scripts/postgres.mjs serve',
    port: E2E_POSTGRES_PORT,
    timeout: 120_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
    stdout: 'pipe',
    stderr: 'pipe',
    env: { DATA_DIR: E2E_POSTGRES_DIR, POSTGRES_PORT: String(E2E_POSTGRES_PORT), POSTGRES_PASSWORD: E2E_POSTGRES_PASSWORD, POSTGRES_DURABLE: '0' },
  }, {
    command: 'node scripts/start.mjs --fresh',
    url: `http://localhost:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      DATA_DIR: E2E_DATA_DIR,
      DATABASE_URL: E2E_DATABASE_URL, // emptied by --fresh
      APP_URL: `http://localhost:${PORT}`,
      ALLOW_PRIVATE_WEBHOOKS: '1',
      ALLOW_PRIVATE_MEDIA: '1', // the specs serve their media from loopback
      RENDER_FETCH_TIMEOUT_MS: '3000', // e2e/api/slow-sources.spec.ts waits for it
      WEBHOOK_RETRY_DELAYS_MS: '500,1000,1000,1000,1000', // 6 attempts in seconds, not an hour
      FREE_CREDITS: '100',
      MAX_UPLOAD_BYTES: '20000000', // small enough that e2e/api/files.spec.ts reaches FILE_TOO_LARGE with 21 MB
      PLAN_STORAGE_LIMITS: 'free=64MiB', // files.spec's quota test fills the free plan with three uploads, not 26
      ADMIN_EMAILS: 'admin@example.test',
      RATE_LIMIT_REQUESTS: '100000', // the config fuzz sends 2400 requests with one key in a minute
      RATE_LIMIT_SIGNUPS: '100000', // every spec's browser signs up from loopback (e2e/api/signup-limits.spec.ts has its own server)
      TRUST_PROXY: 'loopback', // the sign-in specs give each attempt its own X-Forwarded-For address
      PUBLIC_PREVIEWS: '1', // e2e/api/clip-types.spec.ts: the key-less preview routes
      PUBLIC_PREVIEWS_PER_HOUR: '3',
      // The one render worker is rendering most of the time here, and processing yields to it (8 % of a core), so
      // every upload spec would wait on it; the yield itself is tested in lib/media/tool-gate.test.ts and bench/media.ts.
      PROCESSING_YIELD: 'off',
    },
  }, {
    // Started after the server (which migrated the fresh database): e2e/fixtures/account-factory.ts.
    command: 'node_modules/.bin/tsx e2e/fixtures/account-factory.ts',
    url: `http://127.0.0.1:${ACCOUNT_FACTORY_PORT}/`,
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { DATA_DIR: E2E_DATA_DIR, DATABASE_URL: E2E_DATABASE_URL, ACCOUNT_FACTORY_PORT: String(ACCOUNT_FACTORY_PORT) },
  }],
});
