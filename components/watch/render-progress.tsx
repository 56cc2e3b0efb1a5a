'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

const stageLabel: Record<string, string> = {
  queued: 'Waiting for a render worker…',
  rendering: 'Rendering frames…',
  combining: 'Joining the parts…',
  finalizing: 'Finishing the file…',
};

/**
 * A live progress bar for a public page while its task renders: the server renders the numbers, and this
 * re-fetches the page every 1.5 s (no API key needed), so it turns into the video when the render is done.
 */
export function RenderProgress({ progress, stage }: { progress: number; stage: string }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 1500);
    return () => clearInterval(timer);
  }, [router]);
  return (
    <div className="mx-auto mb-4 flex flex-col gap-2" data-testid="watch-render-progress">
      <div className="flex justify-between text-xs text-zinc-400">
        <span>{stageLabel[stage] ?? 'Rendering…'}</span>
        <span>{progress}%</span>
      </div>
      <div role="progressbar" aria-label="Render progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress}
        className="h-1.5 w-full overflow-hidden rounded-full bg-zinc-800">
        <div className="h-full rounded-full bg-violet-500 transition-[width] duration-500" style={{ width: `${progress}%` }} />
      </div>
    </div>
  );
}
