import fs from 'node:fs';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { bearer } from '../fixtures/api';
import { createAccount, type Account } from '../fixtures/cli';
import { savedConfig, signIn, timelineClip, waitSaved } from './inspector-helpers';

// Direct manipulation on the preview canvas, done with the mouse and keys as a person would, at three
// canvas sizes (the preview is scaled differently for each), checked in the config the server saved.

const shots = '/tmp/shots-canvas';

interface Transform {
  x?: number | string;
  y?: number | string;
  width?: number;
  height?: number;
  rotation?: number;
}

/** A blue rect (pixel transform) on the left half and a text (percent position) on the right. */
async function createTask(request: APIRequestContext, account: Account, width: number, height: number) {
  const config = {
    meta: { version: '2.0.0', width, height, fps: 30, background: '#111111' },
    tracks: [
      { clips: [{ type: 'rect', start: 0, duration: 4, transform: { x: Math.round(width * 0.25), y: Math.round(height * 0.25), width: Math.round(width * 0.2), height: Math.round(height * 0.2) }, style: { fill: '#3b82f6' } }] },
      { clips: [{ type: 'text', text: 'Hello', start: 0, duration: 4, transform: { x: '70%', y: '70%' }, style: { fill: '#ffffff', fontSize: Math.round(height / 10) } }] },
    ],
  };
  const res = await request.post('/api/v1/video', { headers: bearer(account.key), data: { config } });
  expect(res.status()).toBe(200);
  return (await res.json()).taskId as string;
}

/**
 * The overlay's box once it has stopped changing. After a window resize the Player rescales on a
 * ResizeObserver callback, so a box read at once can still be the old size (seen once on a loaded CI
 * machine: the click landed beside the rect).
 */
async function settledBox(overlay: Locator) {
  let last = await overlay.boundingBox();
  for (let i = 0; i < 50; i++) {
    await overlay.page().waitForTimeout(100);
    const box = await overlay.boundingBox();
    if (box && last && box.x === last.x && box.y === last.y && box.width === last.width && box.height === last.height) return box;
    last = box;
  }
  throw new Error(`the canvas overlay did not settle: ${JSON.stringify(last)}`);
}

/** Screen position of a canvas point, from the overlay's box (it is exactly the scaled canvas). */
async function canvasToScreen(overlay: Locator, width: number, cx: number, cy: number) {
  const box = await settledBox(overlay);
  const scale = box.width / width;
  return { x: box.x + cx * scale, y: box.y + cy * scale, scale };
}

const field = (page: Page, label: string) => page.getByTestId('inspector').getByLabel(label, { exact: true });

async function centreOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function rectOf(request: APIRequestContext, account: Account, taskId: string) {
  const config = await savedConfig(request, account.key, taskId);
  return config.tracks[0]?.clips[0] as { transform: Transform; start: number; keyframes?: { property: string; frames: { time: number; value: unknown; easing?: string }[] }[] };
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, beforeUp?: () => Promise<void>) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 4 });
  if (beforeUp) await beforeUp();
  await page.mouse.up();
}

test('select, move with a snap guide, resize keeping the aspect, rotate, nudge, edit text and keyframe on the canvas', async ({ page, request }) => {
  test.setTimeout(150_000);
  fs.mkdirSync(shots, { recursive: true });
  const account = createAccount();
  await signIn(page, account.email, account.password);

  for (const [width, height] of [[1920, 1080], [1080, 1920], [320, 180]] as const) {
    const taskId = await createTask(request, account, width, height);
    await page.goto(`/editor/${taskId}`);
    const overlay = page.getByTestId('canvas-overlay');
    await expect(overlay).toBeVisible();
    const rect = timelineClip(page, 'rect');
    const start = { x: Math.round(width * 0.25), y: Math.round(height * 0.25) };

    // A click on the rect selects it (and does not start playback); a click on empty canvas deselects.
    const onRect = await canvasToScreen(overlay, width, start.x, start.y);
    await page.mouse.click(onRect.x, onRect.y);
    await expect(rect).toHaveAttribute('data-selected', 'true');
    await expect(page.getByTestId('selection-outline')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible(); // not playing
    const empty = await canvasToScreen(overlay, width, width * 0.05, height * 0.95);
    await page.mouse.click(empty.x, empty.y);
    await expect(rect).toHaveAttribute('data-selected', 'false');
    await expect(page.getByTestId('selection-outline')).toHaveCount(0);

    // Drag it to 2 screen px off the canvas centre: the centre guide shows, and it lands exactly there.
    const nearCentre = await canvasToScreen(overlay, width, width / 2, height / 2);
    await drag(page, onRect, { x: nearCentre.x + 2, y: nearCentre.y - 2 }, async () => {
      await expect(page.getByTestId('snap-guide').first()).toBeVisible();
      await page.screenshot({ path: `${shots}/snap-${width}x${height}.png` });
    });
    await expect(page.getByTestId('snap-guide')).toHaveCount(0);
    await expect(field(page, 'X')).toHaveValue(String(width / 2));
    await expect(field(page, 'Y')).toHaveValue(String(height / 2));

    // Resize from the bottom-right corner with Shift: the aspect ratio stays, the top-left corner stays.
    const se = await centreOf(page.locator('[data-handle="se"]'));
    await page.keyboard.down('Shift');
    await drag(page, se, { x: se.x + 60, y: se.y + 10 });
    await page.keyboard.up('Shift');
    await waitSaved(page);
    const resized = (await rectOf(request, account, taskId)).transform;
    expect(resized).toMatchObject({ x: Number(await field(page, 'X').inputValue()), width: Number(await field(page, 'W').inputValue()) });
    const w0 = Math.round(width * 0.2);
    const h0 = Math.round(height * 0.2);
    expect(resized.width! / resized.height!).toBeCloseTo(w0 / h0, 2);
    expect(resized.width!).toBeGreaterThan(w0 + 50 / onRect.scale);
    expect(Number(resized.x) - resized.width! / 2).toBeCloseTo(width / 2 - w0 / 2, 0);

    if (width !== 1920) continue;

    // Rotate: the rotation handle dragged to the right of the centre with Shift → exactly 90°.
    const pivot = await canvasToScreen(overlay, width, Number(resized.x), Number(resized.y));
    await page.keyboard.down('Shift');
    await drag(page, await centreOf(page.locator('[data-handle="rotate"]')), { x: pivot.x + 150, y: pivot.y + 3 });
    await page.keyboard.up('Shift');
    await page.screenshot({ path: `${shots}/rotated-${width}x${height}.png` });
    await expect(field(page, 'Rotation')).toHaveValue('90');

    // Nudge with the canvas focused: 3 px right, 10 px down; the clip keeps its time on the timeline.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(async () => Number(await field(page, 'Y').inputValue())).toBeCloseTo(Number(resized.y) + 10, 2);
    expect(Number(await field(page, 'X').inputValue())).toBeCloseTo(Number(resized.x) + 3, 2);
    await expect(rect).toHaveAttribute('data-start', '0');

    // Double-click the text and type: the new text is saved.
    const text = await canvasToScreen(overlay, width, width * 0.7, height * 0.7);
    await page.mouse.dblclick(text.x, text.y);
    const editor = page.getByTestId('canvas-text-editor');
    await expect(editor).toBeFocused();
    await editor.fill('Edited on canvas');
    await editor.press('Enter');
    await expect(editor).toHaveCount(0);
    await expect(overlay.locator('..')).toContainText('Edited on canvas');

    // A position keyframe at the playhead, then its diamond dragged 1 s later on the timeline.
    await page.mouse.click(pivot.x, pivot.y);
    await expect(rect).toHaveAttribute('data-selected', 'true');
    await page.getByRole('button', { name: 'Add position keyframe at the playhead' }).click();
    const diamond = rect.getByTestId('keyframe-mark');
    await expect(diamond).toHaveCount(1);
    const clipBox = await rect.boundingBox();
    const pxPerSecond = clipBox!.width / 4;
    const mark = await centreOf(diamond);
    // Just right of its centre: at time 0 the left half of the diamond is clipped by the clip's edge.
    await drag(page, { x: mark.x + 2, y: mark.y }, { x: mark.x + 2 + pxPerSecond, y: mark.y });
    await expect(diamond).toHaveAttribute('data-time', '1');
    await page.getByRole('group', { name: 'Position keyframe at 1.00 s' }).getByLabel('Easing').selectOption('easeOutBounce');
    await page.screenshot({ path: `${shots}/keyframe-${width}x${height}.png` });

    // Everything reached the saved config: one check through the API.
    await waitSaved(page);
    const saved = await savedConfig(request, account.key, taskId);
    expect(saved.tracks[1]?.clips[0]).toMatchObject({ text: 'Edited on canvas' });
    const keyed = await rectOf(request, account, taskId);
    expect(keyed.start).toBe(0);
    const x = expect.closeTo(Number(resized.x) + 3, 2);
    const y = expect.closeTo(Number(resized.y) + 10, 2);
    expect(keyed.transform).toMatchObject({ x, y, rotation: 90 });
    expect(keyed.keyframes).toEqual([
      { property: 'x', frames: [{ time: 1, value: x, easing: 'easeOutBounce' }] },
      { property: 'y', frames: [{ time: 1, value: y, easing: 'easeOutBounce' }] },
    ]);
  }

  // The small phone-sized window: the canvas and its frame still fit and work.
  await page.setViewportSize({ width: 390, height: 844 });
  const overlay = page.getByTestId('canvas-overlay');
  // Just inside the rect's top-left corner, which the resize kept in place.
  const p = await canvasToScreen(overlay, 320, 160 - 32 + 4, 90 - 18 + 4);
  await page.mouse.click(p.x, p.y);
  await expect(page.getByTestId('selection-outline')).toBeVisible();
  await page.screenshot({ path: `${shots}/phone-320x180.png` });
});
