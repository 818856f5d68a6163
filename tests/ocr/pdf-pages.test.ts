// Scanned PDF pages through the PDF reader: read by OCR when the scan allows it, with page numbers
// and boxes; limited in pages; reported, never passed as clean, when OCR is off.
import { createCanvas } from '@napi-rs/canvas';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type ReadContext, type TextUnit } from '../../electron/engine/content.js';
import { readPdf } from '../../electron/engine/formats/pdf.js';
import { terminateOcr } from '../../electron/engine/ocr/engine.js';
import type { OcrSettings } from '../../electron/engine/ocr/settings.js';
import { scannedPdf } from '../fixtures/image-corpus/index.js';

/** A scanned page at 150 dpi holding the given lines. */
async function scan(lines: string[]): Promise<Uint8Array> {
  const canvas = createCanvas(1240, 600);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fbfaf7';
  ctx.fillRect(0, 0, 1240, 600);
  ctx.fillStyle = '#222';
  ctx.font = '30px "Liberation Serif"';
  lines.forEach((line, i) => ctx.fillText(line, 90, 120 + i * 50));
  return canvas.encode('png');
}

function context(ocr: boolean, ocrSettings?: OcrSettings): ReadContext {
  return { displayName: '/tmp/scan.pdf', format: 'pdf', limits: DEFAULT_LIMITS, ocr, ocrSettings };
}

function units(outcome: Awaited<ReturnType<typeof readPdf>>): TextUnit[] {
  return outcome.ok ? outcome.content.flatMap((c) => (c.type === 'text' ? [...c.units] : [])) : [];
}

describe('scanned PDF pages', () => {
  afterAll(() => terminateOcr());

  it('reads an image-only PDF by OCR, page numbers and boxes kept', async () => {
    const pdf = await scannedPdf([
      { png: await scan(['Packing slip 4471', 'Deliver to: 14 Mill Lane']), dpi: 150 },
      { png: await scan(['Page two of the slip', 'Brighton BN1 4GH']), dpi: 150 },
    ]);
    const outcome = await readPdf(pdf, context(true));
    expect(outcome).toMatchObject({ ok: true, ocr: true });
    const found = units(outcome);
    const mill = found.find((u) => u.text.includes('14 Mill Lane'));
    expect(mill?.where).toMatchObject({ page: 1, box: expect.any(Array) });
    expect(found.find((u) => u.text.includes('BN1 4GH'))?.where).toMatchObject({ page: 2 });
    const [x, y, w, h] = (mill!.where as { box: number[] }).box;
    // 150 dpi scan rendered at 200 dpi: the box is in rendered pixels, near where the text was drawn.
    expect(x).toBeGreaterThan(90 * (200 / 150) - 20);
    expect(y).toBeGreaterThan(150 * (200 / 150) - 60);
    expect(w).toBeGreaterThan(100);
    expect(h).toBeGreaterThan(10);
  });

  it('reads text pages from the text layer and only the scanned page by OCR', async () => {
    const pdf = await scannedPdf([{ png: await scan(['Order 88231', 'Ship to: 9 Elm Road']), dpi: 150 }], [['Returns policy: thirty days, unused items only.']]);
    const outcome = await readPdf(pdf, context(true));
    expect(outcome).toMatchObject({ ok: true, ocr: true });
    expect(outcome.ok && outcome.notes).toBeFalsy();
    const found = units(outcome);
    expect(found.find((u) => u.text.includes('Returns policy'))?.where).toEqual({ page: 1 });
    expect(found.find((u) => u.text.includes('9 Elm Road'))?.where).toMatchObject({ page: 2, box: expect.any(Array) });
  });

  it('reads at most maxPages scanned pages and reports the rest', async () => {
    const page = { png: await scan(['Invoice copy', 'Thank you']), dpi: 150 };
    const outcome = await readPdf(await scannedPdf([page, page, page]), context(true, { maxPages: 1 }));
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.notes?.map((n) => n.message.slice(0, 6))).toEqual(['Page 2', 'Page 3']);
  });

  it('with OCR off, reports a scanned PDF as needing OCR', async () => {
    const pdf = await scannedPdf([{ png: await scan(['Deliver to: 14 Mill Lane']), dpi: 150 }]);
    expect(await readPdf(pdf, context(false))).toMatchObject({ ok: false, reason: 'needs-ocr' });
  });
});
