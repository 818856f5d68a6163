// From Tesseract's lines to the text the recognizers read, grouped the way a person reads the
// screen. Tesseract joins side-by-side panels into one line ("Ship to   Contact buyer", then
// "Jane Roe   Jane Roe") and splits a table into one block per cell; the recognizers need one
// panel at a time (a "Ship to" block is one record) and a table one row at a time (one customer
// per line, as in an export). So lines are cut at column gaps into segments; rows of three or more
// segments are table rows; the other segments are stacked into panels by alignment.
import type { Box, OcrLine } from './engine.js';

export interface LayoutLine {
  text: string;
  box: Box;
}

/** A gap between words wider than this many line heights separates columns, not words. */
const COLUMN_GAP = 2.5;
/** Segments side by side in a table row. */
const TABLE_CELLS = 3;
/** A panel continues below when the next line starts within this many line heights of its left edge… */
const ALIGN = 1.5;
/** …and no further down than this many line heights. */
const LEADING = 1.2;

/** Groups of lines in reading order, each one panel, one paragraph or one table. */
export function groupLines(lines: OcrLine[]): LayoutLine[][] {
  const segments = lines.flatMap(splitAtColumnGaps);
  const rows = visualRows(segments);
  const groups: LayoutLine[][] = [];
  let table: LayoutLine[] | undefined;
  const loose: LayoutLine[] = [];
  for (const row of rows) {
    if (row.length >= TABLE_CELLS) {
      if (!table) groups.push((table = []));
      table.push(join(row));
    } else {
      table = undefined;
      loose.push(...row);
    }
  }
  groups.push(...panels(loose));
  return groups.sort((a, b) => a[0]!.box[1] - b[0]!.box[1] || a[0]!.box[0] - b[0]!.box[0]);
}

function splitAtColumnGaps(line: OcrLine): LayoutLine[] {
  if (line.words.length < 2) return [{ text: line.text, box: line.box }];
  const height = line.box[3];
  const out: LayoutLine[][] = [[]];
  line.words.forEach((word, i) => {
    const previous = line.words[i - 1];
    if (previous && word.box[0] - (previous.box[0] + previous.box[2]) > COLUMN_GAP * height) out.push([]);
    out[out.length - 1]!.push({ text: word.text, box: word.box });
  });
  if (out.length === 1) return [{ text: line.text, box: line.box }];
  return out.map((words) => ({ text: words.map((w) => w.text).join(' '), box: union(words.map((w) => w.box)) }));
}

/** Segments whose vertical extents overlap by half the smaller height, each row left to right, rows top down. */
function visualRows(segments: LayoutLine[]): LayoutLine[][] {
  const sorted = [...segments].sort((a, b) => centre(a) - centre(b));
  const rows: Array<{ top: number; bottom: number; cells: LayoutLine[] }> = [];
  for (const segment of sorted) {
    const [, y, , h] = segment.box;
    const row = rows.find((r) => {
      const overlap = Math.min(r.bottom, y + h) - Math.max(r.top, y);
      return overlap >= 0.5 * Math.min(h, r.bottom - r.top) && !r.cells.some((c) => overlapsHorizontally(c.box, segment.box));
    });
    if (row) {
      row.cells.push(segment);
      row.top = Math.min(row.top, y);
      row.bottom = Math.max(row.bottom, y + h);
    } else {
      rows.push({ top: y, bottom: y + h, cells: [segment] });
    }
  }
  return rows.sort((a, b) => a.top - b.top).map((r) => r.cells.sort((a, b) => a.box[0] - b.box[0]));
}

/** Stacks segments into panels: each continues with the next segment just below it, left edges aligned. */
function panels(segments: LayoutLine[]): LayoutLine[][] {
  const sorted = [...segments].sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
  const open: LayoutLine[][] = [];
  for (const segment of sorted) {
    const [x, y, , h] = segment.box;
    const panel = open.find((p) => {
      const last = p[p.length - 1]!;
      const lineHeight = Math.max(h, last.box[3]);
      const gap = y - (last.box[1] + last.box[3]);
      return gap >= -0.3 * lineHeight && gap <= LEADING * lineHeight && Math.abs(x - last.box[0]) <= ALIGN * lineHeight;
    });
    if (panel) panel.push(segment);
    else open.push([segment]);
  }
  return open;
}

function join(cells: LayoutLine[]): LayoutLine {
  // Cells are joined with a wide gap, the way a tab-separated export reads.
  return { text: cells.map((c) => c.text).join('   '), box: union(cells.map((c) => c.box)) };
}

function union(boxes: Box[]): Box {
  const x0 = Math.min(...boxes.map((b) => b[0]));
  const y0 = Math.min(...boxes.map((b) => b[1]));
  const x1 = Math.max(...boxes.map((b) => b[0] + b[2]));
  const y1 = Math.max(...boxes.map((b) => b[1] + b[3]));
  return [x0, y0, x1 - x0, y1 - y0];
}

function centre(s: LayoutLine): number {
  return s.box[1] + s.box[3] / 2;
}

function overlapsHorizontally(a: Box, b: Box): boolean {
  return Math.min(a[0] + a[2], b[0] + b[2]) > Math.max(a[0], b[0]);
}
