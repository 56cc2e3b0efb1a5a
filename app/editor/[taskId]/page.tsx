import { notFound } from 'next/navigation';
import { Editor } from '@/components/editor/editor';
import type { EditorTask } from '@/components/editor/types';
import { requireUser } from '@/lib/api/session';
import { ApiError } from '@/lib/server/errors';
import { getTaskOrThrow } from '@/lib/server/tasks';
import { publicFileUrl } from '@/lib/server/urls';
import type { VideoConfig } from '@/lib/video';

export const metadata = { title: 'Editor' };

export default async function EditorPage({ params }: { params: Promise<{ taskId: string }> }) {
  const user = await requireUser();
  const { taskId } = await params;
  const task = await getTaskOrThrow({ taskId, userId: user.id }).catch((err: unknown) => {
    if (err instanceof ApiError && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const editorTask: EditorTask = {
    taskId: task.id,
    title: task.title,
    config: JSON.parse(task.config) as VideoConfig,
    status: task.status as EditorTask['status'],
    videoUrl: task.videoKey ? publicFileUrl(task.videoKey) : null,
    version: task.version,
  };
  return <Editor task={editorTask} />;
}
