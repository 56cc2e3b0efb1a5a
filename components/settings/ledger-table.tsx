import Link from 'next/link';
import type { LedgerEntry } from '@/lib/server/credits';
import { formatAmount, formatDateTime } from './format';

const reasonLabels: Record<string, string> = {
  signup: 'Sign-up credits',
  grant: 'Credits granted',
  render: 'Render',
  refund: 'Refund',
  adjustment: 'Adjustment',
};

/** Every credit movement: when, what, how much, and the balance it left. */
export function LedgerTable({ entries }: { entries: LedgerEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-zinc-400">No credit movements yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" aria-label="Credit ledger">
        <thead className="text-xs text-zinc-400 uppercase">
          <tr className="border-b border-zinc-800">
            <th scope="col" className="py-2 pr-4 font-medium">Date</th>
            <th scope="col" className="py-2 pr-4 font-medium">Movement</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Amount</th>
            <th scope="col" className="py-2 text-right font-medium">Balance after</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} data-testid="ledger-row" data-reason={e.reason} className="border-b border-zinc-800/60 last:border-0">
              <td className="py-3 pr-4 whitespace-nowrap text-zinc-400">
                <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time>
              </td>
              <td className="py-3 pr-4">
                <span className="font-medium">{reasonLabels[e.reason] ?? e.reason}</span>
                {e.taskId &&
                  (e.taskTitle !== null ? (
                    <>
                      {' · '}
                      <Link href={`/editor/${e.taskId}`} className="text-violet-400 hover:underline">{e.taskTitle}</Link>
                    </>
                  ) : (
                    <span className="text-zinc-500"> · deleted video</span>
                  ))}
                {e.note && <span className="block text-xs text-zinc-500">{e.note}</span>}
              </td>
              <td className={`py-3 pr-4 text-right font-mono tabular-nums ${e.amount > 0 ? 'text-emerald-400' : 'text-red-300'}`}>
                {formatAmount(e.amount)}
              </td>
              <td className="py-3 text-right font-mono tabular-nums text-zinc-300">{e.balanceAfter}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
