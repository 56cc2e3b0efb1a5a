import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/api/session';

export default async function Home() {
  redirect((await currentUser()) ? '/dashboard' : '/signin');
}
