'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { newVideoConfig } from '@/lib/video';

/** Creates an empty task through the public API (as any client would) and opens it in the editor. */
export function NewVideoButton() {
  const router = useRouter();
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function create() {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch('/api/v1/video', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ config: newVideoConfig(), title: 'Untitled video' }),
      });
      const body = (await res.json()) as { success: boolean; taskId?: string; error?: string };
      if (!body.success || !body.taskId) throw new Error(body.error ?? `HTTP ${res.status}`);
      router.push(`/editor/${body.taskId}`);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  }

  return (
    <div className="flex items-center gap-3">
      {error && <span role="alert" className="text-sm text-red-400">{error}</span>}
      <button type="button" onClick={create} disabled={isBusy}
        className="rounded-md bg-violet-600 px-4 py-2 font-medium text-white hover:bg-violet-500 disabled:opacity-60">
        {isBusy ? 'Creating…' : 'New video'}
      </button>
    </div>
  );
}
