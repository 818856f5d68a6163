// The thumbnail's parts on their own: which regions get covered (whole panels and table rows
// holding a finding, nothing else), and that covering happens before shrinking, so no pixel of a
// covered region survives into the PNG while the rest of the picture does.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANALYZE_OPTIONS } from '../../electron/engine/analyze/index.js';
import type { TextContent } from '../../electron/engine/content.js';
import type { Box } from '../../electron/engine/ocr/engine.js';
import type { Gray } from '../../electron/engine/ocr/raster.js';
import { buildThumbnail, findingRegions, renderThumbnail } from '../../electron/engine/ocr/thumbnail.js';
import { thumbnailPage } from '../../electron/engine/ocr/thumbnail-service.js';
import { emptyCounts, type FileResult } from '../../shared/types.js';

const { PNG } = (await import('pngjs')) as unknown as { PNG: { sync: { read(data: Buffer): { width: number; height: number; data: Buffer } } } };

function text(lines: Array<[string, Box]>): TextContent {
  return { type: 'text', units: lines.map(([t, box]) => ({ text: t, where: { box } })) };
}

/** A page of noise (like text: every pixel differs from its neighbours). */
function noisyPage(width: number, height: number): Gray {
  const data = new Uint8Array(width * height);
  let s = 7;
  for (let i = 0; i < data.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    data[i] = s >>> 24;
  }
  return { width, height, data };
}

function decode(url: string) {
  return PNG.sync.read(Buffer.from(url.replace('data:image/png;base64,', ''), 'base64'));
}

function spread(image: { width: number; data: Buffer }, [x, y, w, h]: Box): number {
  const values: number[] = [];
  for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) values.push(image.data[(yy * image.width + xx) * 4]!);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
}

describe('thumbnail regions', () => {
  const page = { width: 1000, height: 800 };

  it('covers every line of a panel holding a finding, and leaves panels without one alone', () => {
    const shipTo = text([
      ['Ship to', [40, 100, 80, 16]],
      ['Margaret Thompson', [40, 120, 170, 16]],
      ['14 Station Road', [40, 140, 150, 16]],
      ['Leeds LS6 2AB', [40, 160, 130, 16]],
      ['Phone: 07700 900123', [40, 180, 190, 16]],
    ]);
    const items = text([
      ['Items', [40, 300, 60, 16]],
      ['Bamboo cutting board, large', [40, 320, 260, 16]],
      ['Order total £51.50', [40, 340, 170, 16]],
    ]);
    const regions = findingRegions([shipTo, items], DEFAULT_ANALYZE_OPTIONS, page);
    // All five lines of the panel (the heading too), widened; nothing from the items panel.
    for (const unit of shipTo.units as Array<{ where: { box: Box } }>) {
      const [x, y, w, h] = unit.where.box;
      expect(regions.some(([rx, ry, rw, rh]) => rx <= x && ry <= y && rx + rw >= x + w && ry + rh >= y + h)).toBe(true);
    }
    expect(regions.some(([, ry]) => ry > 250)).toBe(false);
  });

  it('also covers repeats of a found value elsewhere, and lines that look like an email or phone however misread', () => {
    const shipTo = text([
      ['Ship to', [40, 100, 80, 16]],
      ['Margaret Thompson', [40, 120, 170, 16]],
      ['14 Station Road', [40, 140, 150, 16]],
      ['Leeds LS6 2AB', [40, 160, 130, 16]],
    ]);
    const title = text([['Order # 201-3187864-1996329', [40, 20, 300, 20]]]);
    const repeat = text([['MARGARET  thompson', [600, 500, 170, 16]]]);
    const misread = text([['marg.th0mps0n @ gmai1', [600, 600, 200, 16]]]);
    const phone = text([['Call 0770 09OO 123 or 0113 496 0000', [600, 700, 300, 16]]]);
    const covers = (regions: Box[], [x, y]: [number, number]) => regions.some(([rx, ry, rw, rh]) => rx <= x && ry <= y && rx + rw > x && ry + rh > y);
    const regions = findingRegions([title, shipTo, repeat, misread, phone], DEFAULT_ANALYZE_OPTIONS, page);
    expect(covers(regions, [601, 501])).toBe(true);
    expect(covers(regions, [601, 601])).toBe(true);
    expect(covers(regions, [601, 701])).toBe(true);
    // An order number is no phone (17 digits): the title stays readable.
    expect(covers(regions, [41, 21])).toBe(false);
    // The check can fail: the repeated name alone, without the panel that names it, is not covered.
    expect(covers(findingRegions([title, repeat], DEFAULT_ANALYZE_OPTIONS, page), [601, 501])).toBe(false);
  });

  it('finds nothing to cover in text without customer data', () => {
    expect(findingRegions([text([['Seller Central Orders Inventory Reports', [0, 0, 400, 16]]])], DEFAULT_ANALYZE_OPTIONS, page)).toEqual([]);
  });
});

describe('thumbnail pictures', () => {
  const gray = noisyPage(1200, 900);
  const regions: Box[] = [
    [100, 100, 300, 40],
    [601, 333, 217, 29],
  ];

  it('is at most 480 pixels on its long side, a PNG, with the regions flat and the rest intact', () => {
    const t = renderThumbnail(gray, regions, { reveal: false }, { page: 1, pages: 1 });
    expect([t.width, t.height, t.source]).toEqual([480, 360, { width: 1200, height: 900 }]);
    const png = decode(t.dataUrl);
    expect([png.width, png.height]).toEqual([480, 360]);
    expect(t.regions).toHaveLength(2);
    for (const [x, y, w, h] of t.regions) {
      // Inside the outline, every pixel is the cover colour.
      expect(spread(png, [x + 1, y + 1, w - 2, h - 2])).toBe(0);
    }
    // Outside, the picture is there (noise shrunk by area averaging still varies).
    expect(spread(png, [0, 200, 480, 100])).toBeGreaterThan(3);
  });

  it('revealed: the regions keep their pixels and are only outlined', () => {
    const t = renderThumbnail(gray, regions, { reveal: true }, { page: 1, pages: 1 });
    const png = decode(t.dataUrl);
    const [x, y, w, h] = t.regions[0]!;
    expect(spread(png, [x + 1, y + 1, w - 2, h - 2])).toBeGreaterThan(3);
    expect(t.revealed).toBe(true);
  });

  it('does not enlarge small pictures', () => {
    const t = renderThumbnail(noisyPage(200, 120), [], { reveal: false }, { page: 1, pages: 1 });
    expect([t.width, t.height]).toEqual([200, 120]);
  });

  it('reports damaged or non-picture files instead of throwing', async () => {
    const context = { analyze: DEFAULT_ANALYZE_OPTIONS, maxFileBytes: 1e9 };
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    expect(await buildThumbnail(png, 'broken.png', { reveal: false }, context)).toMatchObject({ ok: false });
    expect(await buildThumbnail(Buffer.from('a,b\n1,2\n'), 'table.csv', { reveal: false }, context)).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(await buildThumbnail(Buffer.from('%PDF-1.4 nonsense'), 'scan.pdf', { reveal: false }, context)).toMatchObject({ ok: false, reason: 'not-found' });
  });
});

describe('which page a file shows', () => {
  const file = (over: Partial<FileResult>): FileResult => ({ path: '/p/x.png', size: 1, mtimeMs: 0, format: 'image', status: 'scanned', ocr: true, findings: emptyCounts(), records: 1, risk: 'low', evidence: [], ...over });

  it('the first page with a located finding; none for clean files, text-layer PDFs and archive entries', () => {
    expect(thumbnailPage(file({}))).toBe(1);
    expect(thumbnailPage(file({ format: 'image', evidence: [{ category: 'name', masked: 'J*** D**', confidence: 0.9, where: { page: 2, box: [1, 2, 3, 4] } }] }))).toBe(2);
    expect(thumbnailPage(file({ risk: 'none' }))).toBeUndefined();
    expect(thumbnailPage(file({ format: 'pdf', evidence: [{ category: 'name', masked: 'J*** D**', confidence: 0.9, where: { page: 1 } }] }))).toBeUndefined();
    expect(thumbnailPage(file({ format: 'pdf', evidence: [{ category: 'email', masked: 'j***@x.com', confidence: 0.9, where: { page: 3, box: [0, 0, 5, 5] } }] }))).toBe(3);
    expect(thumbnailPage(file({ path: '/p/a.zip!x.png' }))).toBeUndefined();
  });
});
