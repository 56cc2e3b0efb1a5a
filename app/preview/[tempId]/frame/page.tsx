import { notFound } from 'next/navigation';
import { FramePlayer } from '@/components/preview/frame-player';
import { getPublicPreview } from '@/lib/server/previews';

// /preview/:tempId/frame – the preview's Player alone at the exact canvas size, no controls, paused on one frame
// (#frame=N): what the Player draws, to set beside what the renderer draws (e2e/watch/fidelity.spec.ts). The same
// capability as /preview/:tempId (whoever holds the tempId sees the config), nothing more.

export const metadata = { title: 'Preview frame', robots: { index: false, follow: false } };

export default async function PreviewFramePage({ params }: PageProps<'/preview/[tempId]/frame'>) {
  const preview = await getPublicPreview((await params).tempId);
  if (!preview) notFound();
  return <FramePlayer config={preview.config} />;
}
