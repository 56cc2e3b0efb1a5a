import Link from 'next/link';
import { redirect } from 'next/navigation';
import { signUpAction } from '@/app/actions/auth';
import { AuthForm } from '@/components/account/auth-form';
import { currentUser } from '@/lib/api/session';
import { getSettings } from '@/lib/config';
import { passwordRules } from '@/lib/server/accounts/passwords';
import { signUpPolicy } from '@/lib/server/accounts/sign-up-policy';

export const metadata = { title: 'Sign up' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ invite?: string }> }) {
  if (await currentUser()) redirect('/dashboard');
  const policy = signUpPolicy(getSettings().signUp);
  if (policy.isClosed) {
    return (
      <div className="flex w-full max-w-sm flex-col gap-3 rounded-xl border border-zinc-800 bg-zinc-900 p-8 shadow-xl">
        <h1 className="text-xl font-semibold">Sign-up is closed</h1>
        <p className="text-sm text-zinc-400">This Cutroom server does not take new accounts. Ask its administrator for one.</p>
        <Link className="text-sm text-violet-400 hover:underline" href="/signin">Sign in</Link>
      </div>
    );
  }
  const { invite } = await searchParams;
  const hint =
    policy.needsInviteFor === 'everyone'
      ? 'Sign-up here needs an invite code from the administrator.'
      : `Not needed for ${policy.domains.map((d) => `@${d}`).join(', ')} addresses.`;
  return (
    <AuthForm mode="signup" action={signUpAction} passwordRules={passwordRules}
      invite={policy.needsInviteFor === 'nobody' ? undefined : { hint, code: typeof invite === 'string' ? invite : undefined }} />
  );
}
