import { PreviewWatch, previewWatchMetadata } from '@/components/watch/public-watch';

// /t/:tempId – a temporary preview's public page (the preview API's previewUrl): the live Player
export async function generateMetadata({ params }: PageProps<'/t/[tempId]'>) {
  return previewWatchMetadata((await params).tempId);
}

export default async function TempPreviewPage({ params }: PageProps<'/t/[tempId]'>) {
  return <PreviewWatch tempId={(await params).tempId} />;
}
