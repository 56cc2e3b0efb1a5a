import { TaskWatch, taskWatchMetadata } from '@/components/watch/public-watch';

// /watch/:taskId – a task's public viewer (the API's viewerUrl): the rendered MP4, else the live Player
export async function generateMetadata({ params }: PageProps<'/watch/[taskId]'>) {
  return taskWatchMetadata((await params).taskId);
}

export default async function TaskViewerPage({ params }: PageProps<'/watch/[taskId]'>) {
  return <TaskWatch taskId={(await params).taskId} />;
}
