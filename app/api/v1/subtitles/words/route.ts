import { z } from 'zod';
import { withApi } from '@/lib/api/with-api';
import { parseQuery } from '@/lib/api/parse';
import { getRemoteWords } from '@/lib/server/subtitles';

const wordsQuery = z.object({ src: z.url({ protocol: /^https?$/ }).describe('The word list URL') });

// GET /api/v1/subtitles/words?src= – a remote subtitle word list, fetched by the server (Cutroom: the editor's preview)
export const GET = withApi(async ({ req }) => {
  const { src } = parseQuery(req, wordsQuery);
  return { words: await getRemoteWords({ src }) };
});
