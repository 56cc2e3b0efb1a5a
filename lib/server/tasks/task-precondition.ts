import { parseIfMatch } from '../../contract';

/**
 * The versions a PATCH may apply to, from its `If-Match` header and its body's `version`; undefined
 * when it sets no precondition (today's last-write-wins). With both, both must hold. `If-Match: *`
 * only asks that the task exist, which every update asks anyway.
 */
export function taskPrecondition(ifMatch: string | null, bodyVersion: number | undefined): number[] | undefined {
  const header = parseIfMatch(ifMatch);
  const fromHeader = header === 'any' ? null : header;
  if (fromHeader === null) return bodyVersion === undefined ? undefined : [bodyVersion];
  return bodyVersion === undefined ? fromHeader : fromHeader.filter((v) => v === bodyVersion);
}
