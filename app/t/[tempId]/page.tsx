import { notFound } from 'next/navigation';
import { cache } from 'react';
import { PreviewWatch, previewWatchMetadata } from '@/components/watch/public-watch';
import { getPublicPreview } from '@/lib/server/previews';

// /t/:tempId – a temporary preview's public page (the preview API's previewUrl): the live Player

// One database read per request, shared by generateMetadata and the page.
const load = cache(getPublicPreview);

export async function generateMetadata({ params }: PageProps<'/t/[tempId]'>) {
  return previewWatchMetadata(await load((await params).tempId));
}

export default async function TempPreviewPage({ params }: PageProps<'/t/[tempId]'>) {
  const preview = await load((await params).tempId);
  if (!preview) notFound();
  return <PreviewWatch preview={preview} />;
}
