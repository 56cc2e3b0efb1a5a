import type { Metadata } from 'next';
import type { PublicPreview } from '@/lib/server/previews';
import type { PublicTask } from '@/lib/server/tasks/get-public-task';
import { totalDuration, type VideoConfig } from '@/lib/video';
import { formatExpiresIn } from './format';
import { RenderProgress } from './render-progress';
import { WatchPage } from './watch-page';

// Capability URLs: nobody should find them through a search engine.
const unlisted = { index: false, follow: false } as const;

/** The page behind a task's previewUrl and viewerUrl: the MP4 once rendered, else the live Player. */
export function TaskWatch({ task }: { task: PublicTask }) {
  const badge = task.videoUrl
    ? ({ label: 'Rendered video', tone: 'emerald' } as const)
    : task.status === 'rendering'
      ? ({ label: 'Rendering… showing a live preview', tone: 'amber' } as const)
      : ({ label: 'Live preview', tone: 'zinc' } as const);
  const notice = task.status === 'rendering' && task.render ? <RenderProgress taskId={task.taskId} progress={task.render.progress} stage={task.render.stage} /> : null;
  return <WatchPage {...task} badge={badge} notice={notice} />;
}

export function taskWatchMetadata(task: PublicTask | null): Metadata {
  if (!task) return { title: 'Video not found', robots: unlisted };
  return {
    title: task.title,
    robots: unlisted,
    openGraph: { title: task.title, type: 'video.other', ...(task.videoUrl ? { videos: [{ url: task.videoUrl, width: task.width, height: task.height }] } : {}) },
  };
}

/** The page behind a preview's previewUrl and viewerUrl: the config in the live Player. */
export function PreviewWatch({ preview }: { preview: PublicPreview }) {
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

export function previewWatchMetadata(preview: PublicPreview | null): Metadata {
  return { title: preview ? previewTitle(preview.config) : 'Preview not found', robots: unlisted };
}

function previewTitle(config: VideoConfig): string {
  return config.meta.title?.trim() || 'Untitled preview';
}
