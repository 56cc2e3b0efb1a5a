import { notFound } from 'next/navigation';
import { formatBytes, formatDate } from '@/components/settings/format';
import { card } from '@/components/settings/styles';
import { requireUser } from '@/lib/api/session';
import { isAdminEmail, listAccountUsage } from '@/lib/server/accounts';

export const metadata = { title: 'Admin' };

// /admin – every account with balance and usage; ADMIN_EMAILS only (everyone else gets a 404)
export default async function AdminPage() {
  const user = await requireUser();
  if (!isAdminEmail(user.email)) notFound();
  const accounts = await listAccountUsage();
  const totals = accounts.reduce(
    (t, a) => ({ credits: t.credits + a.credits, videos: t.videos + a.videos, storage: t.storage + a.storageUsed, renders: t.renders + a.rendersThisMonth }),
    { credits: 0, videos: 0, storage: 0, renders: 0 },
  );
  const numeric = 'py-3 pr-4 text-right font-mono tabular-nums';
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Admin</h1>
        <p className="mt-1 text-sm text-zinc-400">
          {accounts.length} {accounts.length === 1 ? 'account' : 'accounts'}. Change plans and credits with the command line:{' '}
          <code className="text-zinc-300">npm run cli -- user plan …</code>, <code className="text-zinc-300">credits grant …</code>
        </p>
      </div>
      <section className={`${card} overflow-x-auto p-0`}>
        <table className="w-full text-left text-sm" aria-label="Accounts">
          <thead className="text-xs text-zinc-400 uppercase">
            <tr className="border-b border-zinc-800">
              <th scope="col" className="py-3 pr-4 pl-6 font-medium">Account</th>
              <th scope="col" className="py-3 pr-4 font-medium">Plan</th>
              <th scope="col" className="py-3 pr-4 text-right font-medium">Credits</th>
              <th scope="col" className="py-3 pr-4 text-right font-medium">Videos</th>
              <th scope="col" className="py-3 pr-4 text-right font-medium">Storage</th>
              <th scope="col" className="py-3 pr-4 text-right font-medium">Renders this month</th>
              <th scope="col" className="py-3 pr-6 font-medium">Joined</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id} data-testid="admin-account-row" className="border-b border-zinc-800/60">
                <td className="py-3 pr-4 pl-6">
                  <span className="block font-medium">{a.email}</span>
                  {a.name && <span className="block text-xs text-zinc-500">{a.name}</span>}
                </td>
                <td className="py-3 pr-4 capitalize">{a.plan}</td>
                <td className={numeric}>{a.credits}</td>
                <td className={numeric}>{a.videos}</td>
                <td className={`${numeric} whitespace-nowrap`}>
                  {formatBytes(a.storageUsed)} <span className="text-zinc-500">/ {formatBytes(a.storageQuota)}</span>
                </td>
                <td className={numeric}>{a.rendersThisMonth}</td>
                <td className="py-3 pr-6 whitespace-nowrap text-zinc-400">{formatDate(a.createdAt)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="text-zinc-300">
            <tr>
              <th scope="row" className="py-3 pr-4 pl-6 text-left font-medium">Total</th>
              <td />
              <td className={numeric}>{totals.credits}</td>
              <td className={numeric}>{totals.videos}</td>
              <td className={`${numeric} whitespace-nowrap`}>{formatBytes(totals.storage)}</td>
              <td className={numeric}>{totals.renders}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </section>
    </div>
  );
}
