// The reader for images: decode (every page of a TIFF), take a first look, OCR the pages that
// show text, and hand the lines to the recognizers with their boxes. An image that cannot be read
// is reported, never passed as clean.
import type { Content, FormatReader, ReadContext, ReadNote, ReadOutcome } from '../content.js';
import { openImage } from './decode.js';
import { OcrStartError } from './engine.js';
import { readPage } from './page-reader.js';
import { DEFAULT_OCR_BUDGET_MS, DEFAULT_OCR_MAX_PAGES, type OcrSettings } from './settings.js';

export const readImage: FormatReader = (data, ctx) => readImageWith(data, ctx, ctx.ocrSettings ?? {});

export async function readImageWith(data: Uint8Array, ctx: ReadContext, settings: OcrSettings): Promise<ReadOutcome> {
  // OCR only when the scan asked for it: a reader called without the flag reports the image instead.
  if (ctx.ocr !== true) {
    return { ok: false, reason: 'needs-ocr', message: 'This is an image; reading text in images (OCR) was turned off for this scan.' };
  }
  const opened = await openImage(data);
  if (!opened.ok) return opened;
  const image = opened.image;
  const started = Date.now();
  const budget = settings.budgetMs ?? DEFAULT_OCR_BUDGET_MS;
  const maxPages = settings.maxPages ?? DEFAULT_OCR_MAX_PAGES;
  const content: Content[] = [];
  const notes: ReadNote[] = [];
  const numbered = image.pages > 1;
  for (let index = 0; index < image.pages; index++) {
    const page = index + 1;
    if (index >= maxPages || Date.now() - started > budget) {
      notes.push(unreadPages(page, image.pages, index >= maxPages ? `only the first ${maxPages} pages are read` : 'reading them would take too long'));
      break;
    }
    try {
      const text = await readPage(await image.page(index), settings, numbered ? page : undefined);
      content.push(...text.content);
    } catch (error) {
      if (error instanceof OcrStartError) return engineDown();
      notes.push({ reason: 'corrupt', message: numbered ? `Page ${page} of this image could not be decoded or read.` : 'This image could not be decoded or read.' });
    }
  }
  return { ok: true, ocr: true, content, ...(notes.length > 0 ? { notes } : {}) };
}

function unreadPages(from: number, total: number, why: string): ReadNote {
  const which = from === total ? `Page ${from}` : `Pages ${from}–${total}`;
  return { reason: 'timeout', message: `${which} of this ${total}-page file were not read: ${why}.` };
}

export function engineDown(): ReadOutcome {
  return { ok: false, reason: 'needs-ocr', message: 'The OCR engine could not start, so the text in this file was not read.' };
}
