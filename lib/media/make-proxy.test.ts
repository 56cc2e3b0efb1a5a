import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeProxy } from './make-proxy';
import { proxyReason } from './playability';
import { probeMedia } from './probe';
import * as fx from './testing/media-fixtures';

const dir = fx.fixtureDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('makeProxy', () => {
  it.each([
    ['HEVC .mov', () => fx.hevcMov(dir, 2), 64, 64],
    ['ProRes .mov', () => fx.proresMov(dir, 2), 64, 36],
  ])('turns %s into H.264/AAC that plays, with the same duration', async (_name, make, width, height) => {
    const source = make();
    const probe = await probeMedia(source);
    expect(proxyReason(probe)).not.toBeNull();
    const out = path.join(dir, `proxy-${probe.videoCodec}.mp4`);
    await makeProxy(source, out, { hasVideo: true, hasAudio: true, duration: probe.duration! });
    const made = fx.probeStreams(out);
    expect(made.codecs.sort()).toEqual(['aac', 'h264']);
    expect({ width: made.width, height: made.height }).toEqual({ width, height });
    expect(Math.abs(made.duration - probe.duration!)).toBeLessThan(0.1);
    expect(proxyReason(await probeMedia(out))).toBeNull();
    // The picture survives: second 1 of the source is stepColour(1).
    const seen = fx.averageColour(out, { x: 8, y: 8, w: 16, h: 16 }, 1.5);
    expect(seen.every((v, i) => Math.abs(v - fx.stepColour(1)[i]!) < 40)).toBe(true);
  });

  it('turns a portrait phone video upright (displayed size, no rotation left)', async () => {
    const out = path.join(dir, 'proxy-portrait.mp4');
    await makeProxy(fx.portraitPhone(dir), out, { hasVideo: true, hasAudio: true, duration: 2 });
    const p = await probeMedia(out);
    expect({ width: p.width, height: p.height, rotation: p.rotation }).toEqual({ width: 36, height: 64, rotation: 0 });
  });
});
