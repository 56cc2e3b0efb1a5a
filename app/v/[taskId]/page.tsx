import { TaskWatch, taskWatchMetadata } from '@/components/watch/public-watch';

// /v/:taskId – a task's public page (the API's previewUrl): the rendered MP4, else the live Player
export async function generateMetadata({ params }: PageProps<'/v/[taskId]'>) {
  return taskWatchMetadata((await params).taskId);
}

export default async function TaskPreviewPage({ params }: PageProps<'/v/[taskId]'>) {
  return <TaskWatch taskId={(await params).taskId} />;
}
