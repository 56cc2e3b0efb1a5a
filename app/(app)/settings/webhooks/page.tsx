import { revealWebhookSecretAction, rotateWebhookSecretAction, setDefaultWebhookUrlAction } from '@/app/actions/settings';
import { DefaultWebhookForm } from '@/components/settings/default-webhook-form';
import { card } from '@/components/settings/styles';
import { WebhookDeliveryLog } from '@/components/settings/webhook-delivery-log';
import { WebhookSecretPanel } from '@/components/settings/webhook-secret-panel';
import { requireUser } from '@/lib/api/session';
import { getDefaultWebhookUrl, listWebhookDeliveries } from '@/lib/server/webhooks';

export const metadata = { title: 'Webhooks' };

const verifyExample = `import { createHmac, timingSafeEqual } from 'node:crypto';

// body: the raw request body (a string), before JSON.parse
function isGenuine(body, headers, secret) {
  const timestamp = headers['x-cutroom-timestamp'];
  const given = Buffer.from(headers['x-cutroom-signature'] ?? '');
  const hmac = createHmac('sha256', secret).update(\`\${timestamp}.\${body}\`).digest('hex');
  const expected = Buffer.from('sha256=' + hmac);
  const isFresh = Math.abs(Date.now() / 1000 - Number(timestamp)) < 300; // against replays
  return isFresh && given.length === expected.length && timingSafeEqual(given, expected);
}`;

const verifyAssetExample = `// body: the raw request body (a string), before JSON.parse
function isGenuineAssetEvent(body, headers, secret) {
  const given = Buffer.from(headers['x-fv-signature'] ?? '');
  const expected = Buffer.from('sha256=' + createHmac('sha256', secret).update(body).digest('hex'));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  return Math.abs(Date.now() - Date.parse(JSON.parse(body).timestamp)) < 300_000; // against replays
}`;

// /settings/webhooks – the account's webhook signing secret and the delivery log
export default async function WebhooksPage() {
  const user = await requireUser();
  const [deliveries, defaultUrl] = await Promise.all([listWebhookDeliveries(user.id), getDefaultWebhookUrl(user.id)]);
  return (
    <div className="flex flex-col gap-6">
      <section className={card} aria-labelledby="secret-heading">
        <h2 id="secret-heading" className="text-lg font-semibold">Signing secret</h2>
        <p className="mt-1 mb-4 max-w-prose text-sm text-zinc-400">
          When a render started with a <code className="text-zinc-300">webhook_url</code> finishes, or an asset uploaded with one
          (the RendrSink API) is processed, Cutroom POSTs the event there, signed with this secret so your receiver can tell it
          came from us.
        </p>
        <WebhookSecretPanel revealAction={revealWebhookSecretAction} rotateAction={rotateWebhookSecretAction} />
      </section>

      <section className={card} aria-labelledby="default-heading">
        <h2 id="default-heading" className="text-lg font-semibold">Default endpoint for asset events</h2>
        <p className="mt-1 mb-4 max-w-prose text-sm text-zinc-400">
          Asset events (the RendrSink API) go to the asset&apos;s own <code className="text-zinc-300">webhook_url</code>; an asset
          uploaded without one sends its events here. Renders use only the <code className="text-zinc-300">webhook_url</code>{' '}
          they were started with. Private and local addresses are refused.
        </p>
        <DefaultWebhookForm action={setDefaultWebhookUrlAction} current={defaultUrl} />
      </section>

      <section className={card} aria-labelledby="log-heading">
        <h2 id="log-heading" className="text-lg font-semibold">Delivery log</h2>
        <p className="mt-1 mb-4 max-w-prose text-sm text-zinc-400">
          The last 50 deliveries. A delivery that does not get a 2xx answer within 10 s is retried with backoff: 6
          attempts over about an hour.
        </p>
        <WebhookDeliveryLog deliveries={deliveries} />
      </section>

      <section className={card} aria-labelledby="verify-heading">
        <h2 id="verify-heading" className="text-lg font-semibold">Verifying a delivery</h2>
        <p className="mt-1 max-w-prose text-sm text-zinc-400">
          Each delivery carries <code className="text-zinc-300">X-Cutroom-Timestamp</code> (Unix seconds) and{' '}
          <code className="text-zinc-300">X-Cutroom-Signature: sha256=&lt;hex&gt;</code>, the HMAC-SHA256 of{' '}
          <code className="text-zinc-300">timestamp + &quot;.&quot; + body</code> with your secret. Recompute it, compare in
          constant time, and refuse old timestamps.
        </p>
        <pre className="mt-4 overflow-x-auto rounded-lg border border-zinc-800 bg-zinc-950 p-4 text-xs leading-relaxed text-zinc-300">
          <code>{verifyExample}</code>
        </pre>
        <p className="mt-4 max-w-prose text-sm text-zinc-400">
          Asset events (<code className="text-zinc-300">asset.processing</code>, <code className="text-zinc-300">asset.processed</code>,{' '}
          <code className="text-zinc-300">asset.failed</code>, <code className="text-zinc-300">asset.delivered</code>,{' '}
          <code className="text-zinc-300">thumbnail.generated</code>) follow RendrSink: <code className="text-zinc-300">X-FV-Signature: sha256=&lt;hex&gt;</code>{' '}
          is the HMAC-SHA256 of the raw body alone, with <code className="text-zinc-300">X-FV-Event</code>,{' '}
          <code className="text-zinc-300">X-FV-Delivery-ID</code> (the same across retries) and <code className="text-zinc-300">X-FV-Timestamp</code>;
          refuse replays by the body&apos;s <code className="text-zinc-300">timestamp</code> (each attempt is stamped anew).
        </p>
        <pre className="mt-4 overflow-x-auto rounded-lg border border-zinc-800 bg-zinc-950 p-4 text-xs leading-relaxed text-zinc-300">
          <code>{verifyAssetExample}</code>
        </pre>
      </section>
    </div>
  );
}
