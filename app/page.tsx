import { redirect } from 'next/navigation';
import { auth } from '@/lib/api/auth';

export default async function Home() {
  redirect((await auth())?.user?.id ? '/dashboard' : '/signin');
}
