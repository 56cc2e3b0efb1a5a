import { formatBytes } from './format';

/** Storage used against the plan's quota, as a bar that turns amber past 80 % and red when full. */
export function StorageMeter({ used, quota }: { used: number; quota: number }) {
  const percent = quota > 0 ? Math.min(100, (used / quota) * 100) : 100;
  const color = percent >= 100 ? 'bg-red-500' : percent >= 80 ? 'bg-amber-400' : 'bg-violet-500';
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-baseline justify-between text-sm">
        <span data-testid="storage-used">
          <span className="text-zinc-100">{formatBytes(used)}</span> <span className="text-zinc-400">of {formatBytes(quota)}</span>
        </span>
        <span className="text-zinc-400">{percent < 1 && used > 0 ? '<1' : Math.round(percent)}%</span>
      </div>
      <div role="meter" aria-label="Storage used" aria-valuemin={0} aria-valuemax={quota} aria-valuenow={used}
        aria-valuetext={`${formatBytes(used)} of ${formatBytes(quota)}`}
        className="h-2 w-full overflow-hidden rounded-full bg-zinc-800">
        <div className={`h-full rounded-full ${color}`} style={{ width: `${used > 0 ? Math.max(percent, 0.5) : 0}%` }} />
      </div>
    </div>
  );
}
