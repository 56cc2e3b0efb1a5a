import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { sineWav } from './media';

/**
 * The promo's media (bench/lib/promo.ts: three images, a music bed of `seconds`), made in `dir` with ffmpeg
 * if missing and served on a loopback port, as the renderer fetches URLs in production. `base` is what
 * promoConfig takes; `close` stops the server.
 */
export async function servePromoMedia(dir: string, seconds: number): Promise<{ base: string; close: () => void }> {
  const ffmpeg = process.env.FFMPEG_PATH || '/usr/bin/ffmpeg';
  fs.mkdirSync(dir, { recursive: true });
  for (const [i, colour] of ['0xf59e0b', '0x10b981', '0x6366f1'].entries()) {
    const file = path.join(dir, `image-${i}.png`);
    if (!fs.existsSync(file)) execFileSync(ffmpeg, ['-v', 'error', '-f', 'lavfi', '-i', `testsrc2=s=864x486:d=1,drawbox=w=200:h=200:color=${colour}:t=fill`, '-frames:v', '1', '-y', file]);
  }
  fs.writeFileSync(path.join(dir, 'music.wav'), sineWav(330, seconds));
  const server = http.createServer((req, res) => {
    const file = path.join(dir, path.basename(req.url ?? ''));
    if (!fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.endsWith('.png') ? 'image/png' : 'audio/wav', 'content-length': fs.statSync(file).size });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { base: `http://127.0.0.1:${(server.address() as { port: number }).port}`, close: () => server.close() };
}
