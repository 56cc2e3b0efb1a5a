import Link from 'next/link';
import { signOutAction } from '@/app/actions/auth';
import { AppNav } from '@/components/account/app-nav';
import { requireUser } from '@/lib/api/session';
import { isAdminEmail } from '@/lib/server/accounts';

// The signed-in shell: every page under (app) needs a session (requireUser redirects to /signin).
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div className="min-h-screen">
      <header className="flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-zinc-800 bg-zinc-900/80 px-6 py-3">
        <Link href="/dashboard" className="text-lg font-semibold tracking-tight whitespace-nowrap">
          <span className="text-violet-400">▶</span> Cutroom
        </Link>
        <AppNav isAdmin={isAdminEmail(user.email)} />
        <div className="ml-auto flex items-center gap-4 text-sm text-zinc-400">
          <Link href="/settings/credits" data-testid="credit-balance" className="whitespace-nowrap hover:text-white">
            {user.credits} credits
          </Link>
          <span className="hidden truncate md:inline">{user.email}</span>
          <form action={signOutAction}>
            <button type="submit" className="rounded-md border border-zinc-700 px-3 py-1 whitespace-nowrap hover:bg-zinc-800">Sign out</button>
          </form>
        </div>
      </header>
      <main className="mx-auto max-w-6xl p-6">{children}</main>
    </div>
  );
}
