// One greyscale page → text content with boxes: the first look, the preparation, Tesseract, and
// the lines turned into located text units (one content per panel or table, see layout.ts).
// Shared by images and PDF pages.
import type { TextContent, TextUnit } from '../content.js';
import { threadEngine, type Box, type OcrLine } from './engine.js';
import { firstLook, type FirstLook } from './first-look.js';
import { groupLines } from './layout.js';
import { prepareForOcr, type Prepared } from './prepare.js';
import { orient, type Gray } from './raster.js';
import type { OcrSettings } from './settings.js';

export interface PageText {
  look: FirstLook;
  /** Empty when the first look found no text (nothing was sent to OCR). */
  content: TextContent[];
}

/** A sideways page read turned clockwise with less mean confidence than this is also tried anticlockwise. */
const UPRIGHT_CONFIDENCE = 70;

export async function readPage(gray: Gray, settings: OcrSettings, page?: number): Promise<PageText> {
  const look = firstLook(gray);
  if (look.tiny || !look.text) return { look, content: [] };
  if (!look.sideways) {
    const read = await recognise(gray, look, settings);
    return { look, content: contentOf(read, page, (box) => box) };
  }
  // Rows running down the picture: read it turned a quarter clockwise (EXIF 6), or anticlockwise (8).
  let best: { read: Read; orientation: number } | undefined;
  for (const orientation of [6, 8]) {
    const turned = orient(gray, orientation);
    const read = await recognise(turned, firstLook(turned), settings);
    if (!best || confidence(read.lines) > confidence(best.read.lines)) best = { read, orientation };
    if (confidence(read.lines) >= UPRIGHT_CONFIDENCE) break;
  }
  const { read, orientation } = best!;
  return { look, content: contentOf(read, page, (box) => unturn(box, orientation, gray)) };
}

interface Read {
  lines: OcrLine[];
  prepared: Prepared;
}

async function recognise(gray: Gray, look: FirstLook, settings: OcrSettings): Promise<Read> {
  const prepared = prepareForOcr(gray, look);
  const engine = threadEngine({ languages: settings.languages, languageDir: settings.languageDir });
  return { lines: await engine.recognize(prepared.image), prepared };
}

/**
 * One content per panel or table: a seller's letterhead beside a "Ship to" panel must not make
 * the analyser take the customer's block for the business's.
 */
function contentOf({ lines, prepared }: Read, page: number | undefined, toPage: (box: Box) => Box): TextContent[] {
  return groupLines(lines).map((group) => ({
    type: 'text',
    units: group.map((line): TextUnit => {
      const box = toPage(prepared.toOriginal(line.box));
      return { text: tidy(line.text), where: page === undefined ? { box } : { page, box } };
    }),
  }));
}

/** Mean confidence of the characters read (a wrong-way-up page reads as low-confidence noise). */
function confidence(lines: OcrLine[]): number {
  let weighted = 0;
  let chars = 0;
  for (const line of lines) {
    weighted += line.confidence * line.text.length;
    chars += line.text.length;
  }
  return chars === 0 ? 0 : weighted / chars;
}

/** A box found in the picture turned by `orient(·, orientation)` back on the picture as stored. */
function unturn([x, y, w, h]: Box, orientation: number, original: Gray): Box {
  if (orientation === 6) return [y, original.height - (x + w), h, w];
  if (orientation === 8) return [original.width - (y + h), x, h, w];
  return [x, y, w, h];
}

/** OCR spacing slips that break values apart: `jane.doe @ mail.com` is one address. */
function tidy(text: string): string {
  return text.replace(/(\S)\s*@\s*(\S)/g, '$1@$2');
}
