import type { SignUpSettings } from '../../config/settings';

/** What the sign-up page asks of a person under these settings. */
export type SignUpPolicy = { isClosed: true } | { isClosed: false; needsInviteFor: 'everyone' | 'other-domains' | 'nobody'; domains: string[] };

export function signUpPolicy(s: Pick<SignUpSettings, 'mode' | 'emailDomains'>): SignUpPolicy {
  if (s.mode === 'closed') return { isClosed: true };
  const hasDomains = s.emailDomains.length > 0;
  const needsInviteFor = hasDomains ? 'other-domains' : s.mode === 'invite' ? 'everyone' : 'nobody';
  return { isClosed: false, needsInviteFor, domains: s.emailDomains };
}

/**
 * Why this email cannot sign up without an invite, or null when it can. Open sign-up with no domains:
 * anyone. With SIGNUP_EMAIL_DOMAINS: those domains, others with an invite. SIGNUP=invite without
 * domains: an invite for everyone.
 */
export function inviteNeededReason(policy: SignUpPolicy, email: string): string | null {
  if (policy.isClosed || policy.needsInviteFor === 'nobody') return null;
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  if (policy.needsInviteFor === 'other-domains' && policy.domains.includes(domain)) return null;
  return policy.needsInviteFor === 'everyone'
    ? 'Sign-up here needs an invite code.'
    : `Sign-up is open to ${policy.domains.map((d) => `@${d}`).join(', ')} addresses; others need an invite code.`;
}
