import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getPublicPreview } from '@/lib/server/previews';
import { getPublicTask } from '@/lib/server/public-tasks';
import { totalDuration, type VideoConfig } from '@/lib/video';
import { formatExpiresIn } from './format';
import { RenderProgress } from './render-progress';
import { WatchPage } from './watch-page';

// One database read per request, shared by generateMetadata and the page.
const loadTask = cache(getPublicTask);
const loadPreview = cache(getPublicPreview);

// Capability URLs: nobody should find them through a search engine.
const unlisted = { index: false, follow: false } as const;

/** The page behind a task's previewUrl and viewerUrl: the MP4 once rendered, else the live Player. */
export async function TaskWatch({ taskId }: { taskId: string }) {
  const task = await loadTask(taskId);
  if (!task) notFound();
  const badge = task.videoUrl
    ? ({ label: 'Rendered video', tone: 'emerald' } as const)
    : task.status === 'rendering'
      ? ({ label: 'Rendering… showing a live preview', tone: 'amber' } as const)
      : ({ label: 'Live preview', tone: 'zinc' } as const);
  const notice = task.status === 'rendering' && task.render ? <RenderProgress progress={task.render.progress} stage={task.render.stage} /> : null;
  return <WatchPage {...task} badge={badge} notice={notice} />;
}

export async function taskWatchMetadata(taskId: string): Promise<Metadata> {
  const task = await loadTask(taskId);
  if (!task) return { title: 'Video not found', robots: unlisted };
  return {
    title: task.title,
    robots: unlisted,
    openGraph: { title: task.title, type: 'video.other', ...(task.videoUrl ? { videos: [{ url: task.videoUrl, width: task.width, height: task.height }] } : {}) },
  };
}

/** The page behind a preview's previewUrl and viewerUrl: the config in the live Player. */
export async function PreviewWatch({ tempId }: { tempId: string }) {
  const preview = await loadPreview(tempId);
  if (!preview) notFound();
  const { config } = preview;
  return (
    <WatchPage
      title={previewTitle(preview.config)}
      width={config.meta.width}
      height={config.meta.height}
      fps={config.meta.fps}
      duration={totalDuration(config)}
      config={config}
      badge={{ label: `Preview · expires ${formatExpiresIn(preview.expiresAt)}`, tone: 'amber' }}
    />
  );
}

export async function previewWatchMetadata(tempId: string): Promise<Metadata> {
  const preview = await loadPreview(tempId);
  return { title: preview ? previewTitle(preview.config) : 'Preview not found', robots: unlisted };
}

function previewTitle(config: VideoConfig): string {
  return config.meta.title?.trim() || 'Untitled preview';
}
