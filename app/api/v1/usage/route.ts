import { withApi } from '@/lib/api/with-api';
import { getPeriodUsage, type PeriodUsage } from '@/lib/server/accounts';

const period = (p: PeriodUsage) => ({
  start: p.start.toISOString(),
  end: p.end.toISOString(),
  processing_minutes: p.processingMinutes,
  assets_processed: p.assetsProcessed,
  render_minutes: p.renderMinutes,
  renders: p.renders,
  credits_used: p.creditsUsed,
  credits_added: p.creditsAdded,
  uploaded_bytes: p.uploadedBytes,
});

// GET /api/v1/usage – RendrSink: storage, processing and render minutes, credits; this month and the previous one
export const GET = withApi(async ({ userId }) => {
  const u = await getPeriodUsage(userId);
  return Response.json({
    storage: { used_bytes: u.storageUsed, quota_bytes: u.storageQuota, plan: u.plan },
    credits: { balance: u.balance },
    current_period: period(u.current),
    previous_period: period(u.previous),
  });
}, { errors: 'rendrsink' });
