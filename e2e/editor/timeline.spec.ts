import fs from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { SHORTCUTS } from '../../lib/editor/shortcuts';
import { bearer } from '../fixtures/api';
import { createAccount, type Account } from '../fixtures/cli';
import { savedConfig, signIn, waitSaved } from './inspector-helpers';

// The timeline as a person uses it: clicks with modifiers, a marquee, keys, the right-click menu,
// the ? panel and the track headers — each result checked in the config the server saved.

const shots = '/tmp/shots-timeline';
const rect = (start: number, duration: number, fill: string) => ({ type: 'rect', start, duration, style: { fill }, transform: { width: 40, height: 40 } });

async function createTask(request: APIRequestContext, account: Account, tracks: unknown[]) {
  const config = { meta: { version: '2.0.0', width: 320, height: 180, fps: 30, background: '#000000' }, tracks };
  const res = await request.post('/api/v1/video', { headers: bearer(account.key), data: { config } });
  expect(res.status()).toBe(200);
  return (await res.json()).taskId as string;
}

const track = (page: Page, index: number) => page.locator(`[data-testid="timeline-track"][data-track-index="${index}"]`);
const clipAt = (page: Page, trackIndex: number, start: number) => track(page, trackIndex).locator(`[data-testid="timeline-clip"][data-start="${start}"]`);
const selected = (page: Page) => page.locator('[data-testid="timeline-clip"][data-selected="true"]');

/** Viewport point on a track's lane at a time (the lanes start at 0 s, 80 px/s, unscrolled). */
async function laneAt(page: Page, trackIndex: number, time: number) {
  const box = await track(page, trackIndex).getByTestId('timeline-lane').boundingBox();
  if (!box) throw new Error('no lane');
  return { x: box.x + time * 80, y: box.y + box.height / 2 };
}

async function clickClip(page: Page, trackIndex: number, start: number, modifiers: ('Shift' | 'ControlOrMeta')[] = []) {
  const box = await clipAt(page, trackIndex, start).boundingBox();
  if (!box) throw new Error(`no clip at ${trackIndex}/${start}`);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  for (const key of modifiers) await page.keyboard.up(key);
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

const starts = async (request: APIRequestContext, key: string, taskId: string) =>
  (await savedConfig(request, key, taskId)).tracks.map((t) => t.clips.map((c) => c.start));

test('multi-select, move, copy/paste, ripple delete, menu, ? panel, tracks and keys on the timeline', async ({ page, request, context }) => {
  test.setTimeout(120_000);
  fs.mkdirSync(shots, { recursive: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const account = createAccount();
  const taskId = await createTask(request, account, [
    { clips: [rect(0, 2, '#ff0000'), rect(2, 2, '#00ff00'), rect(5, 1, '#0000ff')] },
    { clips: [{ type: 'text', text: 'Hi', start: 1, duration: 2, style: { fill: '#ffffff', fontSize: 20 } }] },
    { clips: [rect(0, 1, '#ffff00')] },
  ]);
  const otherTaskId = await createTask(request, account, [{ clips: [] }]);
  await signIn(page, account.email, account.password);
  await page.goto(`/editor/${taskId}`);
  await expect(page.getByTestId('timeline-clip')).toHaveCount(5);

  // Click, Shift-click (range on the track), Ctrl/⌘-click (add), click on empty lane (clear).
  await clickClip(page, 0, 0);
  await clickClip(page, 0, 2, ['Shift']);
  await expect(selected(page)).toHaveCount(2);
  await clickClip(page, 1, 1, ['ControlOrMeta']);
  await expect(selected(page)).toHaveCount(3);
  const empty = await laneAt(page, 0, 9);
  await page.mouse.click(empty.x, empty.y);
  await expect(selected(page)).toHaveCount(0);

  // A marquee from empty space between the red/green pair and the blue clip, up over the text.
  await drag(page, await laneAt(page, 0, 4.5), await laneAt(page, 1, 1.5));
  await expect(selected(page)).toHaveCount(3);
  await expect(clipAt(page, 0, 5)).toHaveAttribute('data-selected', 'false');

  // Ctrl/⌘+A selects every clip and never the page's text.
  await page.keyboard.press('ControlOrMeta+a');
  await expect(selected(page)).toHaveCount(5);
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
  await page.keyboard.press('Escape');
  await expect(selected(page)).toHaveCount(0);

  // Drag the green + blue pair 1 s right: one move, one undo step.
  await clickClip(page, 0, 2);
  await clickClip(page, 0, 5, ['ControlOrMeta']);
  const green = await clipAt(page, 0, 2).boundingBox();
  await drag(page, { x: green!.x + 40, y: green!.y + 10 }, { x: green!.x + 120, y: green!.y + 10 });
  await expect(clipAt(page, 0, 3)).toHaveAttribute('data-selected', 'true');
  await waitSaved(page);
  expect((await starts(request, account.key, taskId))[0]).toEqual([0, 3, 6]);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(clipAt(page, 0, 2)).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(clipAt(page, 0, 6)).toBeVisible();

  // Copy the text, put the playhead at 6 s (Home, Shift+→ ×6), paste: a copy at 6 s on its track.
  await clickClip(page, 1, 1);
  await page.keyboard.press('ControlOrMeta+c');
  await page.keyboard.press('Home');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByTestId('playhead')).toHaveAttribute('data-frame', '180');
  await page.keyboard.press('ControlOrMeta+v');
  await expect(clipAt(page, 1, 6)).toHaveAttribute('data-selected', 'true');

  // Ripple delete the green clip (3–5): the blue one closes the gap (6 → 4).
  await clickClip(page, 0, 3);
  await page.keyboard.press('Shift+Delete');
  await expect(clipAt(page, 0, 4)).toBeVisible();

  // Right-click the blue clip: the menu; Duplicate puts the copy in the free space after it.
  const blue = await clipAt(page, 0, 4).boundingBox();
  await page.mouse.click(blue!.x + 20, blue!.y + 10, { button: 'right' });
  const menu = page.getByTestId('timeline-context-menu');
  await expect(menu).toBeVisible();
  await page.screenshot({ path: `${shots}/context-menu-1440.png` });
  await menu.getByRole('menuitem', { name: /Duplicate/ }).click();
  await expect(menu).toBeHidden();
  await expect(clipAt(page, 0, 5)).toHaveAttribute('data-selected', 'true');
  // Alt+Shift+→ nudges the selection by a second (the arrows alone move the playhead).
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(clipAt(page, 0, 6)).toHaveAttribute('data-selected', 'true');
  await waitSaved(page);
  expect(await starts(request, account.key, taskId)).toEqual([[0, 4, 6], [1, 6], [0]]);

  // ? lists every shortcut of the registry.
  await page.keyboard.press('Shift+?');
  const panel = page.getByTestId('shortcuts-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('shortcut-entry')).toHaveCount(SHORTCUTS.length);
  await page.screenshot({ path: `${shots}/shortcuts-panel-1440.png` });
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  // Tracks: rename, hide, lock (its clip no longer selects), mute; drag the top track to the bottom.
  await track(page, 0).getByTestId('track-name').dblclick();
  await page.getByLabel('Name of track 1').fill('Shapes');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Hide track 3' }).click();
  await page.getByRole('button', { name: 'Lock track 2' }).click();
  await page.getByRole('button', { name: 'Mute track 1' }).click();
  await clickClip(page, 1, 1);
  await expect(selected(page)).toHaveCount(0);
  await page.screenshot({ path: `${shots}/track-headers-1440.png`, clip: { x: 0, y: 560, width: 720, height: 340 } });
  const grip = await page.getByRole('button', { name: /Reorder track 3/ }).boundingBox();
  const bottom = await laneAt(page, 0, 1);
  await drag(page, { x: grip!.x + 4, y: grip!.y + 10 }, { x: grip!.x + 4, y: bottom.y });
  await waitSaved(page);
  const saved = await savedConfig(request, account.key, taskId);
  expect(saved.tracks.map((t) => ({ ...t, clips: t.clips.length }))).toEqual([
    { hidden: true, clips: 1 },
    { id: 'Shapes', muted: true, clips: 3 },
    { locked: true, clips: 2 },
  ]);

  // Deleting a track with clips asks first.
  await track(page, 1).hover();
  await page.getByRole('button', { name: 'Delete track 2' }).click();
  await expect(page.getByRole('dialog', { name: /Delete “Shapes”/ })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('timeline-track')).toHaveCount(3);

  // Keys: arrows step a frame (Shift: a second); L plays, K stops, J plays backwards.
  const playhead = page.getByTestId('playhead');
  const frame = async () => Number(await playhead.getAttribute('data-frame'));
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(playhead).toHaveAttribute('data-frame', '1');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(playhead).toHaveAttribute('data-frame', '31');
  await page.keyboard.press('l');
  await expect.poll(frame).toBeGreaterThan(40);
  await page.keyboard.press('k');
  await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  const stopped = await frame();
  await page.keyboard.press('j');
  await expect.poll(frame).toBeLessThan(stopped - 5);
  await page.keyboard.press('k');

  // On a phone: the track headers, the menu and the panel fit.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${shots}/track-headers-390.png` });
  const shape = await clipAt(page, 1, 0).boundingBox();
  await page.mouse.click(shape!.x + 20, shape!.y + 10, { button: 'right' });
  await expect(page.getByTestId('timeline-context-menu')).toBeInViewport();
  await page.screenshot({ path: `${shots}/context-menu-390.png` });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(panel).toBeInViewport();
  await page.screenshot({ path: `${shots}/shortcuts-panel-390.png` });
  await page.keyboard.press('Escape');

  // Across videos: the copied text pastes into another video at its playhead.
  await page.goto(`/editor/${otherTaskId}`);
  await expect(page.getByTestId('timeline')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+v');
  await expect(page.getByTestId('timeline-clip')).toHaveCount(1);
  await waitSaved(page);
  expect((await savedConfig(request, account.key, otherTaskId)).tracks[0]?.clips[0]).toMatchObject({ type: 'text', text: 'Hi', start: 0 });
});
