// PDFs: the text layer through pdf-parse v2, one unit per line with its page number. Pages without
// text (scans, photos of packing slips, or pages pdf.js could not decode) are reported as needing
// OCR rather than passing as clean.
import { PDFParse, VerbosityLevel } from 'pdf-parse';
import type { ReadContext, ReadNote, ReadOutcome, TextUnit } from '../content.js';
import { readPdfPages } from '../ocr/pdf-pages.js';

/** A page with fewer visible characters than this has no usable text layer (a stray page number, a stamp). */
const MIN_PAGE_CHARS = 8;

export async function readPdf(data: Uint8Array, ctx: ReadContext): Promise<ReadOutcome> {
  if (!Buffer.from(data.buffer, data.byteOffset, Math.min(data.byteLength, 1024)).toString('latin1').includes('%PDF-')) {
    return { ok: false, reason: 'corrupt', message: 'This file is named like a PDF but is not one; it may be damaged.' };
  }
  // pdf.js may take over (detach) the buffer it is given: hand it a copy, the caller's bytes stay usable.
  const parser = new PDFParse({ data: new Uint8Array(data), verbosity: VerbosityLevel.ERRORS });
  try {
    const result = await parser.getText();
    const pages = result.pages.map((page) => ({ num: page.num, lines: page.text.split(/\r?\n/) }));
    const empty = pages.filter((page) => visibleChars(page.lines) < MIN_PAGE_CHARS).map((page) => page.num);
    // Pages without a text layer are read by OCR when the scan allows it.
    const scanned = ctx.ocr && empty.length > 0 ? await readPdfPages(data, empty, ctx) : undefined;
    if (pages.length === 0 || (empty.length === pages.length && !scanned?.engineUp)) {
      return {
        ok: false,
        reason: 'needs-ocr',
        message: 'This PDF has no text layer (it is probably scanned); its text can only be read with OCR.',
      };
    }
    const notes: ReadNote[] = scanned?.notes ?? empty.map((num) => ({
      reason: 'needs-ocr',
      message: `Page ${num} of this PDF has no text layer (it is probably scanned); it can only be read with OCR.`,
    }));
    const units: TextUnit[] = [];
    for (const page of pages) {
      for (const line of page.lines) if (line.trim().length > 0) units.push({ text: line, where: { page: page.num } });
    }
    return { ok: true, content: [{ type: 'text', units }, ...(scanned?.content ?? [])], ...(scanned ? { ocr: true } : {}), ...(notes.length > 0 ? { notes } : {}) };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') {
      return { ok: false, reason: 'encrypted', message: 'This PDF is password-protected, so it could not be read.' };
    }
    return { ok: false, reason: 'corrupt', message: 'This PDF could not be read: it is damaged or incomplete.' };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

function visibleChars(lines: string[]): number {
  let count = 0;
  for (const line of lines) count += line.replace(/\s+/g, '').length;
  return count;
}
