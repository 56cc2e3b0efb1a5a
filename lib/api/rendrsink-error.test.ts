import { describe, expect, it } from 'vitest';
import { ApiError } from '../server/errors';
import { rendrSinkErrorBody } from './rendrsink-error';

describe('rendrSinkErrorBody', () => {
  it.each([
    [new ApiError('MISSING_API_KEY', 'No key.'), { code: 'unauthorized', message: 'No key.' }],
    [new ApiError('INVALID_API_KEY', 'Bad key.'), { code: 'unauthorized', message: 'Bad key.' }],
    [new ApiError('NOT_FOUND', 'Nope.'), { code: 'not_found', message: 'Nope.' }],
    [new ApiError('RATE_LIMITED', 'Slow down.', { retryAfterMs: 2000 }), { code: 'rate_limited', message: 'Slow down.', retry_after_ms: 2000 }],
    [new ApiError('FILE_TOO_LARGE', 'Too big.', { maxBytes: 5 }), { code: 'file_too_large', message: 'Too big.', max_bytes: 5 }],
    [new ApiError('INVALID_CONFIG', 'Bad.'), { code: 'invalid_request', message: 'Bad.' }],
    [new ApiError('NO_FILES', 'No file.'), { code: 'invalid_request', message: 'No file.' }],
    [new ApiError('INVALID_PROFILE', "Profile 'x' does not exist.", { profile: 'x' }), { code: 'invalid_profile', message: "Profile 'x' does not exist." }],
  ])('%s', (err, error) => {
    expect(rendrSinkErrorBody(err)).toEqual({ error });
  });
});
