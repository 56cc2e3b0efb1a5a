import { notFound } from 'next/navigation';
import { cache } from 'react';
import { TaskWatch, taskWatchMetadata } from '@/components/watch/public-watch';
import { getPublicTask } from '@/lib/server/tasks/get-public-task';

// /v/:taskId – a task's public page (the API's previewUrl): the rendered MP4, else the live Player

// One database read per request, shared by generateMetadata and the page.
const load = cache(getPublicTask);

export async function generateMetadata({ params }: PageProps<'/v/[taskId]'>) {
  return taskWatchMetadata(await load((await params).taskId));
}

export default async function TaskPreviewPage({ params }: PageProps<'/v/[taskId]'>) {
  const task = await load((await params).taskId);
  if (!task) notFound();
  return <TaskWatch task={task} />;
}
