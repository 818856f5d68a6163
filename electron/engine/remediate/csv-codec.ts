// CSV/TSV read into rows and written back the way they came: same encoding and byte-order mark,
// same delimiter, line ending, `sep=` hint and final newline. Every cell's text survives the round
// trip exactly; quotes are added only where the text needs them.
import { delimitedRows, sniffDelimiter } from '../formats/delimited.js';
import { chooseEncoding, decodeAll, decodeChunks, type EncodingGuess } from '../formats/text-decode.js';

export interface DelimitedFile {
  rows: string[][];
  /** The same file layout around other rows. */
  write(rows: readonly string[][]): Buffer;
}

const SNIFF_BYTES = 64 * 1024;

/** Undefined when the bytes are not text that can be written back unchanged (binary, or invalid in their encoding). */
export function readDelimitedFile(data: Uint8Array, format: 'csv' | 'tsv'): DelimitedFile | undefined {
  const guess = chooseEncoding(data);
  if (!guess || guess.lossy) return undefined;
  const sample = decodeAll(data.subarray(0, guess.bomLength + SNIFF_BYTES), guess);
  const hint = /^sep=(.)(\r?\n)/i.exec(sample);
  const delimiter = hint?.[1] ?? sniffDelimiter(sample, data.length <= guess.bomLength + SNIFF_BYTES, format === 'tsv' ? '\t' : ',');
  const newline = /\r\n/.test(sample) ? '\r\n' : /\r(?!\n)/.test(sample) && !sample.includes('\n') ? '\r' : '\n';
  const rows = [...delimitedRows(decodeChunks(data, guess), delimiter)];
  if (hint) rows.shift();
  const hintLine = hint ? sample.slice(0, 4) + delimiter : undefined;
  const last = decodeAll(data.subarray(Math.max(guess.bomLength, data.length - 4)), guess);
  const finalNewline = /[\r\n]$/.test(last);

  return {
    rows,
    write(out) {
      const lines = out.map((row) => row.map((cell) => quote(cell, delimiter)).join(delimiter));
      if (hintLine) lines.unshift(hintLine);
      const text = lines.join(newline) + (finalNewline && lines.length > 0 ? newline : '');
      return encode(text, guess);
    },
  };
}

// Any delimiter a reader might guess is quoted, so that a file left with one column reads back the same.
const SPECIAL = /[,;\t|"\r\n]/;

function quote(cell: string, delimiter: string): string {
  const needs = cell.includes(delimiter) || SPECIAL.test(cell);
  return needs ? `"${cell.replace(/"/g, '""')}"` : cell;
}

let cp1252: Map<string, number> | undefined;

/** Text back into the file's own encoding, with its byte-order mark if it had one. */
export function encode(text: string, guess: EncodingGuess): Buffer {
  switch (guess.encoding) {
    case 'utf-8':
      return Buffer.concat([guess.bomLength > 0 ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([guess.bomLength > 0 ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
    case 'utf-16be': {
      const body = Buffer.from(text, 'utf16le').swap16();
      return Buffer.concat([guess.bomLength > 0 ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), body]);
    }
    case 'windows-1252': {
      // The decoder's own table, inverted: every character came from one byte, so each has one.
      cp1252 ??= new Map(Array.from({ length: 256 }, (_, b) => [new TextDecoder('windows-1252').decode(Uint8Array.of(b)), b]));
      const out = Buffer.alloc(text.length);
      let i = 0;
      for (const ch of text) out[i++] = cp1252.get(ch) ?? 0x3f;
      return out.subarray(0, i);
    }
  }
}
