import type { Meta } from '../../video';
import type { EditorDoc } from '../types';

/** Sets canvas/project fields (`width`, `height`, `fps`, `background`, `title`…). Unchanged → same doc. */
export function updateMeta(doc: EditorDoc, { patch }: { patch: Partial<Meta> }): EditorDoc {
  const entries = Object.entries(patch).filter(
    ([key, value]) => (doc.meta as Record<string, unknown>)[key] !== value,
  );
  if (entries.length === 0) return doc;
  const meta: Record<string, unknown> = { ...doc.meta };
  for (const [key, value] of entries) {
    if (value === undefined) delete meta[key];
    else meta[key] = value;
  }
  return { ...doc, meta: meta as Meta };
}
