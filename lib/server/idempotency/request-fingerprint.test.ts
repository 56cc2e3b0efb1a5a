import { describe, expect, it } from 'vitest';
import { requestFingerprint } from './request-fingerprint';

describe('requestFingerprint', () => {
  const base = { method: 'POST', path: '/api/v1/video/abc/render', body: '{"num_workers":1}' };
  it('is the same for the same request and differs by method, path, body, or a streamed length', () => {
    expect(requestFingerprint(base)).toBe(requestFingerprint({ ...base, method: 'post' }));
    const others = [
      { ...base, path: '/api/v1/video/abd/render' },
      { ...base, body: '{"num_workers":2}' },
      { ...base, body: '' },
      { method: 'POST', path: base.path, streamedLength: '1000' },
      { method: 'POST', path: base.path, streamedLength: '1001' },
    ];
    const prints = new Set([base, ...others].map(requestFingerprint));
    expect(prints.size).toBe(6);
  });
});
