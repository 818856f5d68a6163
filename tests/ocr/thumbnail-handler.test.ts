// The Review thumbnail through the handler table (as main's IPC and the web bridge call it), over a
// real scan of a Chromium-rendered order page and a scanned PDF. Where each customer value sits is
// taken from the browser's own layout (text ranges of the rendered page), independently of OCR:
// inside every one of those regions the thumbnail must be flat (covered), while the revealed
// picture shows text there. The thumbnail is never written anywhere on disk.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiName, ApiResults, AppEvent, PictureThumbnail } from '../../shared/api.js';
import { dispatch } from '../../electron/handlers/dispatch.js';
import { createHandlers } from '../../electron/handlers/index.js';
import { ScanSessions } from '../../electron/handlers/scan-sessions.js';
import { SettingsStore } from '../../electron/handlers/settings-store.js';
import { makeCustomer, type Customer } from '../fixtures/image-corpus/people.js';
import { orderPage } from '../fixtures/image-corpus/pages.js';
import { scannedPdf } from '../fixtures/image-corpus/index.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

const { PNG } = (await import('pngjs')) as unknown as { PNG: { sync: { read(data: Buffer): { width: number; height: number; data: Buffer } } } };

type Rect = [number, number, number, number];

/** Runs in the page (kept as text: the test's own TypeScript has no DOM types). */
const RECTS_IN_PAGE = `(wanted) => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent || '';
    for (const value of wanted) {
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + value.length);
        const r = range.getBoundingClientRect();
        out.push([r.x, r.y, r.width, r.height]);
      }
    }
  }
  return out;
}`;

/** A page screenshot and the CSS-pixel rectangles of every occurrence of each value's text. */
async function renderWithRects(browser: Browser, html: string, width: number, height: number, values: string[]): Promise<{ png: Buffer; rects: Rect[] }> {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, offline: true });
  try {
    const tab = await context.newPage();
    await tab.setContent(html, { waitUntil: 'load' });
    const rects = (await tab.evaluate(`(${RECTS_IN_PAGE})(${JSON.stringify(values)})`)) as Rect[];
    return { png: await tab.screenshot({ type: 'png', fullPage: true }), rects };
  } finally {
    await context.close();
  }
}

function decodeDataUrl(url: string): { width: number; height: number; data: Buffer } {
  expect(url.startsWith('data:image/png;base64,')).toBe(true);
  return PNG.sync.read(Buffer.from(url.slice('data:image/png;base64,'.length), 'base64'));
}

/** Standard deviation of the luma inside a rectangle of the thumbnail, one pixel in from its edges. */
function spread(image: { width: number; data: Buffer }, [x, y, w, h]: Rect): number {
  const values: number[] = [];
  for (let yy = Math.ceil(y) + 1; yy < Math.floor(y + h) - 1; yy++) {
    for (let xx = Math.ceil(x) + 1; xx < Math.floor(x + w) - 1; xx++) {
      const p = (yy * image.width + xx) * 4;
      values.push((image.data[p]! * 77 + image.data[p + 1]! * 150 + image.data[p + 2]! * 29) >> 8);
    }
  }
  if (values.length === 0) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
}

/** The value rectangles (page pixels at `pagePerCss` page pixels per CSS pixel) in thumbnail pixels. */
function onThumbnail(rects: Rect[], thumbnail: PictureThumbnail, pagePerCss: number): Rect[] {
  const f = (thumbnail.width / thumbnail.source.width) * pagePerCss;
  return rects.map(([x, y, w, h]) => [x * f, y * f, w * f, h * f]);
}

async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('Review thumbnails through the handlers', () => {
  let dir: string;
  let root: string;
  let userData: string;
  let browser: Browser;
  let customer: Customer;
  let rects: Rect[];
  let scanId: string;
  const protection: boolean[] = [];
  let call: <N extends ApiName>(name: N, input: unknown) => Promise<ApiResults[N]>;
  let fail: (name: ApiName, input: unknown) => Promise<{ reason: string; message: string }>;
  let cwdBefore: string[];
  const paths = { png: '', pdf: '', csv: '' };

  beforeAll(async () => {
    dir = await makeTempDir('cda-thumbnail-');
    root = join(dir, 'Pictures');
    userData = join(dir, 'user-data');
    await mkdir(root, { recursive: true });
    browser = await chromium.launch({ executablePath: process.env.CDA_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'] });
    customer = makeCustomer(301, 'GB');
    const page = orderPage(customer, 301);
    const values = [customer.name, customer.email, customer.phone, ...customer.addressLines.slice(0, 2)];
    const rendered = await renderWithRects(browser, page.html, page.width, page.height, values);
    rects = rendered.rects;
    paths.png = join(root, 'order screenshot.png');
    await writeFile(paths.png, rendered.png);
    // The same page scanned into a PDF at 150 dpi: the thumbnail renders it as the OCR pass did.
    paths.pdf = join(root, 'scanned order.pdf');
    await writeFile(paths.pdf, await scannedPdf([{ png: rendered.png, dpi: 150 }]));
    paths.csv = join(root, 'stock.csv');
    await writeFile(paths.csv, 'sku,title,stock\nMUG-1,Blue mug,12\n');

    const events: AppEvent[] = [];
    let wake: (() => void) | undefined;
    const emit = (event: AppEvent) => {
      events.push(event);
      wake?.();
    };
    const handlers = createHandlers({
      settings: new SettingsStore(userData),
      scans: new ScanSessions(emit),
      userDataDir: userData,
      emit,
      host: { pickFolder: async () => null, showInFolder: async () => undefined, setContentProtection: (on) => protection.push(on) },
      places: { home: root, platform: process.platform, env: {} },
    });
    call = async (name, input) => {
      const answer = await dispatch(handlers, name, input);
      if (!answer.ok) throw new Error(`${name}: ${answer.error.reason} ${answer.error.message}`);
      return answer.result as never;
    };
    fail = async (name, input) => {
      const answer = await dispatch(handlers, name, input);
      if (answer.ok) throw new Error(`${name} was expected to fail`);
      return answer.error;
    };
    cwdBefore = await readdir(process.cwd());
    ({ scanId } = await call('startScan', { roots: [root] }));
    while (!events.some((e) => e.type === 'finished' && e.scanId === scanId)) {
      await new Promise<void>((resolve) => (wake = resolve));
    }
  }, 170_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) await removeTempDir(dir);
  });

  it('the scan found the customer in both pictures, with boxes', async () => {
    const report = (await call('getScan', { scanId }))!;
    for (const path of [paths.png, paths.pdf]) {
      const file = report.files.find((f) => f.path === path)!;
      expect([path, file.risk !== 'none', file.evidence.some((e) => 'box' in e.where)]).toEqual([path, true, true]);
    }
  });

  it('covers every place the customer appears: flat inside, where the revealed picture shows text', async () => {
    const covered = (await call('getThumbnail', { scanId, path: paths.png }))!;
    expect(covered.revealed).toBe(false);
    expect(Math.max(covered.width, covered.height)).toBeLessThanOrEqual(480);
    expect(covered.source).toEqual({ width: 1100, height: 640 });
    expect(covered.regions.length).toBeGreaterThanOrEqual(6);
    expect(protection).toEqual([]); // the covered preview does not need the window protected
    const plain = decodeDataUrl(covered.dataUrl);
    expect([plain.width, plain.height]).toEqual([covered.width, covered.height]);

    const revealed = (await call('getThumbnail', { scanId, path: paths.png, reveal: true }))!;
    expect(revealed.revealed).toBe(true);
    expect(protection).toEqual([true]);
    const real = decodeDataUrl(revealed.dataUrl);

    // name twice, email, phone, two address lines
    const boxes = onThumbnail(rects, covered, 1);
    expect(boxes.length).toBeGreaterThanOrEqual(6);
    for (const box of boxes) {
      expect([box.map(Math.round), spread(plain, box) < 1]).toEqual([box.map(Math.round), true]);
      // The check can fail: the same place in the real picture holds text.
      expect(spread(real, box)).toBeGreaterThan(15);
    }
    // And the picture is still recognisable outside the covered regions (the order title, the items table).
    expect(spread(plain, [0, 0, covered.width, covered.height])).toBeGreaterThan(15);
  }, 60_000);

  it('does the same for a scanned PDF page, rendered as the OCR pass rendered it', async () => {
    const covered = (await call('getThumbnail', { scanId, path: paths.pdf }))!;
    expect([covered.page, covered.pages]).toEqual([1, 1]);
    const plain = decodeDataUrl(covered.dataUrl);
    // The page was placed at 150 dpi (72 pt per 150 px) and rendered at the OCR pass's 200 dpi.
    const pagePerCss = covered.source.width / 1100;
    expect(pagePerCss).toBeCloseTo(200 / 150, 1);
    for (const box of onThumbnail(rects, covered, pagePerCss)) expect(spread(plain, box)).toBeLessThan(1);
  }, 60_000);

  it('builds thumbnails in memory only: nothing new on disk but the OCR cache in the app folder', async () => {
    const written = await filesUnder(dir);
    // The app folder also holds the scan index (masked results, keyed path hashes): checked below like the cache.
    const kept = (p: string) => p.startsWith(join(userData, 'ocr-cache') + '/') || p.startsWith(join(userData, 'scan-index') + '/');
    const unexpected = written.filter((p) => !kept(p) && !Object.values(paths).includes(p) && !p.startsWith(join(userData, 'settings')));
    expect(unexpected).toEqual([]);
    // The scan's OCR cache lives in the app's folder (userData), never the working directory.
    expect((await filesUnder(join(userData, 'ocr-cache'))).length).toBeGreaterThanOrEqual(2);
    expect((await readdir(process.cwd())).filter((name) => !cwdBefore.includes(name) && /^[0-9a-f]{2}$/.test(name))).toEqual([]);
    const onDisk = (await Promise.all(written.filter(kept).map((p) => readFile(p)))).map((b) => b.toString('latin1'));
    for (const text of onDisk) {
      expect(text.includes('\x89PNG')).toBe(false);
      expect(text.includes('data:image')).toBe(false);
      for (const value of [customer.name, customer.email, customer.phone]) expect(text.includes(value)).toBe(false);
    }
  });

  it('has no picture for a file without a picture finding, and refuses files outside the scan', async () => {
    expect(await call('getThumbnail', { scanId, path: paths.csv })).toBeNull();
    expect(await fail('getThumbnail', { scanId, path: join(dir, 'elsewhere.png') })).toMatchObject({ reason: 'not-allowed' });
    expect(await fail('getThumbnail', { scanId, path: paths.png, page: 0 })).toMatchObject({ reason: 'invalid-input' });
    expect(await fail('getThumbnail', { scanId, path: paths.png, page: 3 })).toMatchObject({ reason: 'not-found' });
  });
});
