'use client';

import { uploadFraction, visibleUploads, type UploadQueue } from '@/lib/editor';
import { IconButton } from '@/components/ui/button';
import { CloseIcon, SpinnerIcon } from '@/components/ui/icons';
import { ProgressBar } from '@/components/ui/progress-bar';
import { formatBytes } from './format';

/** The files on their way into the library: a progress bar each, then "Processing…", or the server's refusal. */
export function UploadList({ uploads, onDismiss }: { uploads: UploadQueue; onDismiss: (id: string) => void }) {
  const items = visibleUploads(uploads);
  if (items.length === 0) return null;
  return (
    <ul aria-label="Uploads" className="flex flex-col gap-1.5">
      {items.map((item) => (
        <li
          key={item.id}
          data-testid="upload-item"
          data-status={item.status}
          className={
            item.status === 'failed'
              ? 'rounded-md border border-red-900/80 bg-red-950/40 px-2 py-1.5'
              : 'rounded-md border border-zinc-800 bg-zinc-900 px-2 py-1.5'
          }
        >
          <div className="flex items-center gap-1.5">
            <span className="min-w-0 flex-1 truncate text-[11px] font-medium text-zinc-200" title={item.name}>
              {item.name}
            </span>
            {item.status === 'uploading' ? (
              <span className="shrink-0 text-[10px] text-zinc-500 tabular-nums">
                {formatBytes(item.loaded)} / {formatBytes(item.size)}
              </span>
            ) : null}
            {item.status === 'processing' ? (
              <span className="flex shrink-0 items-center gap-1 text-[10px] text-zinc-400">
                <SpinnerIcon width={12} height={12} /> Processing…
              </span>
            ) : null}
            {item.status === 'failed' ? (
              <IconButton size="sm" label={`Dismiss ${item.name}`} className="h-5 w-5" onClick={() => onDismiss(item.id)}>
                <CloseIcon width={12} height={12} />
              </IconButton>
            ) : null}
          </div>
          {item.status === 'uploading' ? (
            <ProgressBar className="mt-1" value={uploadFraction(item) * 100} label={`Uploading ${item.name}`} />
          ) : null}
          {item.status === 'failed' ? (
            <p role="alert" className="mt-0.5 text-[11px] leading-snug text-red-300">
              {item.error}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
