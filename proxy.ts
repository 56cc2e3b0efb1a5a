import { NextResponse, type NextRequest } from 'next/server';

/**
 * Refuses paths whose percent-encoding does not decode (`/api/v1/video/%E0%A4%A`): Next.js would
 * answer them with a 500 while decoding route params, before any handler runs. API paths get the
 * API's error shape.
 */
export function proxy(req: NextRequest) {
  const raw = req.nextUrl.pathname;
  if (isDecodable(raw)) return NextResponse.next();
  const message = 'The URL path has malformed percent-encoding.';
  if (raw.startsWith('/api/')) {
    return NextResponse.json({ success: false, error: message, code: 'INVALID_REQUEST' }, { status: 400 });
  }
  return new NextResponse(message, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  // Not the upload routes (POST /api/v1/upload and POST /api/v1/assets): a proxy makes Next.js buffer request bodies (up to 10 MB) to clone them, and
  // uploads are streamed. Not Next's own static files either.
  matcher: ['/((?!api/v1/upload|api/v1/assets$|_next/static|_next/image|favicon.ico).*)'],
};
