// The PDF as a person sees it: pages rendered by pdftoppm. A4 pages of a sane number, nothing
// printed outside the margins (tables with long masked paths wrap instead of overflowing), a
// running head and a footer (page number, key fingerprint, how to verify) on every page, and a QR
// code on the first page whose modules are exactly the report code, hash and key.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qrModules, reportQrText } from '../../electron/engine/attest/report-qr.js';
import { reportCode, reportHash } from '../../electron/engine/attest/report-code.js';
import type { Attestation } from '../../shared/attestation.js';
import { emptyCounts } from '../../shared/types.js';
import { makeReport, testKey } from '../fixtures/attest-report.js';
import { fakeSha, sampleLog, sampleScan } from '../fixtures/attest-samples.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';
import { greyAt, inkIn, renderGreyPages, renderPngPages, type PageGrey } from './pdf-pages.js';

const A4 = { width: 595.28, height: 841.89 };

/** A report with what breaks layouts: a very long business name and reference, 60 deep paths without spaces. */
function stressScan() {
  const scan = sampleScan();
  const base = scan.files[0]!;
  for (let i = 0; i < 60; i++) {
    const path = `/home/sunny/Documents/Very Long Folder Name For Exports ${i}/a-really-long-sub-folder-name-without-any-spaces-at-all-${i}-xxxxxxxxxxxxxxxxxxxx/orders_${i}.csv`;
    scan.files.push({ ...base, path, sha256: fakeSha(path), format: 'csv', risk: i % 3 ? 'low' : 'high', records: 10 + i, findings: { ...emptyCounts(), name: 10, email: 10 } });
    if (i < 8) scan.files.push({ ...base, path: path.replace('.csv', '.xlsx'), sha256: fakeSha(`${path}x`), format: 'xlsx', status: 'error', reason: 'too-large', message: 'Too large.', risk: 'none' });
  }
  return scan;
}

describe('the PDF rendered to pictures', { timeout: 120_000 }, () => {
  let dir: string;
  const reports: Record<'sample' | 'stress', { attestation: Attestation; pdf: Buffer; pages: PageGrey[] }> = {} as never;

  beforeAll(async () => {
    dir = await makeTempDir('cda-pdf-render-');
    const sample = sampleScan();
    const stress = stressScan();
    const seller = { business: 'The Extremely Long Business Name Trading As Harbour & Pine Homeware and Gifts Limited (UK)', attester: 'Ann Fielding-Smythe', reference: 'AMZ-CASE-2026-0142-URGENT-REVIEW-OF-SELLER-DATA-HANDLING' };
    for (const [name, made] of [
      ['sample', await makeReport(sample, sampleLog(sample), testKey())],
      ['stress', await makeReport(stress, sampleLog(stress), testKey(), seller)],
    ] as const) {
      reports[name] = { ...made, pages: await renderGreyPages(made.pdf, join(dir, name), 72) };
    }
  });
  afterAll(async () => {
    if (dir) await removeTempDir(dir);
  });

  it('has A4 pages, a sane number of them, as PNG for people to look at', async () => {
    const pngs = await renderPngPages(reports.sample.pdf, join(dir, 'png'), 80);
    expect(pngs.length).toBeGreaterThanOrEqual(3);
    expect(pngs.length).toBeLessThanOrEqual(6);
    for (const png of pngs) {
      expect(Math.abs(png.width - (A4.width * 80) / 72)).toBeLessThanOrEqual(1);
      expect(Math.abs(png.height - (A4.height * 80) / 72)).toBeLessThanOrEqual(1);
    }
    // 60 more files with findings add pages, not hundreds of them.
    expect(reports.stress.pages.length).toBeGreaterThan(pngs.length);
    expect(reports.stress.pages.length).toBeLessThanOrEqual(16);
  });

  it('prints nothing outside the margins, even with very long names and paths', () => {
    for (const { pages } of Object.values(reports)) {
      pages.forEach((page, i) => {
        const where = `page ${i + 1}`;
        expect(inkIn(page, { x: 0, y: 0, w: 50, h: A4.height }), `${where} left margin`).toBe(0);
        expect(inkIn(page, { x: A4.width - 50, y: 0, w: 50, h: A4.height }), `${where} right margin`).toBe(0);
        expect(inkIn(page, { x: 0, y: 0, w: A4.width, h: 28 }), `${where} top edge`).toBe(0);
        expect(inkIn(page, { x: 0, y: A4.height - 24, w: A4.width, h: 24 }), `${where} bottom edge`).toBe(0);
        // The running head and rule (pages after the first) stay on their one line above the body.
        if (i > 0) expect(inkIn(page, { x: 56, y: 47.5, w: A4.width - 112, h: 12 }), `${where} below the running head`).toBe(0);
      });
    }
  });

  it('has a running head and a footer on every page, with nothing in between them and the body', () => {
    for (const { pages } of Object.values(reports)) {
      for (const page of pages) {
        expect(inkIn(page, { x: 56, y: 30, w: A4.width - 112, h: 16 })).toBeGreaterThan(50);
        // Fingerprint and page number line, then the verification instruction and report code.
        expect(inkIn(page, { x: 56, y: A4.height - 58, w: A4.width - 112, h: 9 })).toBeGreaterThan(100);
        expect(inkIn(page, { x: 56, y: A4.height - 46, w: A4.width - 112, h: 9 })).toBeGreaterThan(100);
      }
    }
  });

  it('draws a QR code on the first page holding the report code, hash and key', async () => {
    const { attestation, pdf } = reports.sample;
    const text = reportQrText(attestation);
    expect(text).toBe(`CDA REPORT ${reportCode(attestation)} SHA256:${reportHash(attestation).toUpperCase()} KEY:${attestation.signature.fingerprint.toUpperCase()}`);
    const modules = qrModules(text);
    expect(modules.length).toBeLessThanOrEqual(49); // version 8 at most: modules stay large enough to scan from paper
    // Sharp enough to sample each module's centre.
    const [page] = await renderGreyPages(pdf, join(dir, 'qr'), 288);
    const box = inkBounds(page!, { x: A4.width - 140, y: 55, w: 90, h: 85 });
    const side = box.x1 - box.x0;
    expect(Math.abs(side - (box.y1 - box.y0))).toBeLessThan(1); // square
    expect(side).toBeGreaterThan(60); // about 25 mm
    const cell = side / modules.length;
    let wrong = 0;
    modules.forEach((row, y) =>
      row.forEach((dark, x) => {
        const grey = greyAt(page!, box.x0 + (x + 0.5) * cell, box.y0 + (y + 0.5) * cell);
        if (dark !== grey < 128) wrong++;
      }),
    );
    expect(wrong).toBe(0);
    // A quiet zone of white around it (four modules).
    expect(inkIn(page!, { x: box.x0 - 4 * cell, y: box.y0 - 4 * cell, w: 4 * cell - 0.5, h: side + 8 * cell })).toBe(0);
  });
});

/** The bounding box, in points, of the ink inside a box. */
function inkBounds(page: PageGrey, box: { x: number; y: number; w: number; h: number }): { x0: number; y0: number; x1: number; y1: number } {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let py = Math.floor(box.y * page.scale); py < (box.y + box.h) * page.scale; py++) {
    for (let px = Math.floor(box.x * page.scale); px < (box.x + box.w) * page.scale; px++) {
      if (page.pixels[py * page.width + px]! < 128) {
        x0 = Math.min(x0, px);
        y0 = Math.min(y0, py);
        x1 = Math.max(x1, px + 1);
        y1 = Math.max(y1, py + 1);
      }
    }
  }
  return { x0: x0 / page.scale, y0: y0 / page.scale, x1: x1 / page.scale, y1: y1 / page.scale };
}
