import type { EditorDoc } from '../types';

/**
 * The `assets.models` id for a model at `src`: the id of the entry that already points there, else a fresh
 * one (`model`, `model-2`, …) no other model has.
 * Example: `modelAssetId(doc, '/files/uploads/u/2026/01/f.glb')` on a doc without models → 'model'.
 */
export function modelAssetId(doc: EditorDoc, src: string): string {
  const models = doc.assets?.models ?? [];
  const same = models.find((m) => m.src === src);
  if (same) return same.id;
  const taken = new Set(models.map((m) => m.id));
  let id = 'model';
  for (let n = 2; taken.has(id); n++) id = `model-${n}`;
  return id;
}

/**
 * Declares a GLB in `assets.models` under `id` (see modelAssetId), so three clips can use it as
 * `model: { "$ref": id }`. The same src already declared → the same document.
 */
export function addModelAsset(doc: EditorDoc, { id, src }: { id: string; src: string }): EditorDoc {
  const models = doc.assets?.models ?? [];
  if (!src || models.some((m) => m.src === src)) return doc;
  return { ...doc, assets: { ...doc.assets, models: [...models, { id, src }] } };
}
