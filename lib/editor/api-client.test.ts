import { describe, expect, it } from 'vitest';
import { ApiRequestError, conflictVersion, getRenderStatus, initialRenderStatus, requestJson, saveVideo } from './api-client';

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

const task = {
  success: true,
  taskId: 'abcdefghijklmnopqrstuv',
  videoTaskId: 'vt_abc',
  title: 'T',
  width: 1280,
  height: 720,
  fps: 30,
  duration: 2,
  quality: '720p',
  status: 'rendering',
  videoUrl: null,
  posterUrl: null,
  thumbnailUrl: null,
  previewUrl: 'http://localhost/v/abcdefghijklmnopqrstuv',
  viewerUrl: 'http://localhost/watch/abcdefghijklmnopqrstuv',
  configUrl: 'http://localhost/configs/abcdefghijklmnopqrstuv.json',
  costCredits: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  completedAt: null,
  metadata: {},
  renderTaskId: 'rt_abc',
  progress: 42,
  stage: 'combining',
  error: null,
  version: 7,
};

describe('getRenderStatus', () => {
  it('reads the task with the contract schema', async () => {
    await expect(getRenderStatus('t', undefined, respond(200, task))).resolves.toEqual({
      status: 'rendering',
      progress: 42,
      stage: 'combining',
      videoUrl: null,
      error: null,
    });
  });

  it('refuses a body outside the contract instead of guessing', async () => {
    await expect(getRenderStatus('t', undefined, respond(200, { ...task, stage: 'encoding' }))).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
    });
  });
});

describe('saveVideo', () => {
  it('sends the base version as If-Match and answers the new one', async () => {
    let sent: RequestInit | undefined;
    const fetchImpl = async (_url: string, init?: RequestInit) => {
      sent = init;
      return new Response(JSON.stringify({ ...task, version: 8 }), { status: 200 });
    };
    const saved = await saveVideo('t', { config: { meta: { version: '2.0.0', width: 320, height: 180, fps: 30 }, tracks: [] } as never, title: 'T', version: 7 }, { fetchImpl });
    expect(saved).toEqual({ version: 8 });
    expect((sent?.headers as Record<string, string>)['If-Match']).toBe('"7"');
    expect(JSON.parse(String(sent?.body))).not.toHaveProperty('version');
  });

  it('a 409 is a conflict with the current version', async () => {
    const body = { success: false, error: 'changed', code: 'CONFLICT', details: { currentVersion: 9 } };
    const error = await saveVideo('t', { config: {} as never, title: '', version: 1 }, { fetchImpl: respond(409, body) }).catch((e: unknown) => e);
    expect(conflictVersion(error)).toBe(9);
    expect(conflictVersion(new Error('x'))).toBeNull();
  });
});

describe('initialRenderStatus', () => {
  it('fills in a failure message and completion progress', () => {
    expect(initialRenderStatus({ status: 'failed', videoUrl: null }).error).toBe('The render failed.');
    expect(initialRenderStatus({ status: 'completed', videoUrl: '/v.mp4' })).toMatchObject({ progress: 100, videoUrl: '/v.mp4' });
    expect(initialRenderStatus({ status: 'rendering', videoUrl: null })).toMatchObject({ stage: 'queued', progress: 0 });
  });
});
