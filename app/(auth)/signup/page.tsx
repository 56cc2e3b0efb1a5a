import { redirect } from 'next/navigation';
import { signUpAction } from '@/app/actions/auth';
import { AuthForm } from '@/components/account/auth-form';
import { currentUser } from '@/lib/api/session';
import { passwordRules } from '@/lib/server/accounts/passwords';

export const metadata = { title: 'Sign up' };

export default async function SignUpPage() {
  if (await currentUser()) redirect('/dashboard');
  return <AuthForm mode="signup" action={signUpAction} passwordRules={passwordRules} />;
}
