import { createHash } from 'node:crypto';

/** `sk-` followed by 40 base62 characters (~238 bits). */
export const apiKeyPattern = /^sk-[A-Za-z0-9]{32,128}$/;

export function hashApiKey(key: string): string {
  // Keys are high-entropy random strings, so a fast hash is enough (no brute force is feasible).
  return createHash('sha256').update(key).digest('hex');
}
