// OCR end to end on a generated corpus of the screenshots, photos and scans sellers keep: real
// HTML pages rendered by Chromium at 1× and 2×, dark mode, light grey 13 px text, phone screens,
// JPEG artefacts, a label photographed at an angle, WebP, GIF, BMP, a two-page TIFF, HEIC, an
// image-only PDF and a mixed PDF; and images without customer data (product photos, icons,
// dashboards). The scan runs with the real worker pool, recognizers and cache.
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openImage } from '../../electron/engine/ocr/decode.js';
import { firstLook } from '../../electron/engine/ocr/first-look.js';
import { scan } from '../../electron/engine/scan.js';
import type { FileResult, ScanReport } from '../../shared/types.js';
import { buildImageCorpus, type LabelledImage } from '../fixtures/image-corpus/index.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);

describe('OCR on a corpus of screenshots, photos and scans', () => {
  let dir: string;
  let cacheDir: string;
  let corpus: LabelledImage[];
  let report: ScanReport;
  let coldMs: number;
  const resultOf = (item: LabelledImage): FileResult => report.files.find((f) => f.path === item.path)!;
  const planted = () => corpus.flatMap((item) => Object.values(item.plantedValues).flat());

  beforeAll(async () => {
    dir = await makeTempDir('cda-ocr-corpus-');
    cacheDir = await makeTempDir('cda-ocr-cache-');
    corpus = await buildImageCorpus(join(dir, 'Pictures'), 'small');
    const started = Date.now();
    report = await scan({ roots: [join(dir, 'Pictures')], ocr: true, ocrSettings: { cacheDir }, jobs: 2 });
    coldMs = Date.now() - started;
  }, 170_000);

  afterAll(async () => {
    await removeTempDir(dir);
    await removeTempDir(cacheDir);
  });

  it('the first look skips no image that shows text, and every product photo and icon', async () => {
    for (const item of corpus) {
      if (item.path.endsWith('.pdf')) continue;
      const opened = await openImage(await readFile(item.path));
      expect([item.family, item.variant, opened.ok]).toEqual([item.family, item.variant, true]);
      if (!opened.ok) continue;
      let text = false;
      for (let p = 0; p < opened.image.pages; p++) text ||= firstLook(await opened.image.page(p)).text;
      const showsText = item.holdsCustomerData || item.family === 'dashboard' || item.family === 'listing';
      expect([item.family, item.variant, text]).toEqual([item.family, item.variant, showsText]);
    }
  });

  it('finds customer data in every image that holds some, and in none of the others', () => {
    for (const item of corpus) {
      const result = resultOf(item);
      expect([item.family, item.variant, result.status, result.ocr]).toEqual([item.family, item.variant, 'scanned', true]);
      expect([item.family, item.variant, result.risk !== 'none']).toEqual([item.family, item.variant, item.holdsCustomerData]);
    }
  });

  it('counts the customers of a screenshot of a customer list, one per row', () => {
    const list = corpus.find((i) => i.family === 'customer-list')!;
    expect(resultOf(list).records).toBe(list.plantedValues.email.length);
  });

  it('points evidence at regions of the picture, with page numbers for TIFF and PDF pages', async () => {
    for (const item of corpus.filter((i) => i.holdsCustomerData)) {
      const result = resultOf(item);
      for (const evidence of result.evidence) {
        const where = evidence.where as { page?: number; box?: [number, number, number, number] };
        if (item.family === 'mixed-pdf' && !where.box) continue; // the text layer's own lines
        expect(where.box).toBeDefined();
        const [x, y, w, h] = where.box!;
        expect(Math.min(x, y, w, h)).toBeGreaterThanOrEqual(0);
        if (!item.path.endsWith('.pdf')) {
          const opened = await openImage(await readFile(item.path));
          if (!opened.ok) throw new Error('undecodable');
          const page = await opened.image.page((where.page ?? 1) - 1);
          expect(x + w).toBeLessThanOrEqual(page.width);
          expect(y + h).toBeLessThanOrEqual(page.height);
        }
      }
    }
    const tiff = resultOf(corpus.find((i) => i.path.endsWith('.tif'))!);
    expect(tiff.evidence.every((e) => 'page' in e.where && e.where.page === 2)).toBe(true);
    const mixed = resultOf(corpus.find((i) => i.family === 'mixed-pdf')!);
    expect(mixed.evidence.some((e) => 'box' in e.where && e.where.page === 2)).toBe(true);
  });

  it('keeps recognised text out of the report and the cache', async () => {
    const json = JSON.stringify(report);
    const cacheText = (await Promise.all((await readdir(cacheDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), 'utf8')))).join('\n');
    expect(cacheText.length).toBeGreaterThan(0);
    for (const value of planted()) {
      expect(json.includes(value)).toBe(false);
      expect(cacheText.includes(value)).toBe(false);
    }
  });

  it('does not read the same images again on a second scan with the cache', async () => {
    const started = Date.now();
    const again = await scan({ roots: [join(dir, 'Pictures')], ocr: true, ocrSettings: { cacheDir }, jobs: 2 });
    const warmMs = Date.now() - started;
    const strip = (f: FileResult) => ({ path: f.path, status: f.status, risk: f.risk, findings: f.findings, records: f.records, evidence: f.evidence });
    expect(again.files.map(strip)).toEqual(report.files.map(strip));
    expect(warmMs).toBeLessThan(coldMs / 3);
  }, 120_000);

  it('with OCR off, reports every image and scanned page as needing OCR, never as clean', async () => {
    const off = await scan({ roots: [join(dir, 'Pictures')], ocr: false, jobs: 2 });
    for (const item of corpus) {
      const result = off.files.find((f) => f.path === item.path)!;
      if (item.family === 'mixed-pdf') {
        // The text page is read; the scanned page is why the file cannot be vouched for.
        expect([result.status, result.reason]).toEqual(['skipped', 'needs-ocr']);
        continue;
      }
      expect([item.family, item.variant, result.status, result.reason]).toEqual([item.family, item.variant, 'skipped', 'needs-ocr']);
    }
  }, 60_000);

  it('scans without a single network request, in any thread', () => {
    const run = (args: string[], log: string) =>
      spawnSync(process.execPath, args, {
        encoding: 'utf8',
        timeout: 150_000,
        env: { ...process.env, NODE_OPTIONS: `--import=${fileURLToPath(new URL('deny-network.mjs', FIXTURES))}`, CDA_NET_LOG: log },
      });
    // The check can fail: the control reaches out from two threads in four ways and is caught each time.
    const controlLog = join(dir, 'control-network.log');
    const control = run([fileURLToPath(new URL('try-network.mjs', FIXTURES))], controlLog);
    expect(control.stdout.trim()).toBe('done');
    const caught = spawnSync('cat', [controlLog], { encoding: 'utf8' }).stdout.trim().split('\n');
    expect(caught.length).toBe(8);

    const scanLog = join(dir, 'scan-network.log');
    const child = run(['--import', 'tsx', fileURLToPath(new URL('scan-offline.ts', FIXTURES)), join(dir, 'Pictures')], scanLog);
    expect(child.status).toBe(0);
    const summary = JSON.parse(child.stdout.trim().split('\n').pop()!) as { filesWithCustomerData: number; ocrFiles: number };
    expect(summary.filesWithCustomerData).toBe(corpus.filter((i) => i.holdsCustomerData).length);
    expect(spawnSync('test', ['-e', scanLog]).status).not.toBe(0); // no attempt was logged
    for (const value of planted()) expect(child.stdout.includes(value) || child.stderr.includes(value)).toBe(false);
  }, 160_000);
});
