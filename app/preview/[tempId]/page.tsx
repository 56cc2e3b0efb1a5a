import { notFound } from 'next/navigation';
import { cache } from 'react';
import { PreviewWatch, previewWatchMetadata } from '@/components/watch/public-watch';
import { getPublicPreview } from '@/lib/server/previews';

// /preview/:tempId – a temporary preview's public viewer (the preview API's viewerUrl): the live Player

// One database read per request, shared by generateMetadata and the page.
const load = cache(getPublicPreview);

export async function generateMetadata({ params }: PageProps<'/preview/[tempId]'>) {
  return previewWatchMetadata(await load((await params).tempId));
}

export default async function TempPreviewViewerPage({ params }: PageProps<'/preview/[tempId]'>) {
  const preview = await load((await params).tempId);
  if (!preview) notFound();
  return <PreviewWatch preview={preview} />;
}
