import { redirect } from 'next/navigation';
import { findUser } from '../server/accounts';
import { auth } from './auth';

/** The signed-in user, or null: no session, or a session whose account was deleted since. */
export async function currentUser() {
  const session = await auth();
  const userId = session?.user?.id;
  return userId ? findUser(userId) : null;
}

/** For pages: the signed-in user, or a redirect to sign-in (also when the account was deleted). */
export async function requireUser() {
  const user = await currentUser();
  if (!user) redirect('/signin');
  return user;
}
