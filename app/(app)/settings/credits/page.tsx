import Link from 'next/link';
import { z } from 'zod';
import { CostCalculator } from '@/components/settings/cost-calculator';
import { formatDate } from '@/components/settings/format';
import { LedgerTable } from '@/components/settings/ledger-table';
import { StorageMeter } from '@/components/settings/storage-meter';
import { card } from '@/components/settings/styles';
import { requireUser } from '@/lib/api/session';
import { listLedger } from '@/lib/server/credits';
import { getUsage } from '@/lib/server/accounts';

export const metadata = { title: 'Credits and usage' };

const PAGE_SIZE = 25;
const pageParam = z.coerce.number().int().min(1).catch(1);

// /settings/credits – balance, usage, cost calculator and the credit ledger (?page=N)
export default async function CreditsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireUser();
  const page = pageParam.parse((await searchParams).page);
  const [usage, ledger] = await Promise.all([getUsage(user.id), listLedger({ userId: user.id, page, limit: PAGE_SIZE })]);
  const pages = Math.max(1, Math.ceil(ledger.total / PAGE_SIZE));

  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-4 sm:grid-cols-2">
        <section className={card} aria-label="Balance">
          <h2 className="text-sm text-zinc-400">Balance</h2>
          <p data-testid="credits-balance" className="mt-1 text-3xl font-semibold">
            {usage.balance} <span className="text-base font-normal text-zinc-400">credits</span>
          </p>
        </section>
        <section className={card} aria-label="Renders this month">
          <h2 className="text-sm text-zinc-400">Renders this month</h2>
          <p data-testid="renders-this-month" className="mt-1 text-3xl font-semibold">{usage.rendersThisMonth}</p>
          <p className="mt-1 text-xs text-zinc-500">Since {formatDate(usage.monthStart)} (UTC)</p>
        </section>
      </div>

      <section className={card} aria-labelledby="storage-heading">
        <h2 id="storage-heading" className="mb-3 text-lg font-semibold">
          Storage <span className="text-sm font-normal text-zinc-400">· <span className="capitalize">{usage.plan}</span> plan</span>
        </h2>
        <StorageMeter used={usage.storageUsed} quota={usage.storageQuota} />
      </section>

      <section className={card} aria-labelledby="calculator-heading">
        <h2 id="calculator-heading" className="text-lg font-semibold">Cost calculator</h2>
        <p className="mt-1 mb-4 text-sm text-zinc-400">
          A render costs its duration in seconds × the quality multiplier, rounded up (at least 1 credit).
          Re-rendering an unchanged video is free.
        </p>
        <CostCalculator balance={usage.balance} />
      </section>

      <section className={card} aria-labelledby="ledger-heading">
        <div className="mb-3 flex items-baseline justify-between">
          <h2 id="ledger-heading" className="text-lg font-semibold">History</h2>
          <span className="text-sm text-zinc-400">{ledger.total} {ledger.total === 1 ? 'movement' : 'movements'}</span>
        </div>
        <LedgerTable entries={ledger.entries} />
        {pages > 1 && (
          <nav aria-label="Ledger pages" className="mt-4 flex items-center justify-between text-sm">
            {page > 1 ? <Link href={`?page=${page - 1}`} className="text-violet-400 hover:underline">← Newer</Link> : <span />}
            <span className="text-zinc-400">Page {page} of {pages}</span>
            {page < pages ? <Link href={`?page=${page + 1}`} className="text-violet-400 hover:underline">Older →</Link> : <span />}
          </nav>
        )}
      </section>
    </div>
  );
}
