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

/** The track header width at the timeline's current size (components/editor/timeline/constants.ts). */
const headerWidth = (timelineWidth: number) => (timelineWidth < 640 ? 60 : 136);

/** Clicks a timeline clip near its left edge (past the trim handle), selecting it. */
export async function selectClip(page: Page, clip: Locator) {
  await clip.scrollIntoViewIfNeeded();
  const box = await clip.boundingBox();
  if (!box) throw new Error('clip has no box');
  // Press inside the part of the clip that is on screen (right of the sticky track headers), past its trim handle.
  const lanes = (await page.getByTestId('timeline').boundingBox())!;
  const right = Math.min(box.x + box.width, page.viewportSize()?.width ?? Infinity);
  const left = Math.max(box.x, lanes.x + headerWidth(lanes.width));
  await page.mouse.click(left + Math.min(30, (right - left) / 2), box.y + box.height / 2);
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

/** Ends typing (a press on the preview's empty surround) and deselects (Escape): the canvas shows. */
export async function deselect(page: Page) {
  // Blur the field being edited (a click on the grey around the picture would toggle playback), then Esc.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('inspector').getByText('Video settings')).toBeVisible();
}

/** A file handed to the page for a drop: its bytes travel base64. */
export interface DropPayload {
  name: string;
  type: string;
  base64: string;
}
export const payload = (name: string, type: string, bytes: Buffer): DropPayload => ({ name, type, base64: bytes.toString('base64') });

/** Drops files on an element the way a browser does: dragenter, dragover, drop with a DataTransfer of real File objects. */
export async function dropFiles(page: Page, selector: string, files: DropPayload[]) {
  const dataTransfer = await page.evaluateHandle((list: DropPayload[]) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return dt;
  }, files);
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent(selector, type, { dataTransfer });
}


/** Viewport x of a timeline time at the current zoom and scroll. */
export async function timelineX(page: Page, seconds: number): Promise<number> {
  const { left, width, scrollLeft, zoom } = await page.getByTestId('timeline').evaluate((el) => ({
    left: el.getBoundingClientRect().left,
    width: el.getBoundingClientRect().width,
    scrollLeft: el.scrollLeft,
    zoom: Number.parseFloat(el.parentElement?.querySelector('[title="Pixels per second"]')?.textContent ?? '80'),
  }));
  return left + headerWidth(width) - scrollLeft + seconds * zoom;
}

/** Drags a library tile with the mouse onto a track at a time; the drop ghost shows on the way. */
export async function dragTileToTrack(page: Page, tileName: string, seconds: number, trackIndex: number) {
  await expect(page.getByTestId('upload-item')).toHaveCount(0); // the grid stops moving once uploads are done
  const tile = page.getByTestId('library-tile').filter({ hasText: tileName }).getByRole('button', { name: new RegExp(`^${tileName.replace(/\./g, '\\.')}:`) });
  const box = (await tile.boundingBox())!;
  // Grab the picture low on the left: its top-right corner holds the add/delete buttons.
  const from = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.75 };
  const row = (await page.locator(`[data-testid="timeline-track"][data-track-index="${trackIndex}"]`).boundingBox())!;
  const x = await timelineX(page, seconds);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y, { steps: 3 });
  await page.mouse.move(x, row.y + row.height / 2, { steps: 12 });
  await expect(page.getByTestId('timeline-drop-ghost')).toBeVisible();
  await page.mouse.up();
}

/** A new account (signed up through the form) with a new video open in the editor; returns the task id. */
export async function signUpAndOpenEditor(page: Page, prefix = 'editor'): Promise<string> {
  await page.goto('/signup');
  await page.getByLabel('Email').fill(`${prefix}-${randomBytes(4).toString('hex')}@example.test`);
  await page.getByLabel('Password').fill('correct-horse-1');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole('button', { name: 'New video' }).click();
  await expect(page).toHaveURL(/\/editor\/[A-Za-z0-9]{22}$/);
  await expect(page.getByTestId('media-library')).toBeVisible();
  return page.url().split('/').pop()!;
}
