import { describe, expect, it } from 'vitest';
import { assertPublicWebhookTarget } from './webhook-target';

describe('assertPublicWebhookTarget', () => {
  // The forms an outside review got past the previous hand-written list.
  it.each([
    'http://127.0.0.1/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:a9fe:a9fe]/',
    'http://[64:ff9b::7f00:1]/',
    'http://[2002:7f00:1::]/',
    'http://[::ffff:0:7f00:1]/',
    'http://localhost:3000/hook',
  ])('refuses %s', async (url) => {
    await expect(assertPublicWebhookTarget(url)).rejects.toMatchObject({ code: 'INVALID_REQUEST', details: { field: 'webhook_url' } });
  });

  it('accepts a public address', async () => {
    await expect(assertPublicWebhookTarget('http://8.8.8.8/hook')).resolves.toBeUndefined();
  });
});
