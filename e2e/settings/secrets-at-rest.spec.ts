import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { cli } from '../fixtures/cli';
import { E2E_POSTGRES_DIR, querySql } from '../fixtures/db';
import { signIn, signOut, uniqueEmail } from './helpers';

const root = path.resolve(__dirname, '..', '..');

/** Every file under `dir` (the PostgreSQL cluster: tables, write-ahead log). */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile());
}

test('the database holds no plaintext password or API key', async ({ page }) => {
  // Secrets made every way the app makes them: sign-up form, password change, CLI user, CLI key, settings key.
  const email = uniqueEmail('atrest');
  const signUpPassword = 'first-secret-pass-1';
  const newPassword = 'second-secret-pass-2';
  await page.goto('/signup');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(signUpPassword);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto('/settings/account');
  const form = page.getByRole('form', { name: 'Change password' });
  await form.getByLabel('Current password').fill(signUpPassword);
  await form.getByLabel('New password').fill(newPassword);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('status')).toContainText('Password changed');

  await page.goto('/settings/api-keys');
  await page.getByLabel('Key name').fill('at rest');
  await page.getByRole('button', { name: 'Create key' }).click();
  const uiKey = (await page.getByTestId('new-key-value').textContent()) ?? '';
  expect(uiKey).toMatch(/^sk-/);

  const cliEmail = uniqueEmail('atrest-cli');
  const cliPassword = 'cli-secret-pass-3';
  cli('user', 'create', '--email', cliEmail, '--password', cliPassword);
  const cliKey = cli('key', 'create', '--email', cliEmail).trim().split('\n').at(-1) ?? '';
  await signOut(page);
  await signIn(page, cliEmail, cliPassword); // what is stored still verifies

  const secrets = [signUpPassword, newPassword, cliPassword, uiKey, cliKey, uiKey.slice(10), cliKey.slice(10)];

  // Every cell of the User and ApiKey tables, read straight from the database.
  for (const table of ['User', 'ApiKey']) {
    const { rows } = await querySql(`SELECT * FROM "${table}"`);
    expect(rows.length, table).toBeGreaterThan(0);
    const cells = rows.flatMap((r) => Object.values(r).map((v) => String(v)));
    for (const secret of secrets) expect(cells.filter((c) => c.includes(secret)), `${table} holds a secret`).toEqual([]);
  }
  // And what is stored instead: scrypt hashes and sha256 digests.
  const users = await querySql('SELECT "passwordHash" FROM "User" WHERE email IN ($1, $2)', [email, cliEmail]);
  expect(users.rows.map((r) => String(r.passwordHash))).toEqual([expect.stringMatching(/^scrypt\$/), expect.stringMatching(/^scrypt\$/)]);
  const keys = await querySql('SELECT hash, prefix FROM "ApiKey"');
  for (const k of keys.rows) {
    expect(String(k.hash)).toMatch(/^[0-9a-f]{64}$/);
    expect(String(k.prefix)).toHaveLength(10);
  }

  // Nor anywhere in the raw bytes of the cluster's files: tables, indexes, the write-ahead log (flushed first).
  await querySql('CHECKPOINT');
  const needles = secrets.map((secret) => Buffer.from(secret));
  const holding = filesUnder(path.resolve(root, E2E_POSTGRES_DIR, 'postgres')).filter((file) => {
    const bytes = fs.readFileSync(file);
    return needles.some((needle) => bytes.includes(needle));
  });
  expect(holding.map((file) => path.relative(root, file)), 'cluster files that contain a secret').toEqual([]);
});
