/**
 * next-auth's error logger. A failed sign-in (wrong password, rate limited) is an expected outcome
 * shown to the person, not a server error: no stack trace. Judged by the error's `type`, because the
 * production bundle renames error classes (`name` becomes a one-letter identifier).
 */
export function logAuthError(error: Error): void {
  if ((error as { type?: unknown }).type === 'CredentialsSignin') return;
  console.error('[auth]', error);
}
