// Zip bombs: a zip (an archive, an .xlsx, an .ods, a .docx) is judged from its central directory
// before anything is expanded, and every expansion is capped at the size the directory declared,
// because declared sizes can lie. Used by archive.ts, spreadsheet.ts and docx.ts.
import { isUtf8 } from 'node:buffer';
import { inflateRawSync } from 'node:zlib';
import { formatBytes } from '../../../shared/bytes.js';
import type { ReadLimits } from '../content.js';

export interface ZipEntryInfo {
  /** The stored name, decoded (UTF-8, or CP437 for old archivers); not yet made safe for display. */
  name: string;
  method: number;
  compressedSize: number;
  /** Uncompressed size as declared by the central directory. */
  size: number;
  encrypted: boolean;
  isDirectory: boolean;
  isSymlink: boolean;
  mtimeMs: number;
  /** Where the entry's local header starts in the file (corrected for data prepended to the zip). */
  localHeaderOffset: number;
}

export interface ZipListing {
  entries: ZipEntryInfo[];
  /** Sum of the declared uncompressed sizes. */
  totalSize: number;
}

/** The bytes are not a readable zip (truncated, damaged, not a zip at all). */
export class ZipCorruptError extends Error {
  override name = 'ZipCorruptError';
}

/** An entry expanded past what its central directory declared: the archive lies about its size. */
export class ZipExpansionError extends Error {
  override name = 'ZipExpansionError';
}

/** A compression method this reader does not implement (bzip2, LZMA, zstd …). */
export class ZipMethodError extends Error {
  override name = 'ZipMethodError';
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_U32 = 0xffffffff;
/** Entries smaller than this are not judged by their ratio: small runs of repeated XML compress very well. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

/** Reads the central directory only; expands nothing. Throws ZipCorruptError. */
export function listZip(data: Uint8Array): ZipListing {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) throw new ZipCorruptError('no end of central directory');
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);

  let cdStart = eocd - cdSize;
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    const z64 = safeNumber(view.getBigUint64(eocd - 12, true));
    if (z64 + 56 > data.length || view.getUint32(z64, true) !== ZIP64_EOCD) throw new ZipCorruptError('bad zip64 record');
    count = safeNumber(view.getBigUint64(z64 + 32, true));
    cdSize = safeNumber(view.getBigUint64(z64 + 40, true));
    cdOffset = safeNumber(view.getBigUint64(z64 + 48, true));
    cdStart = z64 - cdSize;
  }
  if (cdStart < 0) throw new ZipCorruptError('central directory out of range');
  // Self-extracting archives and some writers put bytes before the zip: offsets shift by that much.
  const shift = cdStart - cdOffset;

  const entries: ZipEntryInfo[] = [];
  let totalSize = 0;
  let at = cdStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || view.getUint32(at, true) !== CENTRAL) throw new ZipCorruptError('bad central directory entry');
    const entry = centralEntry(data, view, at, shift);
    entries.push(entry.info);
    totalSize += entry.info.size;
    at = entry.next;
  }
  return { entries, totalSize };
}

function findEocd(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipCorruptError('size out of range');
  return Number(value);
}

function centralEntry(data: Uint8Array, view: DataView, at: number, shift: number): { info: ZipEntryInfo; next: number } {
  const madeBy = view.getUint16(at + 4, true) >> 8;
  const flags = view.getUint16(at + 8, true);
  const method = view.getUint16(at + 10, true);
  const dosTime = view.getUint16(at + 12, true);
  const dosDate = view.getUint16(at + 14, true);
  let compressedSize = view.getUint32(at + 20, true);
  let size = view.getUint32(at + 24, true);
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  const commentLength = view.getUint16(at + 32, true);
  const external = view.getUint32(at + 38, true);
  let offset = view.getUint32(at + 42, true);
  const nameStart = at + 46;
  const extraStart = nameStart + nameLength;
  const next = extraStart + extraLength + commentLength;
  if (next > data.length) throw new ZipCorruptError('central directory entry out of range');

  const nameBytes = data.subarray(nameStart, extraStart);
  // Bit 11 says UTF-8; many writers use UTF-8 without saying so, and old ones use CP437.
  const name = (flags & 0x800) !== 0 || isUtf8(nameBytes) ? new TextDecoder().decode(nameBytes) : cp437(nameBytes);

  let mtimeMs = dosDateTime(dosDate, dosTime);
  let encrypted = (flags & 0x1) !== 0 || method === 99;
  for (let e = extraStart; e + 4 <= extraStart + extraLength; ) {
    const id = view.getUint16(e, true);
    const len = view.getUint16(e + 2, true);
    const body = e + 4;
    if (body + len > extraStart + extraLength) break;
    if (id === 0x0001) {
      // Zip64: the 64-bit values follow in this order, only for the fields set to 0xFFFFFFFF.
      let p = body;
      if (size === MAX_U32 && p + 8 <= body + len) (size = safeNumber(view.getBigUint64(p, true))), (p += 8);
      if (compressedSize === MAX_U32 && p + 8 <= body + len) (compressedSize = safeNumber(view.getBigUint64(p, true))), (p += 8);
      if (offset === MAX_U32 && p + 8 <= body + len) offset = safeNumber(view.getBigUint64(p, true));
    } else if (id === 0x5455 && len >= 5 && (view.getUint8(body) & 1) !== 0) {
      mtimeMs = view.getUint32(body + 1, true) * 1000;
    } else if (id === 0x9901) {
      encrypted = true;
    }
    e = body + len;
  }

  const unixMode = madeBy === 3 ? external >>> 16 : 0;
  return {
    info: {
      name,
      method,
      compressedSize,
      size,
      encrypted,
      isDirectory: name.endsWith('/') || name.endsWith('\\') || (unixMode & 0o170000) === 0o040000,
      isSymlink: (unixMode & 0o170000) === 0o120000,
      mtimeMs,
      localHeaderOffset: offset + shift,
    },
    next,
  };
}

// Old archivers (Windows Explorer among them) store names in code page 437 without saying so.
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

function cp437(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80];
  return out;
}

function dosDateTime(date: number, time: number): number {
  if (date === 0) return 0;
  const year = 1980 + (date >> 9);
  const month = ((date >> 5) & 0xf) - 1;
  const day = date & 0x1f;
  return new Date(year, month, day, time >> 11, (time >> 5) & 0x3f, (time & 0x1f) * 2).getTime();
}

export type ZipVerdict = { ok: true } | { ok: false; reason: 'too-large'; message: string };

/**
 * Judges a listing against the limits before anything is expanded. `what` names the file for the
 * message ("archive", "workbook", "document").
 */
export function checkZipLimits(listing: ZipListing, limits: ReadLimits, fileBytes: number, what: string): ZipVerdict {
  const files = listing.entries.filter((e) => !e.isDirectory);
  if (files.length > limits.maxEntries) {
    return tooLarge(`This ${what} holds ${files.length.toLocaleString('en')} files, more than the ${limits.maxEntries.toLocaleString('en')} the scan opens.`);
  }
  if (listing.totalSize > limits.maxUncompressedBytes) {
    return tooLarge(
      `This ${what} would expand to ${formatBytes(listing.totalSize)}, more than the ${formatBytes(limits.maxUncompressedBytes)} the scan expands; it was not opened (it may be a zip bomb).`,
    );
  }
  const suspicious = files.find((e) => e.size > RATIO_FLOOR_BYTES && e.size / Math.max(e.compressedSize, 1) > limits.maxCompressionRatio);
  if (suspicious || (listing.totalSize > RATIO_FLOOR_BYTES && listing.totalSize / Math.max(fileBytes, 1) > limits.maxCompressionRatio)) {
    return tooLarge(
      `This ${what} is compressed more than ${limits.maxCompressionRatio} to 1, the mark of a zip bomb; it was not opened.`,
    );
  }
  return { ok: true };
}

function tooLarge(message: string): ZipVerdict {
  return { ok: false, reason: 'too-large', message };
}

/** The compressed bytes of an entry, found through its local header. */
function entryBytes(data: Uint8Array, entry: ZipEntryInfo): Uint8Array {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const at = entry.localHeaderOffset;
  if (at < 0 || at + 30 > data.length || view.getUint32(at, true) !== LOCAL) throw new ZipCorruptError('bad local header');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > data.length) throw new ZipCorruptError('entry data out of range');
  return data.subarray(start, end);
}

/**
 * Expands one entry, never past its declared size: an entry that inflates further throws
 * ZipExpansionError as soon as it passes the mark (zlib stops there), and damaged data throws
 * ZipCorruptError. The result is a copy, independent of the zip's buffer.
 */
export function extractEntry(data: Uint8Array, entry: ZipEntryInfo): Uint8Array {
  if (entry.encrypted) throw new ZipCorruptError('encrypted entry');
  const raw = entryBytes(data, entry);
  if (entry.method === 0) {
    if (raw.length !== entry.size) throw new ZipCorruptError('stored size mismatch');
    return raw.slice();
  }
  if (entry.method !== 8) throw new ZipMethodError('unsupported compression method');
  let out: Buffer;
  try {
    out = inflateRawSync(raw, { maxOutputLength: Math.max(entry.size, 1) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipExpansionError('entry larger than declared');
    throw new ZipCorruptError('damaged compressed data');
  }
  if (out.length > entry.size) throw new ZipExpansionError('entry larger than declared');
  if (out.length !== entry.size) throw new ZipCorruptError('entry smaller than declared');
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** Same message for every zip-based reader when an expansion broke its promise. */
export function expansionMessage(what: string): string {
  return `This ${what} expands to more than its own index declares, the mark of a zip bomb; it was not read.`;
}
