// CSV and TSV, read row by row from the bytes: decoded in 1 MB pieces and parsed as it goes, so a
// 100 MB export is never one giant string nor one giant array. Lenient like Excel: quoted newlines,
// doubled quotes, ragged rows, stray quotes inside unquoted cells, CR, LF or CRLF line ends.
import { basename } from 'node:path';
import type { ReadContext, ReadOutcome } from '../content.js';
import { chooseEncoding, decodeAll, decodeChunks, type EncodingGuess } from './text-decode.js';

const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'] as const;
const SNIFF_BYTES = 64 * 1024;
const SNIFF_LINES = 20;
/**
 * A quoted cell longer than this is taken to start at a stray quote, which is then read as a plain
 * character; otherwise one stray quote would swallow the rest of the file into a single cell.
 * Excel itself stops at 32,767 characters per cell.
 */
const MAX_QUOTED_CHARS = 256 * 1024;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** How a delimited file is read: its encoding, delimiter, and whether a `sep=` line comes first. */
export interface DelimitedLayout {
  guess: EncodingGuess;
  delimiter: string;
  /** The first line is Excel's `sep=;` hint, not a row. */
  skipFirst: boolean;
  sheet: string;
}

/** The layout of a delimited file, or why it cannot be read as one (binary data). */
export function delimitedLayout(data: Uint8Array, ctx: ReadContext): DelimitedLayout | Extract<ReadOutcome, { ok: false }> {
  const guess = chooseEncoding(data);
  if (!guess) {
    return { ok: false, reason: 'corrupt', message: `This file is named like a ${ctx.format === 'tsv' ? 'tab-separated' : 'CSV'} table but holds binary data, not text; it was not read.` };
  }
  const sample = decodeAll(data.subarray(0, guess.bomLength + SNIFF_BYTES), guess);
  const hint = /^sep=(.)\r?\n/i.exec(sample);
  const delimiter = hint?.[1] ?? sniffDelimiter(sample, data.length <= guess.bomLength + SNIFF_BYTES, ctx.format === 'tsv' ? '\t' : ',');
  return { guess, delimiter, skipFirst: hint !== null, sheet: basename(ctx.displayName.split('!').pop() ?? ctx.displayName) };
}

export function readDelimited(data: Uint8Array, ctx: ReadContext): ReadOutcome {
  const layout = delimitedLayout(data, ctx);
  if ('ok' in layout) return layout;
  const rows: Iterable<string[]> = { [Symbol.iterator]: () => tableRows(data, layout.guess, layout.delimiter, layout.skipFirst) };
  // No cell limit here: rows stream from the buffer, so memory is bounded by the file size cap,
  // unlike SheetJS workbooks, which are parsed whole.
  return { ok: true, content: [{ type: 'table', sheet: layout.sheet, rows }] };
}

function* tableRows(data: Uint8Array, guess: EncodingGuess, delimiter: string, skipFirst: boolean): Generator<string[]> {
  let first = true;
  for (const row of delimitedRows(decodeChunks(data, guess), delimiter)) {
    if (first && skipFirst) {
      first = false;
      continue;
    }
    first = false;
    yield row;
  }
}

/**
 * The delimiter that splits the first lines most consistently (same count on each line, then the
 * most columns). Quoted text is not counted. `complete` says whether the sample is the whole file.
 */
export function sniffDelimiter(sample: string, complete: boolean, preferred: string): string {
  const lines = logicalLines(sample, complete);
  let best = preferred;
  let bestScore = 0;
  const order = [preferred, ...CANDIDATE_DELIMITERS.filter((c) => c !== preferred)];
  for (const candidate of order) {
    const counts = lines.map((line) => countOutsideQuotes(line, candidate));
    const firstCount = counts[0] ?? 0;
    if (firstCount === 0) continue;
    const mode = modeOf(counts);
    const consistent = counts.filter((c) => c === mode).length / counts.length;
    const score = consistent * 1000 + Math.min(mode, 999);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function logicalLines(sample: string, complete: boolean): string[] {
  const lines: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < sample.length && lines.length < SNIFF_LINES; i++) {
    const c = sample.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (c === LF && !inQuotes) {
      const line = sample.slice(start, i).replace(/\r$/, '');
      if (line.length > 0) lines.push(line);
      start = i + 1;
    }
  }
  // The rest of a cut-off sample is a partial line: only a whole file's last line counts.
  if (complete && lines.length < SNIFF_LINES && start < sample.length) lines.push(sample.slice(start));
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let inQuotes = false;
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === delimiter && !inQuotes) count++;
  }
  return count;
}

function modeOf(values: number[]): number {
  const tally = new Map<number, number>();
  let mode = 0;
  let modeCount = 0;
  for (const v of values) {
    const n = (tally.get(v) ?? 0) + 1;
    tally.set(v, n);
    if (n > modeCount || (n === modeCount && v > mode)) {
      mode = v;
      modeCount = n;
    }
  }
  return mode;
}

/** Rows of a delimited text given in pieces; a row may span pieces. */
export function* delimitedRows(pieces: Iterable<string>, delimiter: string): Generator<string[]> {
  const source = pieces[Symbol.iterator]();
  const scan = new FieldScanner(delimiter);
  let pos = 0;
  let final = false;
  const more = (): void => {
    const next = source.next();
    if (next.done) final = true;
    else {
      scan.reset(scan.text.slice(pos) + next.value);
      pos = 0;
    }
  };
  more();
  for (;;) {
    if (pos >= scan.text.length) {
      if (final) return;
      more();
      continue;
    }
    const record = parseRecord(scan, pos, final);
    if (record === undefined) {
      more();
      continue;
    }
    pos = record.next;
    yield record.row;
  }
}

/**
 * Finds where an unquoted cell ends (the next delimiter, LF or CR) with indexOf, remembering the
 * next position of each so that a row costs a few native searches instead of a loop per character.
 */
export class FieldScanner {
  text = '';
  private nextDelimiter = -2;
  private nextLF = -2;
  private nextCR = -2;
  private lastQuery = 0;

  readonly delimiterCode: number;

  constructor(private readonly delimiter: string) {
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  reset(text: string): void {
    this.text = text;
    // -2: not searched yet; -1: none left in this text.
    this.nextDelimiter = this.nextLF = this.nextCR = -2;
    this.lastQuery = 0;
  }

  endOfField(i: number): number {
    const s = this.text;
    // The cache holds only for searches that move forward; a record parsed again starts over.
    if (i < this.lastQuery) this.nextDelimiter = this.nextLF = this.nextCR = -2;
    this.lastQuery = i;
    if (this.nextDelimiter !== -1 && this.nextDelimiter < i) this.nextDelimiter = s.indexOf(this.delimiter, i);
    if (this.nextLF !== -1 && this.nextLF < i) this.nextLF = s.indexOf('\n', i);
    if (this.nextCR !== -1 && this.nextCR < i) this.nextCR = s.indexOf('\r', i);
    let end = s.length;
    if (this.nextDelimiter >= 0 && this.nextDelimiter < end) end = this.nextDelimiter;
    if (this.nextLF >= 0 && this.nextLF < end) end = this.nextLF;
    if (this.nextCR >= 0 && this.nextCR < end) end = this.nextCR;
    return end;
  }
}

export interface ParsedRecord {
  row: string[];
  next: number;
}

/** One record at `i`, or undefined when the text ends before the record does (and more may come). */
export function parseRecord(scan: FieldScanner, i: number, final: boolean): ParsedRecord | undefined {
  const s = scan.text;
  const n = s.length;
  const d = scan.delimiterCode;
  const row: string[] = [];
  for (;;) {
    if (i < n && s.charCodeAt(i) === QUOTE) {
      const quoted = readQuoted(scan, i, final);
      if (quoted === undefined) return undefined;
      row.push(quoted.value);
      i = quoted.next;
    } else {
      const end = scan.endOfField(i);
      row.push(s.slice(i, end));
      i = end;
    }
    if (i >= n) return final ? { row, next: n } : undefined;
    const c = s.charCodeAt(i);
    if (c === d) {
      i++;
      if (i >= n) {
        if (!final) return undefined;
        row.push('');
        return { row, next: n };
      }
      continue;
    }
    if (c === CR) {
      if (i + 1 >= n && !final) return undefined;
      return { row, next: s.charCodeAt(i + 1) === LF ? i + 2 : i + 1 };
    }
    return { row, next: i + 1 }; // LF
  }
}

function readQuoted(scan: FieldScanner, start: number, final: boolean): { value: string; next: number } | undefined {
  const s = scan.text;
  const n = s.length;
  const limit = start + MAX_QUOTED_CHARS;
  let value = '';
  let segment = start + 1;
  let j = segment;
  for (;;) {
    const q = s.indexOf('"', j);
    if (q === -1 || q > limit) {
      // No closing quote within reach: wait for more text, or read the opening quote as a character.
      if (!final && n <= limit) return undefined;
      const end = scan.endOfField(start + 1);
      return { value: s.slice(start, end), next: end };
    }
    if (q + 1 >= n && !final) return undefined;
    if (s.charCodeAt(q + 1) === QUOTE) {
      value += s.slice(segment, q + 1);
      j = q + 2;
      segment = j;
      continue;
    }
    value += s.slice(segment, q);
    // Text after the closing quote and before the delimiter belongs to the cell (`"a"b` → `ab`).
    const end = scan.endOfField(q + 1);
    return { value: value + s.slice(q + 1, end), next: end };
  }
}
