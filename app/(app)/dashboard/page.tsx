import Link from 'next/link';
import { NewVideoButton } from '@/components/dashboard/new-video-button';
import { requireUser } from '@/lib/api/session';
import { listTasks, serializeTask } from '@/lib/server/tasks';

export const metadata = { title: 'Your videos' };

const statusColor: Record<string, string> = {
  created: 'bg-zinc-700 text-zinc-200',
  rendering: 'bg-amber-900 text-amber-200',
  completed: 'bg-emerald-900 text-emerald-200',
  failed: 'bg-red-900 text-red-200',
};

export default async function DashboardPage() {
  const user = await requireUser();
  const { tasks } = await listTasks({ userId: user.id, page: 1, limit: 100 });
  const rows = tasks.map(({ task, render }) => serializeTask(task, render));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Your videos</h1>
        <NewVideoButton />
      </div>
      {rows.length === 0 ? (
        <div data-testid="empty-videos" className="rounded-xl border border-dashed border-zinc-700 p-12 text-center text-zinc-400">
          No videos yet. Start with <strong className="text-zinc-200">New video</strong>.
        </div>
      ) : (
        <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="video-list">
          {rows.map((t) => (
            <li key={t.taskId}>
              <Link href={`/editor/${t.taskId}`}
                className="flex flex-col gap-2 rounded-xl border border-zinc-800 bg-zinc-900 p-4 hover:border-violet-600">
                <div className="flex aspect-video items-center justify-center overflow-hidden rounded-lg bg-black">
                  {t.thumbnailUrl ? (
                    <img src={t.thumbnailUrl} alt="" data-testid="video-thumbnail" className="h-full w-full object-contain" loading="lazy" />
                  ) : (
                    <span className="text-xs text-zinc-600">{t.status === 'rendering' ? `Rendering… ${t.progress}%` : 'Not rendered yet'}</span>
                  )}
                </div>
                <div className="flex items-center justify-between gap-2">
                  <span className="truncate font-medium">{t.title}</span>
                  <span className={`rounded px-2 py-0.5 text-xs ${statusColor[t.status] ?? ''}`}>{t.status}</span>
                </div>
                <span className="text-xs text-zinc-400">
                  {t.width}×{t.height} · {t.duration.toFixed(1)} s · {t.quality}
                </span>
                <span className="text-xs text-zinc-500">Created {new Date(t.createdAt).toLocaleString('en')}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
