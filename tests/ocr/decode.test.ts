// Decoding every container a seller's Pictures folder holds, in-process: a damaged file must come
// back as a reported outcome, never a crash (the native canvas decoder segfaults on these).
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { openImage } from '../../electron/engine/ocr/decode.js';
import { headerSize, imageKind, jpegOrientation } from '../../electron/engine/ocr/image-header.js';
import * as tx from '../fixtures/image-corpus/transform.js';

/** A 120 × 40 picture: black bar on the left half, white on the right. */
async function halfBlack(): Promise<Buffer> {
  const canvas = createCanvas(120, 40);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 120, 40);
  ctx.fillStyle = '#000';
  ctx.fillRect(0, 0, 60, 40);
  return canvas.encode('png');
}

/** A JPEG with an EXIF APP1 block carrying the given orientation, spliced in after SOI. */
function withOrientation(jpeg: Buffer, orientation: number): Buffer {
  const tiff = Buffer.alloc(26);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(1, 8); // one entry
  tiff.writeUInt16LE(0x0112, 10);
  tiff.writeUInt16LE(3, 12);
  tiff.writeUInt32LE(1, 14);
  tiff.writeUInt16LE(orientation, 18);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), app1, body, jpeg.subarray(2)]);
}

async function pageOf(data: Uint8Array, index = 0) {
  const opened = await openImage(data);
  if (!opened.ok) throw new Error(`not decoded: ${opened.reason}`);
  return { pages: opened.image.pages, gray: await opened.image.page(index) };
}

describe('image decoding', () => {
  it('decodes PNG, JPEG, WebP, GIF, BMP and TIFF to the same greyscale picture', async () => {
    const png = await halfBlack();
    const variants: Array<[string, Uint8Array]> = [
      ['png', png],
      ['jpeg', await tx.toJpeg(png, 90)],
      ['webp', await tx.toWebp(png, 90)],
      ['gif', await tx.toGif(png)],
      ['bmp', await tx.toBmp(png)],
      ['tiff', await tx.toTiff([png])],
    ];
    for (const [kind, data] of variants) {
      expect(imageKind(data)).toBe(kind);
      const { gray } = await pageOf(data);
      expect([kind, gray.width, gray.height]).toEqual([kind, 120, 40]);
      expect(gray.data[20 * 120 + 10]).toBeLessThan(40); // black half
      expect(gray.data[20 * 120 + 110]).toBeGreaterThan(215); // white half
    }
  });

  it('reads every page of a multi-page TIFF', async () => {
    const { pages, gray } = await pageOf(await tx.toTiff([await halfBlack(), await tx.icon(1, 64)]), 1);
    expect(pages).toBe(2);
    expect([gray.width, gray.height]).toEqual([64, 64]);
  });

  it('decodes HEIC when ImageMagick can make one', async () => {
    const heic = tx.toHeic(await halfBlack());
    if (!heic) return; // no encoder on this machine; decoding is still covered by the corpus when present
    expect(imageKind(heic)).toBe('heic');
    const { gray } = await pageOf(heic);
    expect([gray.width, gray.height]).toEqual([120, 40]);
  });

  it('turns a phone photo upright from its EXIF orientation', async () => {
    const jpeg = withOrientation(await tx.toJpeg(await halfBlack(), 90), 6);
    expect(jpegOrientation(jpeg)).toBe(6);
    const { gray } = await pageOf(jpeg);
    // Orientation 6: stored rotated 90° anticlockwise; shown turned clockwise, so the black half is on top.
    expect([gray.width, gray.height]).toEqual([40, 120]);
    expect(gray.data[10 * 40 + 20]).toBeLessThan(40);
    expect(gray.data[110 * 40 + 20]).toBeGreaterThan(215);
  });

  it('reports damaged, truncated and zero-filled images as corrupt, without crashing', async () => {
    const png = await halfBlack();
    const sources: Array<[string, Uint8Array]> = [
      ['png', png],
      ['jpeg', await tx.toJpeg(png, 90)],
      ['webp', await tx.toWebp(png)],
      ['gif', await tx.toGif(png)],
      ['bmp', await tx.toBmp(png)],
      ['tiff', await tx.toTiff([png])],
    ];
    const heic = tx.toHeic(png);
    if (heic) sources.push(['heic', heic]);
    for (const [kind, data] of sources) {
      const garbage = Buffer.concat([Buffer.from(data.subarray(0, 64)), Buffer.alloc(500, 7)]);
      const zeroTail = Buffer.concat([Buffer.from(data.subarray(0, 40)), Buffer.alloc(Math.max(0, data.length - 40))]);
      for (const [how, bad] of [['garbage', garbage], ['zero tail', zeroTail], ['header only', data.subarray(0, 30)]] as const) {
        const outcome = await openImage(bad);
        // A tolerant decoder may show a partial picture (grey where the data stops); it must not throw or crash.
        if (outcome.ok) await outcome.image.page(0);
        else expect([kind, how, outcome.reason]).toEqual([kind, how, expect.stringMatching(/corrupt|too-large/)]);
      }
    }
  });

  it('refuses a decompression bomb from its header, before decoding', async () => {
    const png = Buffer.from(await halfBlack());
    png.writeUInt32BE(60_000, 16); // IHDR width
    png.writeUInt32BE(60_000, 20); // IHDR height
    expect(headerSize(png, 'png')).toEqual({ width: 60_000, height: 60_000 });
    expect(await openImage(png)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('reports AVIF and unknown bytes as unsupported', async () => {
    expect(await openImage(await tx.toAvif(await halfBlack()))).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(await openImage(new Uint8Array(64).fill(3))).toMatchObject({ ok: false, reason: 'unsupported' });
  });
});
