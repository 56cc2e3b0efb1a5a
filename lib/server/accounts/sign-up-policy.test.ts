import { describe, expect, it } from 'vitest';
import { inviteNeededReason, signUpPolicy } from './sign-up-policy';

describe('signUpPolicy / inviteNeededReason', () => {
  it.each([
    ['open', [], 'a@any.test', null],
    ['invite', [], 'a@any.test', 'Sign-up here needs an invite code.'],
    ['open', ['team.example'], 'a@team.example', null],
    ['invite', ['team.example'], 'a@TEAM.example', null],
    ['open', ['team.example', 'x.test'], 'a@other.test', 'Sign-up is open to @team.example, @x.test addresses; others need an invite code.'],
  ] as const)('%s with domains %j: %s → %s', (mode, domains, email, reason) => {
    expect(inviteNeededReason(signUpPolicy({ mode, emailDomains: [...domains] }), email)).toBe(reason);
  });

  it('closed is closed whatever the domains', () => {
    expect(signUpPolicy({ mode: 'closed', emailDomains: ['team.example'] })).toEqual({ isClosed: true });
  });
});
