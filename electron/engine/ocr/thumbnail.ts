// The Review thumbnail of a picture (or a scanned PDF page) that holds customer data, built in
// memory only: the page decoded and read by OCR again, every region holding customer data covered
// by a solid box at full resolution, then shrunk and encoded as PNG for a data URL. It is read
// again rather than drawn from the report's evidence because evidence is a sample (distinct values,
// twenty at most), and an uncovered second copy of a name would show. Whole panels and table rows
// that hold a finding are covered, so a field the recognizers missed beside one they found
// (the name above a found address) is covered too. Nothing here writes to disk or logs.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { analyzeContent } from '../analyze/index.js';
import type { AnalyzeOptions } from '../analyze/options.js';
import type { Hit } from '../analyze/hit.js';
import type { TextContent } from '../content.js';
import { detectFormat } from '../formats/detect.js';
import { openImage } from './decode.js';
import type { Box } from './engine.js';
import { readPage } from './page-reader.js';
import { renderPdfPage } from './pdf-pages.js';
import { scaleGray, type Gray } from './raster.js';
import type { OcrSettings } from './settings.js';

const require = createRequire(import.meta.url);

export interface ThumbnailRequest {
  /** 1-based page of a TIFF or PDF; the first page by default. */
  page?: number;
  /** The user asked to see the real picture: regions are outlined instead of covered. */
  reveal: boolean;
  /** Longest side of the thumbnail in pixels. */
  maxSide?: number;
}

export interface Thumbnail {
  /** `data:image/png;base64,…`: never a file. */
  dataUrl: string;
  width: number;
  height: number;
  /** Size of the page the boxes were found on (the thumbnail is this, shrunk). */
  source: { width: number; height: number };
  page: number;
  pages: number;
  /** Regions holding customer data, in the thumbnail's pixels: covered, or outlined when revealed. */
  regions: Box[];
  revealed: boolean;
}

export type ThumbnailOutcome =
  | { ok: true; thumbnail: Thumbnail }
  | { ok: false; reason: 'unsupported' | 'corrupt' | 'too-large' | 'not-found'; message: string };

export interface ThumbnailContext {
  analyze: AnalyzeOptions;
  ocrSettings?: OcrSettings;
  maxFileBytes: number;
}

export const DEFAULT_THUMBNAIL_SIDE = 480;

// O_NOFOLLOW: a picture swapped for a symlink since the scan is refused, not followed.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);
/** Cover colour (slate) and outline colour (amber) as RGB. */
const COVER: [number, number, number] = [51, 65, 85];
const OUTLINE: [number, number, number] = [217, 119, 6];

/** Reads the file at `path` (never following a link) and builds its thumbnail. */
export async function thumbnailOfFile(path: string, request: ThumbnailRequest, context: ThumbnailContext): Promise<ThumbnailOutcome> {
  let data: Uint8Array;
  try {
    const handle = await open(path, OPEN_FLAGS);
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) return { ok: false, reason: 'unsupported', message: 'This is not a regular file.' };
      if (stat.size > context.maxFileBytes) return { ok: false, reason: 'too-large', message: 'This file is too large for a preview.' };
      data = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch {
    return { ok: false, reason: 'not-found', message: 'The file could not be opened for a preview; it may have been moved or deleted.' };
  }
  return buildThumbnail(data, path, request, context);
}

export async function buildThumbnail(data: Uint8Array, name: string, request: ThumbnailRequest, context: ThumbnailContext): Promise<ThumbnailOutcome> {
  const format = detectFormat(data, name);
  const wanted = request.page ?? 1;
  let gray: Gray;
  let pages: number;
  if (format === 'image') {
    const opened = await openImage(data);
    if (!opened.ok) return { ok: false, reason: opened.reason, message: opened.message };
    pages = opened.image.pages;
    if (wanted < 1 || wanted > pages) return noPage();
    try {
      gray = await opened.image.page(wanted - 1);
    } catch {
      return { ok: false, reason: 'corrupt', message: 'This picture could not be decoded for a preview.' };
    }
  } else if (format === 'pdf') {
    const rendered = await renderPdfPage(data, wanted);
    if (!rendered) return noPage();
    ({ gray, pages } = rendered);
  } else {
    return { ok: false, reason: 'unsupported', message: 'Previews are shown for pictures and scanned PDF pages only.' };
  }
  const settings = context.ocrSettings ?? {};
  // Without the cache: a thumbnail needs every region, and nothing about it is stored.
  const read = await readPage(gray, { languages: settings.languages, languageDir: settings.languageDir }, pages > 1 ? wanted : undefined);
  const regions = findingRegions(read.content, context.analyze, gray);
  return { ok: true, thumbnail: renderThumbnail(gray, regions, request, { page: wanted, pages }) };
}

function noPage(): ThumbnailOutcome {
  return { ok: false, reason: 'not-found', message: 'That page is not in this file any more.' };
}

/**
 * Regions to cover, in the page's pixels: every line of a panel or table that holds a finding;
 * every other line repeating a value found (the buyer's name again under "Contact buyer", where
 * alone it may not count as a finding); and any line that looks like an email address or a phone
 * number even where OCR misread it too badly to count. Widened a little so ascenders and
 * descenders are covered too. Covering too much costs a little recognisability; too little, a leak.
 */
export function findingRegions(contents: TextContent[], analyze: AnalyzeOptions, page: { width: number; height: number }): Box[] {
  const groups = contents.map((content) => [...content.units]);
  const withHits = new Set<number>();
  // Found values, folded, in memory only: to spot their repeats elsewhere on the page.
  const found = new Set<string>();
  groups.forEach((units, index) => {
    analyzeContent({ type: 'text', units }, {
      add: (hit: Hit) => {
        withHits.add(index);
        const value = fold(hit.value);
        if (value.length >= 4) found.add(value);
      },
    }, analyze);
  });
  const regions: Box[] = [];
  groups.forEach((units, index) => {
    for (const unit of units) {
      if (!('box' in unit.where)) continue;
      const text = fold(unit.text);
      if (withHits.has(index) || looksPersonal(unit.text) || [...found].some((value) => text.includes(value))) regions.push(unit.where.box);
    }
  });
  return regions.map((box) => widen(box, page));
}

function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** An @ (an email address, however misread), or 7 to 15 digits in a run with phone separators. Order numbers run longer. */
function looksPersonal(text: string): boolean {
  if (text.includes('@')) return true;
  for (const run of text.match(/\+?\d[\d\s().\/-]{5,}\d/g) ?? []) {
    const digits = run.replace(/\D/g, '').length;
    if (digits >= 7 && digits <= 15) return true;
  }
  return false;
}

function widen([x, y, w, h]: Box, page: { width: number; height: number }): Box {
  const pad = Math.max(2, Math.round(h * 0.25));
  const x0 = Math.max(0, x - pad);
  const y0 = Math.max(0, y - pad);
  const x1 = Math.min(page.width, x + w + pad);
  const y1 = Math.min(page.height, y + h + pad);
  return [x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0)];
}

/**
 * The page with its regions covered (or, revealed, outlined), shrunk to at most `maxSide`, as a
 * PNG data URL. Covering happens before shrinking, so no pixel of a covered region reaches the
 * thumbnail, and again after it, rounded outwards, so no edge pixel is a blend of hidden text.
 */
export function renderThumbnail(gray: Gray, regions: Box[], request: ThumbnailRequest, where: { page: number; pages: number }): Thumbnail {
  const source = request.reveal ? gray : coverGray(gray, regions);
  const maxSide = request.maxSide ?? DEFAULT_THUMBNAIL_SIDE;
  const factor = Math.min(1, maxSide / Math.max(gray.width, gray.height));
  const small = scaleGray(source, factor);
  const sx = small.width / gray.width;
  const sy = small.height / gray.height;
  const scaled = regions.map(([x, y, w, h]): Box => {
    const x0 = Math.max(0, Math.floor(x * sx));
    const y0 = Math.max(0, Math.floor(y * sy));
    const x1 = Math.min(small.width, Math.ceil((x + w) * sx));
    const y1 = Math.min(small.height, Math.ceil((y + h) * sy));
    return [x0, y0, x1 - x0, y1 - y0];
  });
  const rgb = toRgb(small);
  for (const box of scaled) {
    if (!request.reveal) fill(rgb, small.width, box, COVER);
    outline(rgb, small.width, box, OUTLINE);
  }
  return {
    dataUrl: `data:image/png;base64,${Buffer.from(encodePng(rgb, small.width, small.height)).toString('base64')}`,
    width: small.width,
    height: small.height,
    source: { width: gray.width, height: gray.height },
    page: where.page,
    pages: where.pages,
    regions: scaled,
    revealed: request.reveal,
  };
}

function coverGray(gray: Gray, regions: Box[]): Gray {
  const data = new Uint8Array(gray.data);
  for (const [x, y, w, h] of regions) {
    for (let yy = y; yy < y + h; yy++) data.fill(COVER[1], yy * gray.width + x, yy * gray.width + x + w);
  }
  return { width: gray.width, height: gray.height, data };
}

function toRgb(gray: Gray): Uint8Array {
  const out = new Uint8Array(gray.width * gray.height * 3);
  for (let i = 0, p = 0; i < gray.data.length; i++, p += 3) out[p] = out[p + 1] = out[p + 2] = gray.data[i]!;
  return out;
}

function fill(rgb: Uint8Array, width: number, [x, y, w, h]: Box, colour: [number, number, number]): void {
  for (let yy = y; yy < y + h; yy++) {
    for (let xx = x; xx < x + w; xx++) rgb.set(colour, (yy * width + xx) * 3);
  }
}

function outline(rgb: Uint8Array, width: number, [x, y, w, h]: Box, colour: [number, number, number]): void {
  if (w <= 0 || h <= 0) return;
  fill(rgb, width, [x, y, w, 1], colour);
  fill(rgb, width, [x, y + h - 1, w, 1], colour);
  fill(rgb, width, [x, y, 1, h], colour);
  fill(rgb, width, [x + w - 1, y, 1, h], colour);
}

function encodePng(rgb: Uint8Array, width: number, height: number): Uint8Array {
  // pngjs (pure JavaScript, already used to decode) writes RGB without alpha: smaller data URLs.
  const { PNG } = require('pngjs') as typeof import('pngjs');
  const data = Buffer.from(rgb.buffer, rgb.byteOffset, rgb.byteLength);
  return PNG.sync.write({ width, height, data }, { inputColorType: 2, colorType: 2, inputHasAlpha: false });
}
