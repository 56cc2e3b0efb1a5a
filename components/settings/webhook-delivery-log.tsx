import Link from 'next/link';
import type { listWebhookDeliveries } from '@/lib/server/webhooks';
import { formatDateTime } from './format';

type Delivery = Awaited<ReturnType<typeof listWebhookDeliveries>>[number];

const statusStyle: Record<string, string> = {
  delivered: 'bg-emerald-900 text-emerald-200',
  pending: 'bg-amber-900 text-amber-200',
  failed: 'bg-red-900 text-red-200',
};

/** Every webhook delivery, newest first, with each attempt's status code, duration and error. */
export function WebhookDeliveryLog({ deliveries }: { deliveries: Delivery[] }) {
  if (deliveries.length === 0) {
    return <p className="text-sm text-zinc-400">No deliveries yet. They appear here when a render or an asset with a <code className="text-zinc-300">webhook_url</code> reports an event.</p>;
  }
  return (
    <ul className="flex flex-col gap-3" aria-label="Webhook deliveries">
      {deliveries.map((d) => (
        <li key={d.id} data-testid="webhook-delivery" data-status={d.status} className="rounded-lg border border-zinc-800 bg-zinc-950 p-4">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            <span className={`rounded px-2 py-0.5 text-xs ${statusStyle[d.status] ?? 'bg-zinc-800'}`}>{d.status}</span>
            <span className="font-mono text-xs text-zinc-300">{d.event}</span>
            <span className="truncate text-zinc-400" title={d.url}>{d.url}</span>
            {d.taskId ? (
              <Link href={`/editor/${d.taskId}`} className="text-violet-400 hover:underline">video</Link>
            ) : d.assetId ? (
              <span className="font-mono text-xs text-zinc-400" title="Asset (RendrSink API)">{d.assetId}</span>
            ) : null}
            <span className="ml-auto text-xs text-zinc-500">{formatDateTime(d.createdAt)}</span>
          </div>
          {d.status === 'pending' && d.attempts > 0 && (
            <p className="mt-1 text-xs text-zinc-400">Next attempt {formatDateTime(d.nextAttemptAt)}</p>
          )}
          {d.attemptLog.length > 0 && (
            <table className="mt-3 w-full text-left text-xs" aria-label={`Attempts of ${d.id}`}>
              <thead className="text-zinc-500">
                <tr>
                  <th scope="col" className="py-1 pr-4 font-medium">Attempt</th>
                  <th scope="col" className="py-1 pr-4 font-medium">Response</th>
                  <th scope="col" className="py-1 pr-4 font-medium">Duration</th>
                  <th scope="col" className="py-1 font-medium">When</th>
                </tr>
              </thead>
              <tbody>
                {d.attemptLog.map((a) => (
                  <tr key={a.id} data-testid="webhook-attempt" className="border-t border-zinc-800/60 text-zinc-300">
                    <td className="py-1 pr-4">#{a.attempt}</td>
                    <td className={`py-1 pr-4 ${a.error ? 'text-red-300' : 'text-emerald-300'}`}>
                      {a.statusCode ?? '—'}{a.error ? ` · ${a.error}` : ' OK'}
                    </td>
                    <td className="py-1 pr-4">{a.durationMs} ms</td>
                    <td className="py-1 text-zinc-500">{formatDateTime(a.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </li>
      ))}
    </ul>
  );
}
