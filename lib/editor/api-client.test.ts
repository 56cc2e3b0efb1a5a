import { describe, expect, it } from 'vitest';
import { ApiRequestError, normalizeRenderStatus, requestJson } from './api-client';

const respond = (status: number, body: unknown) => async () =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });

describe('requestJson', () => {
  it('returns the body of a success', async () => {
    await expect(requestJson('/x', {}, respond(200, { success: true, a: 1 }))).resolves.toEqual({ success: true, a: 1 });
  });

  it('turns the error shape into ApiRequestError with issues', async () => {
    const body = {
      success: false,
      error: 'The config is invalid',
      code: 'INVALID_CONFIG',
      details: { issues: [{ path: 'tracks[0].clips[0].duration', message: 'must be greater than 0' }] },
    };
    const error = await requestJson('/x', {}, respond(400, body)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ message: 'The config is invalid', code: 'INVALID_CONFIG', status: 400 });
    expect((error as ApiRequestError).issues).toEqual(body.details.issues);
    expect((error as ApiRequestError).isTransient).toBe(false);
  });

  it('copes with non-JSON failures and network errors', async () => {
    await expect(requestJson('/x', {}, respond(502, '<html>'))).rejects.toMatchObject({ code: 'HTTP_502', isTransient: true });
    const offline = async (): Promise<Response> => {
      throw new TypeError('Failed to fetch');
    };
    await expect(requestJson('/x', {}, offline)).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });
});

describe('normalizeRenderStatus', () => {
  it('reads the status endpoint', () => {
    expect(normalizeRenderStatus({ status: 'rendering', progress: 42.5, stage: 'combining', videoUrl: null })).toEqual({
      status: 'rendering',
      progress: 42.5,
      stage: 'combining',
      videoUrl: null,
      error: null,
    });
  });

  it('fills in a failure message and completion progress', () => {
    expect(normalizeRenderStatus({ status: 'failed', error: { message: 'boom' } }).error).toBe('boom');
    expect(normalizeRenderStatus({ status: 'failed' }).error).toBe('The render failed.');
    expect(normalizeRenderStatus({ status: 'completed', videoUrl: '/v.mp4' })).toMatchObject({ progress: 100, videoUrl: '/v.mp4' });
  });
});
