import Link from 'next/link';
import type { ReactNode } from 'react';
import { DownloadIcon } from '@/components/ui/icons';
import type { VideoConfig } from '@/lib/video';
import { ConfigPlayer } from './config-player';
import { formatDuration } from './format';

export interface WatchPageProps {
  title: string;
  width: number;
  height: number;
  fps: number;
  duration: number;
  quality?: string;
  /** A short status pill in the header ("Preview · expires in 7 days"). */
  badge: { label: string; tone: 'amber' | 'emerald' | 'zinc' };
  config: VideoConfig;
  /** The rendered MP4: shown instead of the live Player when present. */
  videoUrl?: string | null;
  posterUrl?: string | null;
  /** Shown above the stage (e.g. a live render progress bar). */
  notice?: ReactNode;
}

const tones = {
  amber: 'bg-amber-400/10 text-amber-300 ring-amber-400/30',
  emerald: 'bg-emerald-400/10 text-emerald-300 ring-emerald-400/30',
  zinc: 'bg-zinc-400/10 text-zinc-300 ring-zinc-400/25',
} as const;

/** The public viewer: the video (rendered MP4 or live Player) framed with its title and facts. */
export function WatchPage({ title, width, height, fps, duration, quality, badge, config, videoUrl, posterUrl, notice }: WatchPageProps) {
  // The stage is as large as fits the column and 70% of the viewport height, at the video's aspect
  // ratio; the title row below spans the same column (at least 32rem, for portrait videos).
  const fitWidth = `calc(70vh * ${width / height})`;
  const columnStyle = { width: `min(100%, max(32rem, ${fitWidth}))` };
  const stageStyle = { aspectRatio: `${width} / ${height}`, width: `min(100%, ${fitWidth})` };
  return (
    <WatchShell badge={<span className={`rounded-full px-2.5 py-1 text-xs font-medium ring-1 ${tones[badge.tone]}`}>{badge.label}</span>}>
      <div className="mx-auto" style={columnStyle}>
        {notice}
        <div
          className="mx-auto overflow-hidden rounded-xl bg-black shadow-2xl shadow-black/60 ring-1 ring-white/10"
          style={stageStyle}
          data-testid={videoUrl ? 'watch-video-stage' : 'watch-player'}
        >
          {videoUrl ? (
            <video
              src={videoUrl}
              poster={posterUrl ?? undefined}
              controls
              playsInline
              preload="metadata"
              className="h-full w-full bg-black"
              data-testid="watch-video"
            />
          ) : (
            <ConfigPlayer config={config} />
          )}
        </div>

        <div className="mt-6 flex flex-wrap items-start justify-between gap-4">
          <div className="min-w-0">
            <h1 className="truncate text-2xl font-semibold tracking-tight text-zinc-50">{title}</h1>
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-zinc-400" aria-label="Video details">
              <li data-testid="watch-size">
                {width} × {height}
              </li>
              <li data-testid="watch-duration">{formatDuration(duration)}</li>
              <li>{fps} fps</li>
              {quality ? <li>{quality}</li> : null}
            </ul>
          </div>
          {videoUrl ? (
            <a
              href={videoUrl}
              download
              className="inline-flex h-9 items-center gap-2 rounded-md bg-indigo-500 px-4 text-sm font-medium text-white transition-colors hover:bg-indigo-400"
            >
              <DownloadIcon /> Download MP4
            </a>
          ) : null}
        </div>
      </div>
    </WatchShell>
  );
}

/** Header, centred content and the "Made with Cutroom" footer shared by the viewer and its 404. */
export function WatchShell({ badge, children }: { badge?: ReactNode; children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col bg-[radial-gradient(ellipse_at_top,_rgba(99,102,241,0.12),_transparent_60%)]">
      <header className="flex items-center gap-4 px-6 py-4">
        <Link href="/" className="text-base font-semibold tracking-tight text-zinc-100">
          <span className="text-violet-400">▶</span> Cutroom
        </Link>
        <div className="ml-auto">{badge}</div>
      </header>
      <main className="w-full flex-1 px-4 pb-10 pt-2 sm:px-6">{children}</main>
      <footer className="border-t border-white/5 px-6 py-5 text-center text-xs text-zinc-500">
        Made with{' '}
        <Link href="/" className="font-medium text-zinc-300 hover:text-white">
          Cutroom
        </Link>{' '}
        — the open-source video editor and rendering API
      </footer>
    </div>
  );
}
