import { startTestPostgres } from './test-postgres';

/**
 * Vitest globalSetup: one embedded PostgreSQL for the whole run. Its superuser URL goes to every test fork
 * as CUTROOM_TEST_POSTGRES_URL; useFreshDatabase() makes each test file a database of its own on it.
 */
export default async function setup() {
  const server = await startTestPostgres();
  process.env.CUTROOM_TEST_POSTGRES_URL = server.url;
  return async () => {
    await server.stop();
  };
}
