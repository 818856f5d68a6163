// The rows of a delimited file that start inside one byte range, parsed exactly as a whole-file
// read parses them, and where the last of them ends. A shard guesses that its range starts a row
// (it starts after a line feed); the shard before it says where its own last row really ended,
// so a guess inside a quoted, multi-line cell is caught and that shard read again from there.
import { FieldScanner, parseRecord } from '../formats/delimited.js';
import { decodeChunks, type EncodingGuess } from '../formats/text-decode.js';

/** Bytes read past the range at a time to finish its last row; then on to the next line feed. */
const CONTINUATION_BYTES = 64 * 1024;
const LF = 10;

export interface RangeEnd {
  /** Byte offset where the range's last row ended: the next row's start. Undefined when it cannot be told in bytes. */
  endsAt: number | undefined;
  /** Rows yielded. */
  rows: number;
}

/** The offset just after the first line feed at or after `from` (the file's length when none follows). */
export function afterLineFeed(data: Uint8Array, from: number): number {
  if (from <= 0) return 0;
  const at = data.indexOf(LF, from - 1);
  return at < 0 ? data.length : at + 1;
}

/**
 * Rows that start in [start, end) of `data`, the last one read past `end` until it closes.
 * `start` must be where a row starts (or is guessed to). `out` is filled when the rows run out.
 */
export function* rangeRows(data: Uint8Array, guess: EncodingGuess, delimiter: string, start: number, end: number, out: RangeEnd): Generator<string[]> {
  out.rows = 0;
  out.endsAt = undefined;
  const scan = new FieldScanner(delimiter);
  const own = start < end ? decodeChunks(data.subarray(start, end), { ...guess, bomLength: 0 })[Symbol.iterator]() : [][Symbol.iterator]();
  const atEof = end >= data.length;
  let pos = 0;
  scan.reset('');
  // The range's own text, piece by piece, parsed as delimitedRows does.
  for (;;) {
    if (pos < scan.text.length) {
      const record = parseRecord(scan, pos, false);
      if (record !== undefined) {
        pos = record.next;
        out.rows++;
        yield record.row;
        continue;
      }
    }
    const next = own.next();
    if (next.done) break;
    scan.reset(scan.text.slice(pos) + next.value);
    pos = 0;
  }

  // Text left over is one row begun inside the range and not yet closed (or the file's last row).
  const pending = scan.text.slice(pos);
  if (pending.length === 0) {
    out.endsAt = Math.max(start, end);
    return;
  }
  let text = pending;
  let cursor = Math.max(start, end);
  let fed = 0;
  let final = atEof;
  pos = 0;
  scan.reset(text);
  while (pos < pending.length) {
    const record = final || pos < scan.text.length ? parseRecord(scan, pos, final) : undefined;
    if (record !== undefined) {
      pos = record.next;
      out.rows++;
      yield record.row;
      continue;
    }
    if (final) break;
    // Read on: at least CONTINUATION_BYTES, up to a line feed, so that the text stays char-aligned.
    const lf = data.indexOf(LF, Math.min(cursor + CONTINUATION_BYTES, data.length) - 1);
    const stop = lf < 0 ? data.length : lf + 1;
    const piece = new TextDecoder(guess.encoding, { fatal: false, ignoreBOM: true }).decode(data.subarray(cursor, stop));
    fed += stop - cursor;
    cursor = stop;
    final = cursor >= data.length;
    text += piece;
    scan.reset(text);
  }
  const base = Math.max(start, end);
  if (pos >= text.length) {
    out.endsAt = base + fed;
  } else {
    // The row closed inside a piece read past the range: count the bytes of the text it took.
    const bytes = byteLength(text.slice(pending.length, pos), guess);
    out.endsAt = bytes === undefined ? undefined : base + bytes;
  }
}

/** Bytes of decoded text, when they can be told from the text: not for UTF-8 that had invalid bytes. */
function byteLength(text: string, guess: EncodingGuess): number | undefined {
  if (guess.encoding === 'windows-1252') return text.length;
  if (guess.encoding === 'utf-8' && !guess.lossy) return Buffer.byteLength(text, 'utf8');
  return undefined;
}
