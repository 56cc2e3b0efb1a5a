import { redirect } from 'next/navigation';
import { signInAction } from '@/app/actions/auth';
import { AuthForm } from '@/components/account/auth-form';
import { safeNextPath } from '@/lib/api/safe-next-path';
import { currentUser } from '@/lib/api/session';

export const metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; deleted?: string }> }) {
  if (await currentUser()) redirect('/dashboard');
  const { next, deleted } = await searchParams;
  // Only same-site paths: never bounce a user to another origin after sign-in.
  const safeNext = safeNextPath(next) ?? undefined;
  const notice = deleted !== undefined ? 'Your account and everything in it were deleted.' : undefined;
  return <AuthForm mode="signin" action={signInAction} next={safeNext} notice={notice} />;
}
