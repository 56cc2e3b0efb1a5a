'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

const stageLabel: Record<string, string> = {
  queued: 'Waiting for a render worker…',
  rendering: 'Rendering frames…',
  combining: 'Joining the parts…',
  finalizing: 'Finishing the file…',
};

const POLL_MS = 1500;
/** A refresh that has not replaced the page this long after the render ended is given up for a reload. */
const REFRESH_GRACE_MS = 8000;

/**
 * A live progress bar for a public page while its task renders. The server renders the first numbers; then this
 * asks /watch/:taskId/progress every 1.5 s (a tiny JSON read, no API key, each request with its own timeout) and
 * moves the bar. When the render has ended it refreshes the page once, so the page turns into the video; should
 * that refresh never land (a request that hung, a server error while the render finished), it reloads the page.
 * The next poll is only scheduled when the previous one has answered, so a slow server never gets a pile of them.
 */
export function RenderProgress({ taskId, progress, stage }: { taskId: string; progress: number; stage: string }) {
  const router = useRouter();
  const [live, setLive] = useState({ progress, stage });
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let endedAt = 0;
    const poll = async () => {
      try {
        const res = await fetch(`/watch/${encodeURIComponent(taskId)}/progress`, { cache: 'no-store', signal: AbortSignal.timeout(10_000) });
        const body = res.ok ? ((await res.json()) as { status: string; progress: number | null; stage: string | null }) : null;
        if (stopped) return;
        if (body?.status === 'rendering') {
          if (body.progress !== null) setLive({ progress: body.progress, stage: body.stage ?? 'rendering' });
        } else if (body) {
          if (!endedAt) {
            endedAt = Date.now();
            router.refresh();
          } else if (Date.now() - endedAt > REFRESH_GRACE_MS) {
            window.location.reload();
            return;
          }
        }
      } catch {
        // A poll that failed or timed out: the next one tries again.
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [taskId, router]);
  return (
    <div className="mx-auto mb-4 flex flex-col gap-2" data-testid="watch-render-progress">
      <div className="flex justify-between text-xs text-zinc-400">
        <span>{stageLabel[live.stage] ?? 'Rendering…'}</span>
        <span>{live.progress}%</span>
      </div>
      <div role="progressbar" aria-label="Render progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={live.progress}
        className="h-1.5 w-full overflow-hidden rounded-full bg-zinc-800">
        <div className="h-full rounded-full bg-violet-500 transition-[width] duration-500" style={{ width: `${live.progress}%` }} />
      </div>
    </div>
  );
}
