import { defineConfig } from 'vitest/config';
import os from 'node:os';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    include: ['lib/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'sdk/src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // One embedded PostgreSQL per run; each test file that needs it makes its own database there.
    globalSetup: ['lib/server/testing/postgres-global-setup.ts'],
    pool: 'forks',
    // Vitest's default is one fork per core minus one: a single fork on a 2-core machine. Most of the slow
    // files wait on other processes (workers, Chromium, ffmpeg, leases running out), so two forks overlap
    // that waiting; VITEST_MAX_WORKERS overrides.
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS ?? Math.max(2, os.availableParallelism() - 1)),
  },
});
