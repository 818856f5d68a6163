// The first look and the raster operations, on pictures drawn here: a crop holding one address, a
// line of text at an angle, noise, an icon.
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { firstLook, minTextGlyphs } from '../../electron/engine/ocr/first-look.js';
import { prepareForOcr, scaleFactor } from '../../electron/engine/ocr/prepare.js';
import { orient, rotateGray, scaleGray, toGray, toPgm, type Gray } from '../../electron/engine/ocr/raster.js';
import { random } from '../fixtures/image-corpus/transform.js';

function draw(width: number, height: number, paint: (ctx: ReturnType<ReturnType<typeof createCanvas>['getContext']>) => void): Gray {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  paint(ctx);
  return toGray(ctx.getImageData(0, 0, width, height).data, width, height, 'rgba');
}

const crop = () =>
  draw(220, 26, (ctx) => {
    ctx.fillStyle = '#333';
    ctx.font = '14px "Liberation Sans"';
    ctx.fillText('jane.doe@example.com', 6, 18);
  });

describe('first look', () => {
  it('sees text in a crop holding one email address (13–14 px UI font)', () => {
    const look = firstLook(crop());
    expect(look).toMatchObject({ tiny: false, text: true, dark: false });
    expect(look.glyphHeight).toBeGreaterThan(6);
    expect(look.glyphHeight).toBeLessThan(14);
  });

  it('sees light text on a dark background, and says the page is dark', () => {
    const look = firstLook(
      draw(400, 60, (ctx) => {
        ctx.fillStyle = '#1e1f22';
        ctx.fillRect(0, 0, 400, 60);
        ctx.fillStyle = '#e3e5e8';
        ctx.font = '15px "Liberation Sans"';
        ctx.fillText('Ship to: 14 Mill Lane, Brighton BN1 4GH', 8, 35);
      }),
    );
    expect(look).toMatchObject({ text: true, dark: true });
  });

  it('measures the slope of text photographed at an angle', () => {
    const look = firstLook(
      draw(700, 300, (ctx) => {
        ctx.translate(60, 60);
        ctx.rotate((8 * Math.PI) / 180);
        ctx.fillStyle = '#111';
        ctx.font = 'bold 24px "Liberation Sans"';
        ctx.fillText('LEMPI PAUCEK', 0, 30);
        ctx.fillText('72 LLOYD CRESCENT', 0, 70);
        ctx.fillText('LEGROSTON BD29 3XX', 0, 110);
      }),
    );
    expect(look.text).toBe(true);
    expect(Math.abs(look.skew - 8)).toBeLessThan(2);
  });

  it('sees text turned a quarter (a sideways photo without its EXIF orientation)', () => {
    const upright = draw(420, 140, (ctx) => {
      ctx.fillStyle = '#111';
      ctx.font = 'bold 22px "Liberation Sans"';
      ctx.fillText('LEMPI PAUCEK', 10, 40);
      ctx.fillText('72 LLOYD CRESCENT', 10, 80);
      ctx.fillText('LEGROSTON BD29 3XX', 10, 120);
    });
    expect(firstLook(upright)).toMatchObject({ text: true, sideways: false });
    expect(firstLook(orient(upright, 6))).toMatchObject({ text: true, sideways: true });
  });

  it('finds no text in noise, a gradient or an icon', () => {
    const rnd = random(7);
    const noise = draw(800, 600, (ctx) => {
      const img = ctx.getImageData(0, 0, 800, 600);
      for (let i = 0; i < img.data.length; i += 4) img.data[i] = img.data[i + 1] = img.data[i + 2] = 128 + (rnd() - 0.5) * 80;
      ctx.putImageData(img, 0, 0);
    });
    expect(firstLook(noise).text).toBe(false);
    const gradient = draw(800, 600, (ctx) => {
      const g = ctx.createLinearGradient(0, 0, 800, 600);
      g.addColorStop(0, '#204060');
      g.addColorStop(1, '#e0d0b0');
      ctx.fillStyle = g;
      ctx.fillRect(0, 0, 800, 600);
    });
    expect(firstLook(gradient).text).toBe(false);
    expect(firstLook(draw(32, 32, (ctx) => ctx.fillRect(8, 8, 16, 16)))).toMatchObject({ tiny: true, text: false });
  });

  it('asks more rows of glyphs of a larger picture', () => {
    expect(minTextGlyphs(220 * 26)).toBe(8);
    expect(minTextGlyphs(4_000_000)).toBe(40);
  });
});

describe('preparation for OCR', () => {
  it('enlarges small UI text and shrinks large text towards 20 px glyphs', () => {
    const gray = crop();
    const base = { tiny: false, text: true, glyphs: 20, skew: 0, sideways: false, dark: false, blobs: 20 };
    expect(scaleFactor(gray, { ...base, glyphHeight: 10 })).toBe(2);
    expect(scaleFactor(gray, { ...base, glyphHeight: 80 })).toBe(0.5);
    expect(scaleFactor(gray, { ...base, glyphHeight: 19 })).toBe(1);
  });

  it('maps boxes found in the straightened, scaled picture back onto the original', () => {
    const gray = draw(400, 200, () => undefined);
    const look = { tiny: false, text: true, glyphs: 20, glyphHeight: 10, skew: 6, sideways: false, dark: true, blobs: 20 };
    const prepared = prepareForOcr(gray, look);
    const header = Buffer.from(prepared.image.subarray(0, 20)).toString('latin1');
    expect(header.startsWith('P5\n')).toBe(true);
    const [x, y, w, h] = prepared.toOriginal([0, 0, 100_000, 100_000]);
    expect([x, y, x + w, y + h]).toEqual([0, 0, 400, 200]); // clamped to the picture
    // A box at the centre of the straightened image stays at the centre of the original.
    const [, , pw] = [0, 0, Number(/P5\n(\d+) (\d+)/.exec(header)![1])];
    const ph = Number(/P5\n(\d+) (\d+)/.exec(header)![2]);
    const centre = prepared.toOriginal([pw / 2 - 10, ph / 2 - 10, 20, 20]);
    expect(Math.abs(centre[0] + centre[2] / 2 - 200)).toBeLessThan(2);
    expect(Math.abs(centre[1] + centre[3] / 2 - 100)).toBeLessThan(2);
  });
});

describe('raster', () => {
  const ramp: Gray = { width: 4, height: 2, data: new Uint8Array([0, 80, 160, 240, 0, 80, 160, 240]) };

  it('shrinks by averaging and enlarges smoothly', () => {
    expect([...scaleGray(ramp, 0.5).data]).toEqual([40, 200]);
    const big = scaleGray(ramp, 2);
    expect([big.width, big.height]).toEqual([8, 4]);
    expect(big.data[0]).toBe(0);
    expect(big.data[7]).toBe(240);
  });

  it('applies EXIF orientations and rotations', () => {
    expect(orient(ramp, 6)).toMatchObject({ width: 2, height: 4 });
    expect([...orient(ramp, 3).data]).toEqual([240, 160, 80, 0, 240, 160, 80, 0]);
    const turned = rotateGray({ width: 10, height: 4, data: new Uint8Array(40).fill(200) }, 90);
    expect([turned.width, turned.height]).toEqual([4, 10]);
  });

  it('writes binary PGM', () => {
    const pgm = toPgm(ramp);
    expect(Buffer.from(pgm.subarray(0, 11)).toString('latin1')).toBe('P5\n4 2\n255\n');
    expect(pgm.length).toBe(11 + 8);
  });
});
