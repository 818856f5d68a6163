// Plain text (.txt .md .json .log .xml .vcf .sql …) as numbered lines; HTML and RTF as the text
// they show; e-mail as decoded parts plus attachments. Any encoding is decoded (invalid bytes are
// replaced, never a reason to skip the file), and very long lines (minified JSON, one-line HTML)
// are cut into pieces at spaces or punctuation so no unit is unbounded.
import type { ReadContext, ReadOutcome, TextUnit } from '../content.js';
import { extensionOf } from './detect.js';
import { htmlToText } from './html-text.js';
import { readMail } from './mail.js';
import { rtfToText } from './rtf.js';
import { chooseEncoding, decodeAll, decodeChunks } from './text-decode.js';

/** Longest unit handed to the recognizers; longer lines are split. */
export const MAX_UNIT_CHARS = 4096;
/** How far back from the cut a split looks for a space or punctuation, so a value is rarely cut in two. */
const BREAK_WINDOW = 512;

export function readText(data: Uint8Array, ctx: ReadContext): ReadOutcome {
  const guess = chooseEncoding(data);
  if (!guess) {
    return { ok: false, reason: 'corrupt', message: 'This file is named like a text file but holds binary data, not text; it was not read.' };
  }
  const ext = extensionOf(ctx.displayName.split('!').pop() ?? ctx.displayName);

  if (ext === 'eml' || ext === 'mbox') {
    // MIME parts carry their own charsets: parse the bytes one character per byte, decode per part.
    const mail = readMail(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1'), ctx.limits, ext === 'mbox');
    const units = mail.units.flatMap((unit) => [...splitLongLine(unit.text)].map((text) => ({ text, where: unit.where })));
    return {
      ok: true,
      content: [{ type: 'text', units }],
      ...(mail.attachments.length > 0 ? { entries: mail.attachments } : {}),
      ...(mail.notes.length > 0 ? { notes: mail.notes } : {}),
    };
  }

  if (ext === 'html' || ext === 'htm' || ext === 'rtf' || startsWithRtf(data, guess.bomLength)) {
    // Markup is converted whole; such files are small next to the largest logs and exports.
    const decoded = decodeAll(data, guess);
    const text = ext === 'html' || ext === 'htm' ? htmlToText(decoded) : rtfToText(decoded);
    return { ok: true, content: [{ type: 'text', units: { [Symbol.iterator]: () => lineUnits([text]) } }] };
  }
  // Decoded piece by piece: a large log never becomes one string (V8 strings stop near 512 M characters).
  return { ok: true, content: [{ type: 'text', units: { [Symbol.iterator]: () => lineUnits(decodeChunks(data, guess)) } }] };
}

function startsWithRtf(data: Uint8Array, bomLength: number): boolean {
  return Buffer.from(data.buffer, data.byteOffset + bomLength, Math.min(5, data.byteLength - bomLength)).toString('latin1') === '{\\rtf';
}

/** Text kept back from a piece while its line is unfinished; beyond this it is handed on in split pieces. */
const CARRY_LIMIT = 64 * MAX_UNIT_CHARS;

/** Non-blank lines numbered from 1 (LF, CRLF or CR line ends), long ones split; the text may come in pieces. */
export function* lineUnits(pieces: Iterable<string>, firstLine = 1): Generator<TextUnit> {
  let line = firstLine;
  let carry = '';
  let afterCR = false;
  const emit = function* (content: string): Generator<TextUnit> {
    if (content.trim().length > 0) for (const piece of splitLongLine(content)) yield { text: piece, where: { line } };
  };
  for (const piece of pieces) {
    const s = carry + piece;
    let start = afterCR && s.charCodeAt(0) === 10 ? 1 : 0;
    afterCR = false;
    const n = s.length;
    for (let i = start; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      yield* emit(s.slice(start, i));
      line++;
      if (c === 13) {
        if (i + 1 === n) afterCR = true;
        else if (s.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
    }
    carry = s.slice(start);
    if (carry.length > CARRY_LIMIT) {
      // One enormous line (minified JSON): hand on its whole pieces now, keep only the tail.
      const parts = [...splitLongLine(carry)];
      carry = parts.pop() ?? '';
      for (const part of parts) if (part.trim().length > 0) yield { text: part, where: { line } };
    }
  }
  yield* emit(carry);
}

function isBreak(c: number): boolean {
  // space, tab, comma, semicolon, '>', '<', '"', '|', ')', '}', ']'
  return c === 32 || c === 9 || c === 44 || c === 59 || c === 62 || c === 60 || c === 34 || c === 124 || c === 41 || c === 125 || c === 93;
}

export function* splitLongLine(line: string): Generator<string> {
  let start = 0;
  while (line.length - start > MAX_UNIT_CHARS) {
    let cut = start + MAX_UNIT_CHARS;
    for (let k = cut; k > cut - BREAK_WINDOW; k--) {
      if (isBreak(line.charCodeAt(k - 1))) {
        cut = k;
        break;
      }
    }
    yield line.slice(start, cut);
    start = cut;
  }
  if (start < line.length) yield line.slice(start);
}
