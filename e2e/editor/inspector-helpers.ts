import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { bearer } from '../fixtures/api';

/** A real file made by the system ffmpeg: `args` are its input/codec options. */
export function ffmpegFile(ext: string, args: string[]): Buffer {
  const out = path.join(os.tmpdir(), `cutroom-inspector-${randomBytes(5).toString('hex')}.${ext}`);
  execFileSync('/usr/bin/ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args, out]);
  try {
    return fs.readFileSync(out);
  } finally {
    fs.rmSync(out, { force: true });
  }
}

/** 2 s of colour bars with a tone (64×36, H.264/AAC), and 5 s of a 440 Hz tone (WAV). */
export const makeClipVideo = () =>
  ffmpegFile('mp4', ['-f', 'lavfi', '-i', 'testsrc=size=64x36:rate=30', '-f', 'lavfi', '-i', 'sine=frequency=660', '-t', '2', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest']);
export const makeMusic = () => ffmpegFile('wav', ['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000', '-ac', '2', '-t', '5']);

/** Uploads through the API and returns the file's URL. */
export async function upload(request: APIRequestContext, key: string, name: string, mimeType: string, bytes: Buffer): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: mimeType }), name);
  const res = await request.post('/api/v1/upload', { headers: bearer(key), multipart: form });
  expect(res.status(), await res.text()).toBe(200);
  const body = (await res.json()) as { assets?: { url: string }[] };
  const url = body.assets?.[0]?.url;
  if (!url) throw new Error(`upload answered without a url: ${JSON.stringify(body)}`);
  return url;
}

/** The config the server has for a task (the public configUrl). */
export async function savedConfig(request: APIRequestContext, key: string, taskId: string) {
  const task = (await (await request.get(`/api/v1/video/${taskId}`, { headers: bearer(key) })).json()) as { configUrl: string };
  const res = await request.get(task.configUrl);
  expect(res.status()).toBe(200);
  return (await res.json()) as {
    meta: Record<string, unknown>;
    assets?: Record<string, unknown>;
    tracks: { clips: Record<string, unknown>[] }[];
  };
}

export const allClips = (config: Awaited<ReturnType<typeof savedConfig>>) => config.tracks.flatMap((t) => t.clips);

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

export async function waitSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
}

/** The timeline clip of a type (and optionally containing a label). */
export const timelineClip = (page: Page, type: string) => page.locator(`[data-testid="timeline-clip"][data-clip-type="${type}"]`).first();

/** Clicks a timeline clip near its left edge (past the trim handle), selecting it. */
export async function selectClip(page: Page, clip: Locator) {
  const box = await clip.boundingBox();
  if (!box) throw new Error('clip has no box');
  await page.mouse.click(box.x + Math.min(30, box.width / 2), box.y + box.height / 2);
  await expect(clip).toHaveAttribute('data-selected', 'true');
}

/** RGB of the pixel at the centre of an element, read from a real screenshot of the page. */
export async function centrePixel(page: Page, element: Locator): Promise<[number, number, number]> {
  const box = await element.boundingBox();
  if (!box) throw new Error('element has no box');
  const png = await page.screenshot({ clip: { x: Math.round(box.x + box.width / 2) - 2, y: Math.round(box.y + box.height / 2) - 2, width: 5, height: 5 } });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(Math.floor(img.width / 2), Math.floor(img.height / 2), 1, 1).data;
    return [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0] as [number, number, number];
  }, png.toString('base64'));
}
