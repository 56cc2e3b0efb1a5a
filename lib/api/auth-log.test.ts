import { CredentialsSignin, JWTSessionError } from '@auth/core/errors';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logAuthError } from './auth-log';

afterEach(() => vi.restoreAllMocks());

describe('logAuthError', () => {
  it('logs nothing for failed sign-ins, even when the bundler renamed the class', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    // What the production bundle makes of `class RateLimitedSignIn extends CredentialsSignin`.
    const d = class extends CredentialsSignin {
      override code = 'rate_limited';
    };
    const renamed = new d();
    Object.defineProperty(renamed, 'name', { value: 'd' });
    logAuthError(renamed);
    logAuthError(new CredentialsSignin());
    expect(spy).not.toHaveBeenCalled();
  });

  it('logs other errors with their stack', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const err = new Error('database down');
    logAuthError(err);
    expect(spy).toHaveBeenCalledWith('[auth]', err);
  });

  it('logs an unreadable session cookie as one line, without a stack', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    logAuthError(new JWTSessionError('bad cookie'));
    expect(error).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith('[auth] an unreadable session cookie was ignored');
  });
});
