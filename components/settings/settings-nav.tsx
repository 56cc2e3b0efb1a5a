'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';

export const settingsSections = [
  { href: '/settings/account', label: 'Account' },
  { href: '/settings/api-keys', label: 'API keys' },
  { href: '/settings/credits', label: 'Credits and usage' },
  { href: '/settings/webhooks', label: 'Webhooks' },
] as const;

/** The settings sub-navigation (left column; a row of tabs on narrow screens). */
export function SettingsNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings" className="flex gap-1 overflow-x-auto md:flex-col">
      {settingsSections.map((s) => {
        const isCurrent = pathname === s.href;
        return (
          <Link key={s.href} href={s.href} aria-current={isCurrent ? 'page' : undefined}
            className={cn(
              'whitespace-nowrap rounded-md px-3 py-2 text-sm transition-colors',
              isCurrent ? 'bg-zinc-800 font-medium text-white' : 'text-zinc-400 hover:bg-zinc-900 hover:text-zinc-100',
            )}>
            {s.label}
          </Link>
        );
      })}
    </nav>
  );
}
