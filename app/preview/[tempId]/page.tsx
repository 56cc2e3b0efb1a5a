import { PreviewWatch, previewWatchMetadata } from '@/components/watch/public-watch';

// /preview/:tempId – a temporary preview's public viewer (the preview API's viewerUrl): the live Player
export async function generateMetadata({ params }: PageProps<'/preview/[tempId]'>) {
  return previewWatchMetadata((await params).tempId);
}

export default async function TempPreviewViewerPage({ params }: PageProps<'/preview/[tempId]'>) {
  return <PreviewWatch tempId={(await params).tempId} />;
}
