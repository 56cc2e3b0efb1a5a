import { WatchNotFound } from '@/components/watch/watch-not-found';

// An unknown, deleted or expired id on this public page
export default function NotFound() {
  return <WatchNotFound />;
}
