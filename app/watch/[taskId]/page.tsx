import { notFound } from 'next/navigation';
import { cache } from 'react';
import { TaskWatch, taskWatchMetadata } from '@/components/watch/public-watch';
import { getPublicTask } from '@/lib/server/tasks/get-public-task';

// /watch/:taskId – a task's public viewer (the API's viewerUrl): the rendered MP4, else the live Player

// One database read per request, shared by generateMetadata and the page.
const load = cache(getPublicTask);

export async function generateMetadata({ params }: PageProps<'/watch/[taskId]'>) {
  return taskWatchMetadata(await load((await params).taskId));
}

export default async function TaskViewerPage({ params }: PageProps<'/watch/[taskId]'>) {
  const task = await load((await params).taskId);
  if (!task) notFound();
  return <TaskWatch task={task} />;
}
