import { beforeAll, describe, expect, it } from 'vitest';
import { baseMimeType, judgeUpload, looksLikeSvg, sniffMedia } from './file-sniff';
import fs from 'node:fs';
import path from 'node:path';
import { makeMedia, makePng, svgText, type MediaKind } from '../testing/media';

const kinds: MediaKind[] = ['mp4', 'webm', 'mp3', 'm4a', 'ogg', 'wav', 'jpg', 'gif'];
const media: Record<string, Buffer> = {};

beforeAll(() => {
  for (const kind of kinds) media[kind] = makeMedia(kind);
  media.png = makePng();
  media.svg = Buffer.from(svgText);
  media.txt = Buffer.from('hello, this is plain text\n');
  media.pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
  media.html = Buffer.from('<!doctype html><html><body><svg></svg></body></html>');
  media.empty = Buffer.alloc(0);
  // Fonts: a real WOFF2 from the fixtures; TTF/OTF/WOFF by their sfnt/WOFF headers (12-byte offset table + padding).
  media.woff2 = fs.readFileSync(path.join(__dirname, '../../../e2e/fixtures/media/source-code-pro-500.woff2'));
  // A real binary glTF (e2e/fixtures/media/cube-glb.mjs), and the same model as JSON glTF (not accepted: see docs/video-config.md).
  media.glb = fs.readFileSync(path.join(__dirname, '../../../e2e/fixtures/media/cube.glb'));
  media.gltf = Buffer.from(JSON.stringify({ asset: { version: '2.0' }, buffers: [{ uri: 'cube.bin', byteLength: 8 }] }));
  const sfnt = (tag: number[]) => Buffer.concat([Buffer.from(tag), Buffer.from([0, 10, 0, 128, 0, 3, 0, 32]), Buffer.alloc(300)]);
  media.ttf = sfnt([0, 1, 0, 0]);
  media.otf = sfnt([0x4f, 0x54, 0x54, 0x4f]);
  media.woff = Buffer.concat([Buffer.from('wOFF'), Buffer.from([0, 1, 0, 0]), Buffer.alloc(300)]);
});

describe('sniffMedia', () => {
  it.each([
    ['png', { category: 'image', mimeType: 'image/png', ext: 'png' }],
    ['jpg', { category: 'image', mimeType: 'image/jpeg', ext: 'jpg' }],
    ['gif', { category: 'image', mimeType: 'image/gif', ext: 'gif' }],
    ['svg', { category: 'image', mimeType: 'image/svg+xml', ext: 'svg' }],
    ['mp4', { category: 'video', mimeType: 'video/mp4', ext: 'mp4' }],
    ['webm', { category: 'video', mimeType: 'video/webm', ext: 'webm' }],
    ['mp3', { category: 'audio', mimeType: 'audio/mpeg', ext: 'mp3' }],
    ['wav', { category: 'audio', mimeType: 'audio/wav', ext: 'wav' }],
    ['ogg', { category: 'audio', mimeType: 'audio/ogg' }],
    ['m4a', { category: 'audio' }],
    ['woff2', { category: 'font', mimeType: 'font/woff2', ext: 'woff2' }],
    ['woff', { category: 'font', mimeType: 'font/woff', ext: 'woff' }],
    ['ttf', { category: 'font', mimeType: 'font/ttf', ext: 'ttf' }],
    ['otf', { category: 'font', mimeType: 'font/otf', ext: 'otf' }],
    ['glb', { category: 'model', mimeType: 'model/gltf-binary', ext: 'glb' }],
  ])('recognises a real %s', async (kind, expected) => {
    expect(await sniffMedia(media[kind]!)).toMatchObject(expected);
  });

  it.each(['txt', 'pdf', 'html', 'empty', 'gltf'])('finds no media in %s', async (kind) => {
    expect(await sniffMedia(media[kind]!)).toBeNull();
  });

  it('needs only the first bytes', async () => {
    expect(await sniffMedia(media.mp4!.subarray(0, 4100))).toMatchObject({ category: 'video' });
  });
});

describe('judgeUpload', () => {
  const accepted: [string, string, { category: string; mimeType: string; ext: string }][] = [
    ['png', 'image/png', { category: 'image', mimeType: 'image/png', ext: 'png' }],
    ['png', 'Image/PNG; charset=binary', { category: 'image', mimeType: 'image/png', ext: 'png' }],
    ['png', 'image/jpeg', { category: 'image', mimeType: 'image/png', ext: 'png' }], // same category: the bytes name the type
    ['png', 'application/octet-stream', { category: 'image', mimeType: 'image/png', ext: 'png' }],
    ['png', '', { category: 'image', mimeType: 'image/png', ext: 'png' }],
    ['svg', 'image/svg+xml', { category: 'image', mimeType: 'image/svg+xml', ext: 'svg' }],
    ['mp4', 'video/mp4', { category: 'video', mimeType: 'video/mp4', ext: 'mp4' }],
    ['mp4', 'application/octet-stream', { category: 'video', mimeType: 'video/mp4', ext: 'mp4' }],
    // An MP4 container with sound only is an .m4a: the declared category decides between the two.
    ['mp4', 'audio/mp4', { category: 'audio', mimeType: 'audio/mp4', ext: 'm4a' }],
    ['webm', 'audio/webm', { category: 'audio', mimeType: 'audio/webm', ext: 'webm' }],
    ['ogg', 'video/ogg', { category: 'video', mimeType: 'video/ogg', ext: 'ogv' }],
    ['mp3', 'audio/mpeg', { category: 'audio', mimeType: 'audio/mpeg', ext: 'mp3' }],
    ['mp3', 'audio/mp3', { category: 'audio', mimeType: 'audio/mpeg', ext: 'mp3' }],
    ['wav', 'audio/x-wav', { category: 'audio', mimeType: 'audio/wav', ext: 'wav' }],
    ['woff2', 'font/woff2', { category: 'font', mimeType: 'font/woff2', ext: 'woff2' }],
    ['woff2', '', { category: 'font', mimeType: 'font/woff2', ext: 'woff2' }],
    ['ttf', 'application/x-font-ttf', { category: 'font', mimeType: 'font/ttf', ext: 'ttf' }],
    ['woff', 'application/font-woff', { category: 'font', mimeType: 'font/woff', ext: 'woff' }],
    ['glb', 'model/gltf-binary', { category: 'model', mimeType: 'model/gltf-binary', ext: 'glb' }],
    ['glb', '', { category: 'model', mimeType: 'model/gltf-binary', ext: 'glb' }],
    ['glb', 'application/octet-stream', { category: 'model', mimeType: 'model/gltf-binary', ext: 'glb' }],
  ];
  it.each(accepted)('accepts a %s declared as "%s"', async (kind, declared, expected) => {
    expect(await judgeUpload(media[kind]!, declared, `x.${kind}`)).toEqual({ ok: true, media: expected });
  });

  const refused: [string, string, RegExp][] = [
    ['png', 'video/mp4', /"x\.png" was sent as video\/mp4 but its content is image\/png/],
    ['png', 'text/plain', /was sent as text\/plain but its content is image\/png/],
    ['mp4', 'image/png', /was sent as image\/png but its content is video\/mp4/],
    ['wav', 'video/mp4', /content is audio\/wav/],
    ['svg', 'text/xml', /content is image\/svg\+xml/],
    ['txt', 'text/plain', /"x\.txt" is not a supported image, video, audio, font or GLB model file/],
    ['txt', 'image/png', /not a supported image, video, audio, font or GLB model file/],
    ['pdf', 'application/pdf', /not a supported/],
    ['html', 'image/svg+xml', /not a supported/],
    ['empty', 'image/png', /"x\.empty" is empty/],
    ['ttf', 'image/png', /was sent as image\/png but its content is font\/ttf/],
    ['glb', 'image/png', /was sent as image\/png but its content is model\/gltf-binary/],
    ['gltf', 'model/gltf+json', /not a supported image, video, audio, font or GLB model file/],
    ['png', 'model/gltf-binary', /was sent as model\/gltf-binary but its content is image\/png/],
  ];
  it.each(refused)('refuses a %s declared as "%s"', async (kind, declared, reason) => {
    const verdict = await judgeUpload(media[kind]!, declared, `x.${kind}`);
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? '' : verdict.reason).toMatch(reason);
  });
});

describe('looksLikeSvg', () => {
  it.each([
    ['<svg xmlns="http://www.w3.org/2000/svg"/>', true],
    ['\uFEFF  \n<svg>', true],
    ['<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg/>', true],
    ['<!DOCTYPE svg [ <!ENTITY a "b"> ]>\n<svg>', true],
    ['<!-- a > comment --><svg viewBox="0 0 1 1">', true],
    ['<svgfoo>', false],
    ['<html><svg></svg></html>', false],
    ['hello <svg>', false],
    ['<svg\u0000>', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeSvg(Buffer.from(text))).toBe(expected);
  });
});

describe('baseMimeType', () => {
  it('drops parameters and case', () => {
    expect(baseMimeType(' Audio/Ogg; codecs=opus')).toBe('audio/ogg');
    expect(baseMimeType(undefined)).toBe('');
  });
});
