// Bytes → text for the text and delimited readers. Seller files come from many tools: UTF-8 with or
// without a BOM, UTF-16 from Excel's "Unicode text" export (often without a BOM), and windows-1252
// from older exports. A file is never dropped for its encoding: invalid bytes are decoded anyway.
import { isUtf8 } from 'node:buffer';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface EncodingGuess {
  encoding: TextEncoding;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
  /** True when the bytes are not valid in the chosen encoding and some were replaced. */
  lossy: boolean;
}

const SNIFF_BYTES = 8192;
const VOTE_BYTES = 1024 * 1024;

/** Byte-order mark, or the NUL pattern of UTF-16 text without one (ASCII letters next to 0x00). */
function unicodeLayout(data: Uint8Array): { encoding: TextEncoding; bomLength: number } | undefined {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (data[0] === 0xff && data[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (data[0] === 0xfe && data[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const pairs = Math.floor(Math.min(data.length, SNIFF_BYTES) / 2);
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (data[2 * i] === 0) evenZeros++;
    if (data[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return { encoding: 'utf-16le', bomLength: 0 };
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return { encoding: 'utf-16be', bomLength: 0 };
  return undefined;
}

/**
 * Whether the start of a file is text: a BOM or UTF-16 pattern, or no NUL bytes and few control
 * characters. Works on a head that may end in the middle of a character.
 */
export function looksLikeText(head: Uint8Array): boolean {
  if (unicodeLayout(head)) return true;
  const n = Math.min(head.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b === 0) return false;
    // Tab, LF, VT, FF, CR and ESC occur in text; other C0 controls mark binary data.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return control <= n * 0.02;
}

/**
 * Chooses the encoding of a whole file, or undefined when it is not text at all.
 * Invalid UTF-8 is read as UTF-8 with replacements when most of its non-ASCII bytes are valid
 * UTF-8 (a damaged UTF-8 file), and as windows-1252 otherwise (a legacy export: "Müller" as 0xFC).
 */
export function chooseEncoding(data: Uint8Array): EncodingGuess | undefined {
  const layout = unicodeLayout(data);
  if (layout && layout.encoding !== 'utf-8') return { ...layout, lossy: false };
  if (!looksLikeText(data)) return undefined;
  const bomLength = layout?.bomLength ?? 0;
  const body = data.subarray(bomLength);
  if (isUtf8(body)) return { encoding: 'utf-8', bomLength, lossy: false };
  const { valid, invalid } = utf8Votes(body.subarray(0, VOTE_BYTES));
  if (bomLength > 0 || valid >= invalid * 2) return { encoding: 'utf-8', bomLength, lossy: true };
  return { encoding: 'windows-1252', bomLength, lossy: false };
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that cannot be UTF-8. */
function utf8Votes(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** The whole text at once, for readers that need it (text files up to the file-size limit). */
export function decodeAll(data: Uint8Array, guess: EncodingGuess): string {
  return new TextDecoder(guess.encoding, { fatal: false, ignoreBOM: true }).decode(data.subarray(guess.bomLength));
}

/** The text in pieces of about `chunkBytes`, so a large CSV is never one giant string. */
export function* decodeChunks(data: Uint8Array, guess: EncodingGuess, chunkBytes = 1024 * 1024): Generator<string> {
  const decoder = new TextDecoder(guess.encoding, { fatal: false, ignoreBOM: true });
  for (let start = guess.bomLength; start < data.length; start += chunkBytes) {
    const end = Math.min(start + chunkBytes, data.length);
    const text = decoder.decode(data.subarray(start, end), { stream: end < data.length });
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}

/**
 * Bytes whose charset a container names (an e-mail part, an encoded header word). An unknown or
 * missing label falls back to UTF-8 when the bytes are valid UTF-8, else windows-1252.
 */
export function bytesToText(bytes: Uint8Array, charset: string | undefined): string {
  if (charset) {
    try {
      return new TextDecoder(charset.trim().toLowerCase(), { fatal: false }).decode(bytes);
    } catch {
      // An unknown label: guess below.
    }
  }
  return new TextDecoder(isUtf8(bytes) ? 'utf-8' : 'windows-1252').decode(bytes);
}
