'use client';

import { Button, IconButton } from '@/components/ui/button';
import { AlertIcon, CloseIcon, DownloadIcon } from '@/components/ui/icons';
import { ProgressBar } from '@/components/ui/progress-bar';
import type { RenderStage } from '@/lib/editor';
import { useEditor } from './editor-context';
import type { RenderController } from './use-render';

const stageLabels: Record<RenderStage, string> = {
  queued: 'Queued',
  rendering: 'Rendering frames',
  combining: 'Combining chunks',
  finalizing: 'Finalizing',
};

/** Safe file name for the download: "My video!" → "My video.mp4". */
function downloadName(title: string): string {
  const base = title.replace(/[\\/:*?"<>|]+/g, '').trim().slice(0, 80);
  return `${base || 'video'}.mp4`;
}

/** Render progress, result and errors; shown above the inspector once a render is involved. */
export function RenderPanel({ render }: { render: RenderController }) {
  const { status, isStarting, startError, receipt } = render;
  const title = useEditor((s) => s.title);
  if (!render.hasActivity) return null;

  return (
    <section aria-label="Export" className="border-b border-zinc-800 bg-zinc-900/60 px-3 py-3">
      <div className="mb-2 flex items-center justify-between">
        <h3 className="text-[11px] font-semibold tracking-wider text-zinc-500 uppercase">Export</h3>
        <IconButton label="Dismiss" size="sm" onClick={render.dismiss}>
          <CloseIcon width={14} height={14} />
        </IconButton>
      </div>

      {startError ? (
        <div role="alert" className="mb-2 flex gap-2 rounded-md border border-red-500/30 bg-red-500/10 p-2 text-xs text-red-200">
          <AlertIcon className="mt-0.5 shrink-0" />
          <span>{startError}</span>
        </div>
      ) : null}

      {isStarting ? <p className="text-xs text-zinc-400">Starting…</p> : null}

      {!isStarting && status.status === 'rendering' ? (
        <div className="flex flex-col gap-1.5">
          <div className="flex items-center justify-between text-xs">
            <span className="text-zinc-300" data-testid="render-stage">
              {status.stage ? stageLabels[status.stage] : 'Working'}
            </span>
            <span className="text-zinc-400 tabular-nums">{Math.round(status.progress)}%</span>
          </div>
          <ProgressBar value={status.progress} label="Render progress" />
          {render.pollError ? (
            <p className="text-[11px] text-amber-300">Could not check progress ({render.pollError}); retrying…</p>
          ) : null}
        </div>
      ) : null}

      {!isStarting && status.status === 'failed' && !startError ? (
        <div role="alert" className="flex flex-col gap-2 rounded-md border border-red-500/30 bg-red-500/10 p-2 text-xs text-red-200">
          <div className="flex gap-2">
            <AlertIcon className="mt-0.5 shrink-0" />
            <span>{status.error ?? 'The render failed.'}</span>
          </div>
          <Button size="sm" variant="secondary" className="self-start" onClick={render.requestRender}>
            Try again
          </Button>
        </div>
      ) : null}

      {!isStarting && status.status === 'completed' && status.videoUrl ? (
        <div className="flex flex-col gap-2">
          <video
            data-testid="render-output"
            src={status.videoUrl}
            controls
            playsInline
            preload="metadata"
            className="aspect-video w-full rounded-md bg-black"
          />
          <div className="flex items-center justify-between gap-2">
            <a
              href={status.videoUrl}
              download={downloadName(title)}
              className="inline-flex h-7 items-center gap-1.5 rounded-md bg-indigo-500 px-2.5 text-xs font-medium text-white hover:bg-indigo-400"
            >
              <DownloadIcon width={14} height={14} />
              Download MP4
            </a>
            {receipt?.cost !== undefined ? (
              <span className="text-[11px] text-zinc-500">
                {receipt.alreadyRendered ? 'Already rendered' : `${receipt.cost} credit${receipt.cost === 1 ? '' : 's'}`}
                {receipt.remainingCredits !== undefined ? ` · ${receipt.remainingCredits} left` : ''}
              </span>
            ) : null}
          </div>
        </div>
      ) : null}

      {!isStarting && status.status === 'rendering' && receipt?.cost !== undefined ? (
        <p className="mt-1.5 text-[11px] text-zinc-500">
          {receipt.cost} credit{receipt.cost === 1 ? '' : 's'}
          {receipt.remainingCredits !== undefined ? ` · ${receipt.remainingCredits} left` : ''}
        </p>
      ) : null}
    </section>
  );
}
