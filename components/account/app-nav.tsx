'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';

/** The signed-in header's links; the current section is marked. */
export function AppNav({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname();
  const links = [
    { href: '/dashboard', label: 'Videos', match: '/dashboard' },
    { href: '/settings/account', label: 'Settings', match: '/settings' },
    ...(isAdmin ? [{ href: '/admin', label: 'Admin', match: '/admin' }] : []),
  ];
  return (
    <nav aria-label="Main" className="flex gap-1 text-sm">
      {links.map((l) => {
        const isCurrent = pathname === l.match || pathname.startsWith(`${l.match}/`);
        return (
          <Link key={l.href} href={l.href} aria-current={isCurrent ? 'page' : undefined}
            className={cn('rounded-md px-3 py-1.5', isCurrent ? 'bg-zinc-800 text-white' : 'text-zinc-300 hover:text-white')}>
            {l.label}
          </Link>
        );
      })}
    </nav>
  );
}
