import { attemptDelivery } from './attempt-delivery';
import { claimDueDeliveries } from './claim-due-deliveries-sql';

/** How long a dispatcher holds the deliveries it claimed before another may take them over. */
const DELIVERY_LEASE_MS = 60_000;

/** Claims and attempts the deliveries that are due. Safe with several dispatchers (leases, SKIP LOCKED). */
export async function dispatchDueWebhooks(owner: string, limit = 10): Promise<number> {
  const due = await claimDueDeliveries({ owner, now: new Date(), leaseMs: DELIVERY_LEASE_MS, limit });
  for (const d of due) await attemptDelivery(d);
  return due.length;
}
