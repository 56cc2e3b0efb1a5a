import { fetchSubtitleWords, type FetchLike, type SubtitleWord } from '../../video';
import { ApiError } from '../errors';
import { fetchRemoteJson } from '../net/fetch-remote-json';

/**
 * One remote subtitle word list (`words: { src }`), fetched as a render fetches it (fetchRemoteJson:
 * timeout, size cap, address policy), for the editor's Player: the composition never fetches, and a
 * browser could not read most such URLs itself (CORS). Any failure is REMOTE_ERROR with the reason.
 */
export async function getRemoteWords({ src }: { src: string }, fetchFn: FetchLike = fetchRemoteJson): Promise<SubtitleWord[]> {
  const result = await fetchSubtitleWords(src, fetchFn);
  if (typeof result === 'string') throw new ApiError('REMOTE_ERROR', result);
  return result;
}
