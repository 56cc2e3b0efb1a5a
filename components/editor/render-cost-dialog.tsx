'use client';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { renderCost, qualityFor } from '@/lib/video';
import { useEditor } from './editor-context';
import type { RenderController } from './use-render';

const plural = (n: number) => `${n} credit${n === 1 ? '' : 's'}`;

/** "75.5" → "1:15.5", "10" → "10 s". */
function formatSeconds(seconds: number): string {
  const s = Number(seconds.toFixed(2));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  const rest = Number((s - m * 60).toFixed(2));
  return `${m}:${rest < 10 ? '0' : ''}${rest}`;
}

/**
 * Before a render: what it will cost (rendered length in whole frames × the quality multiplier —
 * `renderCost`, the same function the server charges with), the balance and the balance after, and
 * a confirmation. Nothing is charged until "Render" here is pressed.
 */
export function RenderCostDialog({ render }: { render: RenderController }) {
  const doc = useEditor((s) => s.doc);
  const { isConfirming, credits } = render;

  const cost = renderCost(doc);
  const { multiplier } = qualityFor(doc.meta.width, doc.meta.height);
  const isFree = render.renderedDoc === doc && render.status.status === 'completed';
  const charge = isFree ? 0 : cost.credits;
  const after = credits.balance === null ? null : credits.balance - charge;
  const isShort = after !== null && after < 0;
  const isEmpty = cost.seconds === 0;

  return (
    <ConfirmDialog
      isOpen={isConfirming}
      title="Render this video?"
      testId="render-cost-dialog"
      accent="indigo"
      confirmLabel={isFree ? 'Get the video' : `Render for ${plural(charge)}`}
      isConfirmDisabled={isShort || isEmpty}
      onConfirm={() => void render.start()}
      onCancel={render.cancelRender}
    >
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-zinc-100">
        <dt className="text-zinc-400">Duration</dt>
        <dd data-testid="cost-duration" className="text-right tabular-nums">{formatSeconds(cost.seconds)}</dd>
        <dt className="text-zinc-400">Quality</dt>
        <dd data-testid="cost-quality" className="text-right">
          {cost.quality} · {doc.meta.width}×{doc.meta.height} · ×{multiplier}
        </dd>
        <dt className="text-zinc-400">Cost</dt>
        <dd data-testid="cost-credits" data-credits={charge} className="text-right font-semibold tabular-nums">
          {isFree ? 'Free (already rendered)' : plural(charge)}
        </dd>
        <dt className="text-zinc-400">Balance</dt>
        <dd data-testid="cost-balance" className="text-right tabular-nums">
          {credits.balance === null ? (credits.error ? 'unavailable' : '…') : plural(credits.balance)}
        </dd>
        <dt className="text-zinc-400">After render</dt>
        <dd data-testid="cost-balance-after" className={`text-right font-medium tabular-nums ${isShort ? 'text-red-300' : 'text-emerald-300'}`}>
          {after === null ? '…' : plural(after)}
        </dd>
      </dl>
      <p className="mt-3 text-[11px] leading-snug text-zinc-500">
        {isFree
          ? 'Nothing changed since the last render: you get the same video again at no cost.'
          : `Credits = seconds × ${multiplier} for ${cost.quality}, rounded up to a whole credit.`}
      </p>
      {isEmpty ? <p role="alert" className="mt-3 rounded-md border border-amber-700/50 bg-amber-950/50 px-3 py-2 text-amber-200">Add something to the timeline first.</p> : null}
      {isShort ? (
        <p role="alert" className="mt-3 rounded-md border border-red-900 bg-red-950/60 px-3 py-2 text-red-300">
          Not enough credits: this render needs {plural(charge)}, you have {plural(credits.balance ?? 0)}.{' '}
          <a href="/settings/credits" className="underline">Get credits</a>
        </p>
      ) : null}
      {credits.error ? <p className="mt-3 text-xs text-amber-300">Could not load your balance ({credits.error}).</p> : null}
    </ConfirmDialog>
  );
}
