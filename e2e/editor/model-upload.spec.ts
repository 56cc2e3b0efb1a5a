import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { bearer } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';
import { ffprobe } from '../fixtures/ffprobe';
import { centrePixel, dropFiles, payload, signUpAndOpenEditor, waitSaved } from './inspector-helpers';

// GLB models as a person uses them: upload a real binary glTF (e2e/fixtures/media/cube.glb: a red cube,
// made by cube-glb.mjs), put it on the timeline from the Elements panel, see it in the preview, render an MP4
// whose middle frame shows the red cube. Through the API: accepted by its bytes, ready at once, sized.

const GLB = fs.readFileSync(path.resolve('e2e/fixtures/media/cube.glb'));
const SHOTS = '/tmp/shots-fidelity';
const FFMPEG = process.env.FFMPEG_PATH || '/usr/bin/ffmpeg';

// The editor's Player draws three clips with WebGL: software GL, as the renderer has (lib/composition/chromium-gl.ts).
test.use({ launchOptions: { executablePath: process.env.BROWSER_EXECUTABLE || '/usr/bin/chromium', args: ['--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] } });

const isRed = ([r, g, b]: [number, number, number]) => r > 90 && r > g * 1.6 && r > b * 1.6;

test('a GLB upload is a ready `model` file with its size; a JSON .gltf and a lying GLB are refused', async ({ request }) => {
  const account = createAccount();
  const headers = bearer(account.key);
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(GLB)], { type: 'model/gltf-binary' }), 'cube.glb');
  const res = await request.post('/api/v1/upload', { headers, multipart: form });
  expect(res.status(), await res.text()).toBe(200);
  const listed = (await (await request.get('/api/v1/files?type=model', { headers })).json()) as { files: Record<string, unknown>[] };
  expect(listed.files).toHaveLength(1);
  expect(listed.files[0]).toMatchObject({ name: 'cube.glb', type: 'model', mimeType: 'model/gltf-binary', size: GLB.length, status: 'ready' });
  const stored = await request.get(String(listed.files[0]!.url));
  expect(stored.status()).toBe(200);
  expect(Buffer.from(await stored.body()).equals(GLB)).toBe(true);

  const gltf = new FormData();
  gltf.append('file', new Blob([JSON.stringify({ asset: { version: '2.0' }, buffers: [{ uri: 'cube.bin', byteLength: 8 }] })], { type: 'model/gltf+json' }), 'cube.gltf');
  const refused = await request.post('/api/v1/upload', { headers, multipart: gltf });
  expect(refused.status()).toBe(400);
  expect(await refused.json()).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
  const lying = new FormData();
  lying.append('file', new Blob([new Uint8Array(GLB)], { type: 'image/png' }), 'cube.png');
  expect(await (await request.post('/api/v1/upload', { headers, multipart: lying })).json()).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
});

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

test('upload a GLB → Elements panel → the preview draws it → the rendered MP4 shows it', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const taskId = await signUpAndOpenEditor(page, 'model');
  // A small canvas so the render is quick.
  await page.getByLabel('Width').fill('320');
  await page.getByLabel('Width').press('Tab');
  await page.getByLabel('Height').fill('180');
  await page.getByLabel('Height').press('Tab');

  // Browsers send no type for .glb: the bytes decide.
  await dropFiles(page, '[data-testid="preview"]', [payload('cube.glb', '', GLB)]);
  const tile = page.locator('[data-testid="library-tile"][data-file-type="model"]');
  await expect(tile).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
  await expect(tile).toContainText('cube.glb');

  await page.getByRole('tab', { name: 'Elements' }).click();
  await page.getByRole('button', { name: 'Add 3D model cube.glb' }).click();
  const clip = page.locator('[data-testid="timeline-clip"][data-clip-type="three"]');
  await expect(clip).toHaveCount(1);
  await expect(clip).toHaveAttribute('data-selected', 'true');

  // The saved config: the model is an assets.models entry at the upload's URL, used by $ref.
  await waitSaved(page);
  const task = (await (await page.request.get(`/api/v1/video/${taskId}`)).json()) as { configUrl: string };
  const config = (await (await page.request.get(task.configUrl)).json()) as { assets?: { models?: { id: string; src: string }[] }; tracks: { clips: Record<string, unknown>[] }[] };
  const files = (await (await page.request.get('/api/v1/files?type=model')).json()) as { files: { url: string }[] };
  expect(config.assets?.models).toEqual([{ id: 'model', src: files.files[0]!.url }]);
  expect(config.tracks.flatMap((t) => t.clips)).toEqual([expect.objectContaining({ type: 'three', objects: [expect.objectContaining({ model: { $ref: 'model' } })] })]);

  // The preview draws the red cube in the middle of the canvas.
  const preview = page.getByTestId('preview');
  await expect.poll(async () => isRed(await centrePixel(page, preview)), { timeout: 20_000 }).toBe(true);
  await shot(page, 'glb-editor-1440');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('tab', { name: 'Elements' }).first().click({ timeout: 5_000 }).catch(() => undefined);
  await page.waitForTimeout(500);
  await shot(page, 'glb-editor-390');
  await page.setViewportSize({ width: 1440, height: 900 });

  // Render through the editor: an H.264 MP4 whose middle frame has the red cube in its middle.
  await page.getByRole('button', { name: 'Render', exact: true }).click();
  await page.getByTestId('render-cost-dialog').getByRole('button', { name: /^Render for/ }).click();
  const output = page.getByTestId('render-output');
  await expect(output).toBeVisible({ timeout: 180_000 });
  await shot(page, 'glb-rendered-1440');
  const src = await output.getAttribute('src');
  const file = testInfo.outputPath('model.mp4');
  fs.writeFileSync(file, await (await page.request.get(String(src))).body());
  const probe = ffprobe(file);
  expect(probe.streams.find((s) => s.codec_type === 'video')).toMatchObject({ codec_name: 'h264', width: 320, height: 180 });
  expect(probe.duration).toBeGreaterThan(4.9);
  const rgb = execFileSync(FFMPEG, ['-v', 'error', '-ss', '2.5', '-i', file, '-frames:v', '1', '-vf', 'crop=4:4:158:88', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-']);
  const centre: [number, number, number] = [rgb[0]!, rgb[1]!, rgb[2]!];
  expect(isRed(centre), `centre pixel of the rendered frame: ${centre.join(',')}`).toBe(true);
});
