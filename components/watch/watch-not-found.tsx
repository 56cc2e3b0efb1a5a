import { WatchShell } from './watch-page';

/** The public pages' 404: an unknown, deleted or expired video. */
export function WatchNotFound() {
  return (
    <WatchShell>
      <div className="mx-auto flex max-w-md flex-col items-center py-24 text-center">
        <p className="font-mono text-sm text-violet-400">404</p>
        <h1 className="mt-3 text-2xl font-semibold tracking-tight text-zinc-50">This video isn’t here</h1>
        <p className="mt-3 text-sm leading-6 text-zinc-400">
          The link may be mistyped, the video may have been deleted, or — for a preview link — it may have
          expired: previews last 7 days.
        </p>
      </div>
    </WatchShell>
  );
}
