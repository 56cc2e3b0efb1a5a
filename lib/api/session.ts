import { redirect } from 'next/navigation';
import { db } from '../server/db/client';
import { auth } from './auth';

/** For pages: the signed-in user, or a redirect to sign-in (also when the account was deleted). */
export async function requireUser() {
  const session = await auth();
  const userId = session?.user?.id;
  const user = userId ? await db.user.findUnique({ where: { id: userId } }) : null;
  if (!user) redirect('/signin');
  return user;
}
