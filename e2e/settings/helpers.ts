import { randomBytes } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

export const uniqueEmail = (what: string) => `${what}-${randomBytes(4).toString('hex')}@example.test`;

/** Signs in through the form, as a person would, and waits for the dashboard. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** Submits the sign-in form and returns the alert it shows (for failures). */
export async function failSignIn(page: Page, email: string, password: string): Promise<string> {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const alert = formAlert(page);
  await expect(alert).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
  return (await alert.textContent()) ?? '';
}

/** The form's error line (Next.js keeps an empty role="alert" route announcer on every page too). */
export const formAlert = (page: Page) => page.locator('form [role="alert"]');

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin$/);
}
