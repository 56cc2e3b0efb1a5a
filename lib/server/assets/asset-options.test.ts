import { describe, expect, it } from 'vitest';
import { createProfileBody } from '../../contract';
import { assetOptionsFromForm } from './asset-options';

describe('assetOptionsFromForm (the upload form of POST /api/v1/assets)', () => {
  it('reads every documented field', () => {
    expect(
      assetOptionsFromForm({
        profile: 'web-optimized-1080p',
        webhook_url: 'https://example.com/hook',
        metadata: '{"project":"campaign-q2","source":"studio-upload"}',
        priority: 'high',
        derivatives: '[{"format":"webm","width":1920},{"format":"mp4","width":1280,"quality":85}]',
      }),
    ).toEqual({
      profile: 'web-optimized-1080p',
      webhookUrl: 'https://example.com/hook',
      metadata: { project: 'campaign-q2', source: 'studio-upload' },
      priority: 'high',
      derivatives: [{ format: 'webm', width: 1920, quality: 80 }, { format: 'mp4', width: 1280, quality: 85 }],
    });
  });

  it('defaults: normal priority, no webhook, empty metadata, the profile’s derivatives', () => {
    expect(assetOptionsFromForm({ profile: 'mobile-480p' })).toEqual({ profile: 'mobile-480p', priority: 'normal', webhookUrl: null, metadata: {}, derivatives: null });
  });

  it.each([
    ['no profile', {}, 'profile'],
    ['a bad priority', { profile: 'p', priority: 'urgent' }, 'priority'],
    ['a relative webhook_url', { profile: 'p', webhook_url: '/hook' }, 'webhook_url'],
    ['metadata that is not JSON', { profile: 'p', metadata: '{project:' }, 'metadata'],
    ['metadata that is an array', { profile: 'p', metadata: '[1,2]' }, 'metadata'],
    ['a derivative in another format', { profile: 'p', derivatives: '[{"format":"avi","width":640}]' }, 'derivatives'],
    ['a derivative without width', { profile: 'p', derivatives: '[{"format":"mp4"}]' }, 'derivatives'],
    ['a quality over 100', { profile: 'p', derivatives: '[{"format":"mp4","width":640,"quality":101}]' }, 'derivatives'],
  ])('refuses %s with INVALID_REQUEST naming the field', (_name, fields: Record<string, string>, field) => {
    expect(() => assetOptionsFromForm(fields)).toThrow(expect.objectContaining({ code: 'INVALID_REQUEST', details: expect.objectContaining({ field }) }));
  });
});

describe('createProfileBody (POST /api/v1/profiles)', () => {
  const ok = { slug: 'my-social', derivatives: [{ format: 'mp4', width: 720, quality: 70 }] };

  it('accepts a profile and fills defaults', () => {
    expect(createProfileBody.parse(ok)).toEqual({ slug: 'my-social', derivatives: [{ format: 'mp4', width: 720, quality: 70 }] });
    expect(createProfileBody.parse({ slug: 'stills', derivatives: [], thumbnails: { every_seconds: 5 } }).thumbnails).toEqual({ at_start: true, at_middle: true, every_seconds: 5 });
  });

  it.each([
    ['an upper-case slug', { ...ok, slug: 'My-Profile' }],
    ['a one-letter slug', { ...ok, slug: 'a' }],
    ['format m4a (built-in only)', { ...ok, derivatives: [{ format: 'm4a', width: 100 }] }],
    ['width 0', { ...ok, derivatives: [{ format: 'mp4', width: 0 }] }],
    ['a fractional quality', { ...ok, derivatives: [{ format: 'webm', width: 640, quality: 50.5 }] }],
    ['an unknown field', { ...ok, codec: 'h265' }],
    ['nothing to make', { slug: 'empty', derivatives: [] }],
    ['nine derivatives', { ...ok, derivatives: Array.from({ length: 9 }, () => ({ format: 'mp4', width: 640 })) }],
  ])('refuses %s', (_name, body) => {
    expect(createProfileBody.safeParse(body).success).toBe(false);
  });
});
