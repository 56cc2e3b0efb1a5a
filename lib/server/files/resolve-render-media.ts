import { isRemotionReadable } from '../../media/playability';
import { publicFileUrl } from '../urls';
import { db } from '../db/client';
import { getSettings } from '../../config';

/** The storage key behind one of our own upload URLs (`APP_URL/files/uploads/…`), else null. */
export function uploadKeyOf(url: string, appUrl = getSettings().appUrl): string | null {
  // A relative `/files/…` source is APP_URL's too.
  const prefix = url.startsWith('/files/') ? '/files/' : `${appUrl}/files/`;
  if (!url.startsWith(prefix)) return null;
  const key = url.slice(prefix.length).split(/[?#]/)[0]!.split('/').map(decodeURIComponent).join('/');
  return key.startsWith('uploads/') ? key : null;
}

function collectStrings(value: unknown, out: Set<string>) {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => collectStrings(v, out));
}

/** `value` with every string that is a key of `map` replaced by its value, anywhere in it. */
export function replaceStrings(value: unknown, map: Map<string, string>): unknown {
  if (typeof value === 'string') return map.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => replaceStrings(v, map));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceStrings(v, map)]));
  return value;
}

/**
 * The render rule: a render reads the original upload wherever Remotion can decode it, and its proxy
 * otherwise (a codec Remotion's compositor lacks). An image has a proxy only when Chromium cannot draw
 * it (HEIC/HEIF → JPEG/PNG), so an image's proxy is always used. Rewrites, anywhere in the raw config (clips, assets,
 * template data), the URLs of the owner's uploads that need it; everything else is left as it is.
 */
export async function resolveRenderMedia(config: unknown, userId: string): Promise<unknown> {
  const strings = new Set<string>();
  collectStrings(config, strings);
  const byKey = new Map<string, string>();
  for (const s of strings) {
    const key = uploadKeyOf(s);
    if (key) byKey.set(key, s);
  }
  if (byKey.size === 0) return config;
  const files = await db.file.findMany({
    where: { userId, key: { in: [...byKey.keys()] }, proxyKey: { not: null } },
    select: { key: true, type: true, proxyKey: true, videoCodec: true, audioCodec: true },
  });
  const swaps = new Map<string, string>();
  for (const f of files) {
    if (f.proxyKey && (f.type === 'image' || !isRemotionReadable(f))) swaps.set(byKey.get(f.key)!, publicFileUrl(f.proxyKey));
  }
  return swaps.size ? replaceStrings(config, swaps) : config;
}
