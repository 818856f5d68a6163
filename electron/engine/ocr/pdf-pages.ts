// OCR of PDF pages without a text layer (scans, photographed packing slips): each page rendered
// by pdf.js onto a canvas (@napi-rs/canvas draws; pdf.js itself decodes the embedded images in
// JavaScript) and read like an image, page numbers kept in every box.
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Content, ReadContext, ReadNote } from '../content.js';
import { OcrStartError } from './engine.js';
import { readPage } from './page-reader.js';
import { toGray, type Gray } from './raster.js';
import { DEFAULT_OCR_BUDGET_MS, DEFAULT_OCR_MAX_PAGES } from './settings.js';

/**
 * Render resolution: 10 pt text has a cap height of about 19 px at 200 dpi, near the glyph height
 * the OCR scaling aims at, so most scans are read without resampling again.
 */
const RENDER_DPI = 200;
const MAX_RENDER_PIXELS = 16_000_000;

export interface PdfPagesText {
  content: Content[];
  /** Pages that were not read (OCR off, budget spent, a page that failed), as the PDF reader reports them. */
  notes: ReadNote[];
  /** False when the OCR engine could not start: nothing was read. */
  engineUp: boolean;
}

/** OCR of the given pages (1-based) of a PDF. Never throws for a bad page; each becomes a note. */
export async function readPdfPages(data: Uint8Array, pages: number[], ctx: ReadContext): Promise<PdfPagesText> {
  const settings = ctx.ocrSettings ?? {};
  const content: Content[] = [];
  const notes: ReadNote[] = [];
  if (ctx.ocr !== true || pages.length === 0) {
    return { content, notes: pages.map((n) => noTextLayer(n, 'it can only be read with OCR, which was turned off for this scan')), engineUp: true };
  }
  const started = Date.now();
  const budget = settings.budgetMs ?? DEFAULT_OCR_BUDGET_MS;
  const maxPages = settings.maxPages ?? DEFAULT_OCR_MAX_PAGES;
  // pdf.js takes over (detaches) the buffer it is given: it gets a copy.
  const loading = getDocument({ data: new Uint8Array(data), verbosity: VerbosityLevel.ERRORS, isEvalSupported: false, disableFontFace: true });
  const doc = await loading.promise.catch(() => undefined);
  if (!doc) {
    await loading.destroy().catch(() => undefined);
    return { content, notes: pages.map((n) => noTextLayer(n, 'it could not be rendered for OCR')), engineUp: true };
  }
  try {
    for (const [i, number] of pages.entries()) {
      if (i >= maxPages || Date.now() - started > budget) {
        for (const rest of pages.slice(i)) notes.push(noTextLayer(rest, i >= maxPages ? `only ${maxPages} scanned pages of a PDF are read` : 'reading all scanned pages would take too long', 'timeout'));
        break;
      }
      try {
        const gray = await renderPage(doc, number);
        content.push(...(await readPage(gray, settings, number)).content);
      } catch (error) {
        if (error instanceof OcrStartError) return { content: [], notes: pages.map((n) => noTextLayer(n, 'the OCR engine could not start')), engineUp: false };
        notes.push(noTextLayer(number, 'it could not be rendered for OCR'));
      }
    }
  } finally {
    await doc.destroy().catch(() => undefined);
  }
  return { content, notes, engineUp: true };
}

/**
 * One page (1-based) of a PDF rendered to greyscale exactly as the OCR pass renders it, so boxes
 * found by the scan land on the same pixels (the Review thumbnail). Undefined when the PDF cannot
 * be opened or has no such page.
 */
export async function renderPdfPage(data: Uint8Array, number: number): Promise<{ gray: Gray; pages: number } | undefined> {
  const loading = getDocument({ data: new Uint8Array(data), verbosity: VerbosityLevel.ERRORS, isEvalSupported: false, disableFontFace: true });
  const doc = await loading.promise.catch(() => undefined);
  if (!doc) {
    await loading.destroy().catch(() => undefined);
    return undefined;
  }
  try {
    if (!Number.isInteger(number) || number < 1 || number > doc.numPages) return undefined;
    return { gray: await renderPage(doc, number), pages: doc.numPages };
  } catch {
    return undefined;
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

async function renderPage(doc: Awaited<ReturnType<typeof getDocument>['promise']>, number: number): Promise<Gray> {
  const page = await doc.getPage(number);
  try {
    const unit = page.getViewport({ scale: 1 });
    let scale = RENDER_DPI / 72;
    scale = Math.min(scale, Math.sqrt(MAX_RENDER_PIXELS / (unit.width * unit.height)));
    const viewport = page.getViewport({ scale });
    const width = Math.ceil(viewport.width);
    const height = Math.ceil(viewport.height);
    const factory = doc.canvasFactory as { create(w: number, h: number): { canvas: unknown; context: CanvasLike }; destroy(entry: unknown): void };
    const entry = factory.create(width, height);
    try {
      // White paper first: a page without a background would read as transparent (black on black).
      entry.context.fillStyle = '#ffffff';
      entry.context.fillRect(0, 0, width, height);
      await page.render({ canvasContext: entry.context as never, canvas: entry.canvas as never, viewport }).promise;
      const pixels = entry.context.getImageData(0, 0, width, height);
      return toGray(pixels.data, width, height, 'rgba');
    } finally {
      factory.destroy(entry);
    }
  } finally {
    page.cleanup();
  }
}

interface CanvasLike {
  fillStyle: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
}

function noTextLayer(page: number, why: string, reason: ReadNote['reason'] = 'needs-ocr'): ReadNote {
  return { reason, message: `Page ${page} of this PDF has no text layer (it is probably scanned); ${why}.` };
}
