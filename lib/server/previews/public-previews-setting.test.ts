import { afterEach, describe, expect, it } from 'vitest';
import { assertPublicPreviewsOn } from './create-public-preview';

describe('PUBLIC_PREVIEWS', () => {
  const saved = process.env.PUBLIC_PREVIEWS;
  afterEach(() => {
    if (saved === undefined) delete process.env.PUBLIC_PREVIEWS;
    else process.env.PUBLIC_PREVIEWS = saved;
  });
  it('is off by default: the key-less routes answer NOT_FOUND', () => {
    delete process.env.PUBLIC_PREVIEWS;
    expect(() => assertPublicPreviewsOn()).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
  it('PUBLIC_PREVIEWS=1 turns them on', () => {
    process.env.PUBLIC_PREVIEWS = '1';
    expect(() => assertPublicPreviewsOn()).not.toThrow();
  });
});
