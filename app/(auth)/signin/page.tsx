import { redirect } from 'next/navigation';
import { signInAction } from '@/app/actions/auth';
import { AuthForm } from '@/components/account/auth-form';
import { auth } from '@/lib/api/auth';

export const metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if ((await auth())?.user?.id) redirect('/dashboard');
  const { next } = await searchParams;
  // Only same-site paths: never bounce a user to another origin after sign-in.
  const safeNext = next && next.startsWith('/') && !next.startsWith('//') ? next : undefined;
  return <AuthForm mode="signin" action={signInAction} next={safeNext} />;
}
