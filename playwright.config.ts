import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3210);
const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? '.data-e2e';

/** Real server (built app + render worker, fresh SQLite file), real Chromium (the system one). */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
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
  webServer: {
    command: 'node scripts/start.mjs --fresh',
    url: `http://localhost:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      DATA_DIR: E2E_DATA_DIR,
      APP_URL: `http://localhost:${PORT}`,
      ALLOW_PRIVATE_WEBHOOKS: '1',
      ALLOW_PRIVATE_MEDIA: '1', // the specs serve their media from loopback
      RENDER_FETCH_TIMEOUT_MS: '3000', // e2e/api/slow-sources.spec.ts waits for it
      WEBHOOK_RETRY_DELAYS_MS: '500,1000,1000,1000,1000', // 6 attempts in seconds, not an hour
      FREE_CREDITS: '100',
      MAX_UPLOAD_BYTES: '20000000', // small enough that e2e/api/files.spec.ts reaches FILE_TOO_LARGE with 21 MB
      ADMIN_EMAILS: 'admin@example.test',
      RATE_LIMIT_REQUESTS: '100000', // the config fuzz sends 2400 requests with one key in a minute
      PUBLIC_PREVIEWS: '1', // e2e/api/clip-types.spec.ts: the key-less preview routes
      PUBLIC_PREVIEWS_PER_HOUR: '3',
    },
  },
});
