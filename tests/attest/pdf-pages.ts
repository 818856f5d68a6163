// Test helper: a report's pages as pictures, rendered by poppler's pdftoppm (Debian's
// poppler-utils). PNG files for people to look at, and grey-scale pixels (PGM) for tests that
// check where ink lands: inside the margins, in the footer of every page, the QR code's modules.
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { renderPdfPages } from '../fixtures/render-pdf.js';

const run = promisify(execFile);

export interface PagePng {
  path: string;
  width: number;
  height: number;
}

/** PNG pages (for looking at), with their pixel size read from each file's header. */
export async function renderPngPages(pdf: Uint8Array, outDir: string, resolution = 80): Promise<PagePng[]> {
  const paths = await renderPdfPages(pdf, outDir, { resolution, prefix: 'page' });
  return Promise.all(
    paths.map(async (path) => {
      const header = (await readFile(path)).subarray(0, 24);
      if (header.subarray(1, 4).toString() !== 'PNG') throw new Error(`${path} is not a PNG`);
      return { path, width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
    }),
  );
}

export interface PageGrey {
  width: number;
  height: number;
  /** One byte per pixel, row by row: 0 black … 255 white. */
  pixels: Uint8Array;
  /** Pixels per PDF point at this resolution. */
  scale: number;
}

/** Grey-scale pages for pixel checks. */
export async function renderGreyPages(pdf: Uint8Array, outDir: string, resolution = 72): Promise<PageGrey[]> {
  await mkdir(outDir, { recursive: true });
  const input = join(outDir, 'report.pdf');
  await writeFile(input, pdf);
  await run('pdftoppm', ['-gray', '-r', String(resolution), input, join(outDir, 'grey')], { timeout: 60_000 });
  const names = (await readdir(outDir)).filter((n) => n.startsWith('grey-') && n.endsWith('.pgm'));
  const number = (name: string) => Number(/-(\d+)\.pgm$/.exec(name)?.[1] ?? 0);
  names.sort((a, b) => number(a) - number(b));
  return Promise.all(names.map(async (name) => ({ ...parsePgm(await readFile(join(outDir, name))), scale: resolution / 72 })));
}

/** Binary PGM (P5, 8-bit): "P5 <width> <height> <maxval>" then the pixels. */
function parsePgm(data: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const fields: string[] = [];
  let at = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(data[at]!))) at++;
    let field = '';
    while (!/\s/.test(String.fromCharCode(data[at]!))) field += String.fromCharCode(data[at++]!);
    fields.push(field);
  }
  at++; // the single whitespace after maxval
  const [magic, width, height, max] = [fields[0], Number(fields[1]), Number(fields[2]), Number(fields[3])];
  if (magic !== 'P5' || max !== 255) throw new Error('Not an 8-bit binary PGM');
  return { width, height, pixels: data.subarray(at, at + width * height) };
}

/** Pixels darker than `threshold` inside a rectangle given in PDF points. */
export function inkIn(page: PageGrey, box: { x: number; y: number; w: number; h: number }, threshold = 200): number {
  const x0 = Math.max(0, Math.floor(box.x * page.scale));
  const y0 = Math.max(0, Math.floor(box.y * page.scale));
  const x1 = Math.min(page.width, Math.ceil((box.x + box.w) * page.scale));
  const y1 = Math.min(page.height, Math.ceil((box.y + box.h) * page.scale));
  let ink = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (page.pixels[y * page.width + x]! < threshold) ink++;
  return ink;
}

/** The grey value at a point given in PDF points. */
export function greyAt(page: PageGrey, x: number, y: number): number {
  return page.pixels[Math.floor(y * page.scale) * page.width + Math.floor(x * page.scale)]!;
}
