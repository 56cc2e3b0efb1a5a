import type { NextRequest } from 'next/server';
import { serveStoredFile } from '@/lib/api/serve-file';
import { getStorage } from '@/lib/server/get-storage';

// GET /files/:key – stored uploads and renders (unguessable keys), with range requests
async function handle(req: NextRequest, ctx: { params: Promise<{ key: string[] }> }) {
  // Next.js has decoded the segments once already: decoding again would turn `%25` into a crash.
  const { key } = await ctx.params;
  if (key.some((p) => p === '..' || p === '.' || p === '' || p.includes('/') || p.includes('\\'))) return new Response('Not found', { status: 404 });
  const joined = key.join('/');
  const download = req.nextUrl.searchParams.get('download');
  return serveStoredFile(getStorage(), joined, req, download !== null ? { download: download || key.at(-1) } : {});
}

export const GET = handle;
export const HEAD = handle;
