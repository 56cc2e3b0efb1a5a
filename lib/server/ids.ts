import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Random base62 string; `length` 22 carries ~131 bits, more than the 96 the public ids need. */
export function randomBase62(length: number): string {
  const out: string[] = [];
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // 248 = 4 × 62: rejecting bytes ≥ 248 keeps every character equally likely.
      if (byte < 248 && out.length < length) out.push(ALPHABET[byte % 62] as string);
    }
  }
  return out.join('');
}

export const newTaskId = () => randomBase62(22);
export const newVideoTaskId = () => `vt_${randomBase62(16)}`;
export const newRenderId = () => `rt_${randomBase62(16)}`;
export const newTempId = () => `temp_${randomBase62(22)}`;
export const newFileId = () => `asset_${randomBase62(20)}`;
export const newUserId = () => `usr_${randomBase62(16)}`;
export const newRowId = () => randomBase62(20);
