import fs from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { bearer } from '../fixtures/api';
import { createAccount, type Account } from '../fixtures/cli';
import { savedConfig, signIn } from './inspector-helpers';

// A long timeline as a person meets it: only what is in view is drawn, yet selecting and
// scrolling reach every clip; the space around the picture toggles playback; the view keys work.

const shots = '/tmp/shots-perf';
const TRACKS = 12;
const PER_TRACK = 60;
const rect = (start: number) => ({ type: 'rect', start, duration: 1, style: { fill: '#22c55e' }, transform: { width: 40, height: 40 } });

async function createTask(request: APIRequestContext, account: Account) {
  const tracks = Array.from({ length: TRACKS }, () => ({ clips: Array.from({ length: PER_TRACK }, (_, c) => rect(c * 2)) }));
  const config = { meta: { version: '2.0.0', width: 320, height: 180, fps: 30, background: '#000000' }, tracks };
  const res = await request.post('/api/v1/video', { headers: bearer(account.key), data: { config } });
  expect(res.status()).toBe(200);
  return (await res.json()).taskId as string;
}

/** A new account's long timeline, open in the editor at 1440×900. */
async function openLongTimeline(page: Page, request: APIRequestContext) {
  const account = createAccount();
  const taskId = await createTask(request, account);
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, account.email, account.password);
  await page.goto(`/editor/${taskId}`);
  return { account, taskId };
}

test('a long timeline draws only the clips in view; selection, scrolling, playback and view keys still reach everything', async ({ page, request }) => {
  test.setTimeout(120_000);
  fs.mkdirSync(shots, { recursive: true });
  await openLongTimeline(page, request);
  const timeline = page.getByTestId('timeline');
  const clips = page.getByTestId('timeline-clip');
  await expect(clips.first()).toBeVisible();

  // Virtualized: far fewer clip boxes than clips; the last track (top row) is drawn, track 0 (scrolled out of view) is not.
  const drawn = await clips.count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan((TRACKS * PER_TRACK) / 3);
  await expect(page.locator(`[data-testid="timeline-track"][data-track-index="${TRACKS - 1}"] [data-testid="timeline-clip"]`).first()).toBeVisible();
  await expect(page.locator('[data-testid="timeline-track"][data-track-index="0"] [data-testid="timeline-clip"]')).toHaveCount(0);
  await page.screenshot({ path: `${shots}/timeline-window-1440.png` });

  // Ctrl/⌘+A selects every clip, drawn or not.
  await page.keyboard.press('ControlOrMeta+a');
  await expect(timeline).toHaveAttribute('data-selected-count', String(TRACKS * PER_TRACK));
  await page.keyboard.press('Escape');
  await expect(timeline).toHaveAttribute('data-selected-count', '0');

  // Scrolling to the end and to the bottom draws the clips there (the last clip, 118 s, of track 0).
  await timeline.evaluate((el) => el.scrollTo({ left: el.scrollWidth, top: el.scrollHeight }));
  const lastOfTrack0 = page.locator(`[data-testid="timeline-clip"][data-clip-index="0:${PER_TRACK - 1}"]`);
  await expect(lastOfTrack0).toBeVisible();
  expect(await clips.count()).toBeLessThan((TRACKS * PER_TRACK) / 3);
  // …and a click on it selects it.
  await lastOfTrack0.click();
  await expect(lastOfTrack0).toHaveAttribute('data-selected', 'true');
  await timeline.evaluate((el) => el.scrollTo({ left: 0, top: 0 }));

  // A click on the grey around the picture plays; again pauses. A click on the picture does not.
  const transport = page.getByRole('region', { name: 'Timeline' });
  const area = (await page.getByTestId('preview-area').boundingBox())!;
  const picture = (await page.getByTestId('preview').boundingBox())!;
  await page.mouse.click(area.x + 4, area.y + area.height / 2);
  await expect(transport.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.mouse.click(area.x + 4, area.y + area.height / 2);
  await expect(transport.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await page.mouse.click(picture.x + 2, picture.y + 2);
  await page.waitForTimeout(300);
  await expect(transport.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

  // Shift+L toggles the loop button; +/− zoom; End puts the playhead on the last frame, Home on 0.
  const loop = transport.getByRole('button', { name: 'Loop playback' });
  await expect(loop).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Shift+L');
  await expect(loop).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Shift+L');
  await expect(loop).toHaveAttribute('aria-pressed', 'false');
  const zoomLabel = transport.getByTitle('Pixels per second');
  const before = parseInt((await zoomLabel.textContent()) ?? '', 10);
  await page.keyboard.press('+');
  await expect.poll(async () => parseInt((await zoomLabel.textContent()) ?? '', 10)).toBeGreaterThan(before);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect.poll(async () => parseInt((await zoomLabel.textContent()) ?? '', 10)).toBeLessThan(before);
  const playhead = page.getByTestId('playhead');
  await page.keyboard.press('End');
  await expect(playhead).toHaveAttribute('data-frame', String(((PER_TRACK - 1) * 2 + 1) * 30 - 1));
  await page.keyboard.press('Home');
  await expect(playhead).toHaveAttribute('data-frame', '0');

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(clips.first()).toBeVisible();
  expect(await clips.count()).toBeLessThan((TRACKS * PER_TRACK) / 3);
  await page.screenshot({ path: `${shots}/timeline-window-390.png` });
});

test('edge auto-scroll: a marquee held past the bottom edge reaches tracks out of view; a clip held past the right edge lands later in time', async ({ page, request }) => {
  test.setTimeout(300_000);
  const { account, taskId } = await openLongTimeline(page, request);
  const timeline = page.getByTestId('timeline');
  const lane = (trackIndex: number) => page.locator(`[data-testid="timeline-track"][data-track-index="${trackIndex}"] [data-testid="timeline-lane"]`);
  await expect(page.getByTestId('timeline-clip').first()).toBeVisible();
  // Track 0 (the bottom row) is out of view: the timeline would have to scroll to show it.
  const view = (await timeline.boundingBox())!;
  const bottomLane = (await lane(0).boundingBox())!;
  expect(bottomLane.y).toBeGreaterThan(view.y + view.height);

  // Marquee from the gap at 1.5 s on the top row (track 11) to 4.5 s, then on past the timeline's
  // bottom edge, held still: the view scrolls down by itself until the box takes in track 0.
  const top = (await lane(TRACKS - 1).boundingBox())!;
  const zoom = (await page.locator(`[data-clip-index="${TRACKS - 1}:1"]`).boundingBox())!.width; // 1 s clips: px per second
  await page.mouse.move(top.x + 1.5 * zoom, top.y + top.height / 2);
  await page.mouse.down();
  await page.mouse.move(top.x + 4.5 * zoom, view.y + view.height / 2, { steps: 6 });
  await page.mouse.move(top.x + 4.5 * zoom, Math.min(view.y + view.height + 60, 899), { steps: 6 });
  // Clips starting at 2 s and 4 s on every track: 2 × 12, including the ones that were out of view.
  await expect(timeline).toHaveAttribute('data-selected-count', String(2 * TRACKS), { timeout: 60_000 });
  await page.mouse.up();
  expect(await timeline.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await expect(page.locator('[data-clip-index="0:1"]')).toHaveAttribute('data-selected', 'true');
  await expect(page.locator('[data-clip-index="0:2"]')).toHaveAttribute('data-selected', 'true');
  await expect(page.locator('[data-clip-index="0:0"]')).toHaveAttribute('data-selected', 'false');
  await expect(page.locator('[data-clip-index="0:3"]')).toHaveAttribute('data-selected', 'false');
  await page.keyboard.press('Escape');
  await expect(timeline).toHaveAttribute('data-selected-count', '0');

  // Drag the first clip of the top row past the timeline's right edge and hold: the view scrolls
  // right and the clip travels with it, landing past the time that was at the edge (a slow machine
  // scrolls fewer px per second: each frame's step is capped).
  await timeline.evaluate((el) => el.scrollTo({ left: 0, top: 0 }));
  const clip = page.locator(`[data-clip-index="${TRACKS - 1}:0"]`);
  const box = (await clip.boundingBox())!;
  const laneBox = (await lane(TRACKS - 1).boundingBox())!;
  const edgeTime = (view.x + view.width - laneBox.x) / zoom;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(view.x + view.width / 2, box.y + box.height / 2, { steps: 6 });
  await page.mouse.move(Math.min(view.x + view.width + 40, 1439), box.y + box.height / 2, { steps: 6 });
  await expect.poll(() => timeline.evaluate((el) => el.scrollLeft), { timeout: 60_000 }).toBeGreaterThan(4 * zoom);
  await page.mouse.up();
  // The moved clip stays selected (and drawn): its start is far past the old edge.
  const moved = page.locator('[data-testid="timeline-clip"][data-selected="true"]');
  const start = Number(await moved.getAttribute('data-start'));
  expect(start).toBeGreaterThan(edgeTime + 2);
  // Saved: track 11 has no clip at 0 s any more and one more clip past that time than before.
  const later = (starts: number[]) => starts.filter((s) => s > edgeTime + 2).length;
  const before = later(Array.from({ length: PER_TRACK }, (_, c) => c * 2));
  await expect
    .poll(async () => {
      const starts = (await savedConfig(request, account.key, taskId)).tracks[TRACKS - 1]!.clips.map((c) => c.start as number);
      return { hasZero: starts.includes(0), later: later(starts) };
    })
    .toEqual({ hasZero: false, later: before + 1 });
});
