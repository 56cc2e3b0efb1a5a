import { redirect } from 'next/navigation';
import { signUpAction } from '@/app/actions/auth';
import { AuthForm } from '@/components/account/auth-form';
import { auth } from '@/lib/api/auth';
import { passwordRules } from '@/lib/server/passwords';

export const metadata = { title: 'Sign up' };

export default async function SignUpPage() {
  if ((await auth())?.user?.id) redirect('/dashboard');
  return <AuthForm mode="signup" action={signUpAction} passwordRules={passwordRules} />;
}
