/**
 * next-auth's error logger. A failed sign-in (wrong password, rate limited) is an expected outcome
 * shown to the person, not a server error: no stack trace. Judged by the error's `type`, because the
 * production bundle renames error classes (`name` becomes a one-letter identifier).
 */
export function logAuthError(error: Error): void {
  const type = (error as { type?: unknown }).type;
  if (type === 'CredentialsSignin') return;
  // A session cookie that does not decrypt (garbage, an old secret) only means "signed out": one line.
  if (type === 'JWTSessionError') {
    console.warn('[auth] an unreadable session cookie was ignored');
    return;
  }
  console.error('[auth]', error);
}
