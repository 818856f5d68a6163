// Which reader a file goes to: by its content first (magic bytes), by its name second. Content
// wins because exports are often misnamed (an HTML table saved as .xls, a PDF named .xlsx), and a
// binary file named .csv must not be parsed as text.
import type { FileFormat } from '../../../shared/types.js';
import { looksLikeText } from './text-decode.js';

/** Formats that have a reader (images are read by OCR). */
export const SCANNABLE_FORMATS: ReadonlySet<FileFormat> = new Set<FileFormat>([
  'csv', 'tsv', 'xlsx', 'xlsm', 'xls', 'ods', 'pdf', 'text', 'docx', 'zip', 'image',
]);

const FORMAT_BY_EXTENSION: Readonly<Record<string, FileFormat>> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  xlsx: 'xlsx',
  // SheetJS reads the binary workbook too; it is the same family for the user.
  xlsb: 'xlsx',
  xlsm: 'xlsm',
  xls: 'xls',
  ods: 'ods',
  pdf: 'pdf',
  docx: 'docx',
  zip: 'zip',
  ...Object.fromEntries(
    ['txt', 'text', 'md', 'markdown', 'json', 'jsonl', 'ndjson', 'eml', 'mbox', 'log', 'html', 'htm', 'xml', 'rtf', 'vcf', 'ics', 'yaml', 'yml', 'sql'].map(
      (ext) => [ext, 'text' as FileFormat],
    ),
  ),
  ...Object.fromEntries(
    ['png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'tif', 'tiff', 'heic', 'heif'].map((ext) => [ext, 'image' as FileFormat]),
  ),
};

/** Extensions worth reading, e.g. to choose which entries of an archive to open. */
export const CANDIDATE_EXTENSIONS: ReadonlySet<string> = new Set(Object.keys(FORMAT_BY_EXTENSION));

/** Lower-case extension without the dot ('' when none); for `a/b.tar.gz` it is `gz`. */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Whether a file of this name is worth reading (inside an archive). Names without an extension are read by content. */
export function isCandidateName(fileName: string): boolean {
  const ext = extensionOf(fileName);
  return ext === '' || CANDIDATE_EXTENSIONS.has(ext);
}

export function formatFromExtension(fileName: string): FileFormat | undefined {
  return FORMAT_BY_EXTENSION[extensionOf(fileName)];
}

/** Formats whose files are binary containers: a name that claims one is kept so the reader can say "damaged". */
const CONTAINER_FORMATS: ReadonlySet<FileFormat> = new Set<FileFormat>(['xlsx', 'xlsm', 'xls', 'ods', 'pdf', 'docx', 'zip']);

/**
 * The format of a file from its first bytes (a few KB are enough) and its name. With an empty
 * head (a 0-byte file, or a file never read) the name decides.
 */
export function detectFormat(whole: Uint8Array, fileName: string): FileFormat {
  const byName = formatFromExtension(fileName);
  // Callers may pass the whole file; the first 64 KB are all that is looked at.
  const head = whole.subarray(0, HEAD_LIMIT);
  if (head.length === 0) return byName ?? 'unknown';

  if (isPdf(head)) return 'pdf';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return zipKind(head, byName);
  if (startsWith(head, OLE2_MAGIC)) return ole2Kind(head, byName);
  if (isImage(head)) return 'image';

  if (looksLikeText(head)) {
    if (byName === 'csv' || byName === 'tsv') return byName;
    // Web exports named .xls are often HTML or tab-separated text; SheetJS reads those.
    if (byName === 'xls') return 'xls';
    // Marketplace order reports are tab-separated .txt files: read them as tables.
    if (byName === 'text' && isTabSeparated(head)) return 'tsv';
    return 'text';
  }
  if (byName !== undefined && CONTAINER_FORMATS.has(byName)) return byName;
  return 'unknown';
}

const HEAD_LIMIT = 64 * 1024;
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(head: Uint8Array, bytes: readonly number[], at = 0): boolean {
  if (head.length < at + bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (head[at + i] !== bytes[i]) return false;
  return true;
}

function ascii(head: Uint8Array, start: number, end: number): string {
  const part = head.subarray(start, Math.min(end, head.length));
  return Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString('latin1');
}

/** `%PDF-` may follow some junk bytes (readers accept up to 1 KB of it). */
function isPdf(head: Uint8Array): boolean {
  return ascii(head, 0, 1024).includes('%PDF-');
}

function isImage(head: Uint8Array): boolean {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return true; // PNG
  if (startsWith(head, [0xff, 0xd8, 0xff])) return true; // JPEG
  const start = ascii(head, 0, 12);
  if (start.startsWith('GIF87a') || start.startsWith('GIF89a')) return true;
  if (start.startsWith('RIFF') && start.slice(8, 12) === 'WEBP') return true;
  if (start.startsWith('II*\0') || start.startsWith('MM\0*')) return true; // TIFF
  // BMP: 'BM' plus a zero reserved field, to avoid taking text that starts with "BM" for an image.
  if (start.startsWith('BM') && head.length >= 10 && head[6] === 0 && head[7] === 0 && head[8] === 0 && head[9] === 0) return true;
  // HEIF family (HEIC, AVIF): an ISO-BMFF 'ftyp' box with an image brand.
  if (start.slice(4, 8) === 'ftyp') return ['heic', 'heix', 'heim', 'heis', 'hevc', 'mif1', 'msf1', 'avif'].includes(start.slice(8, 12));
  return false;
}

/** The names of the first local entries of a zip, as far as the head reaches. */
function zipNamesInHead(head: Uint8Array): string[] {
  const names: string[] = [];
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let at = 0;
  while (at + 30 <= head.length && view.getUint32(at, true) === 0x04034b50 && names.length < 64) {
    const compressed = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const nameEnd = at + 30 + nameLength;
    if (nameEnd > head.length) break;
    names.push(ascii(head, at + 30, nameEnd));
    const next = nameEnd + extraLength + compressed;
    // Writers that stream (flag bit 3) put the sizes after the data: look for the next header instead.
    at = compressed > 0 ? next : findLocalHeader(head, nameEnd + extraLength);
    if (at < 0) break;
  }
  return names;
}

function findLocalHeader(head: Uint8Array, from: number): number {
  for (let i = from; i + 4 <= head.length; i++) {
    if (head[i] === 0x50 && head[i + 1] === 0x4b && head[i + 2] === 0x03 && head[i + 3] === 0x04) return i;
  }
  return -1;
}

function zipKind(head: Uint8Array, byName: FileFormat | undefined): FileFormat {
  const names = zipNamesInHead(head);
  // The ODF media type is stored uncompressed (the `mimetype` entry, or a stored manifest).
  if (names.some((n) => n === 'mimetype' || n === 'META-INF/manifest.xml') && ascii(head, 0, head.length).includes('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  if (names.some((n) => n.startsWith('xl/'))) {
    return byName === 'xlsm' || names.includes('xl/vbaProject.bin') ? 'xlsm' : 'xlsx';
  }
  if (names.some((n) => n.startsWith('word/'))) return 'docx';
  // The parts that decide may lie beyond the head: trust an office extension, else it is an archive.
  if (byName === 'xlsx' || byName === 'xlsm' || byName === 'docx' || byName === 'ods') return byName;
  return 'zip';
}

/**
 * OLE2 (Compound File) holds legacy .xls workbooks and also password-protected .xlsx/.docx files
 * (an EncryptionInfo and an EncryptedPackage stream): the name tells which reader reports it.
 */
function ole2Kind(head: Uint8Array, byName: FileFormat | undefined): FileFormat {
  if (byName === 'xls' || byName === 'xlsx' || byName === 'xlsm' || byName === 'docx') return byName;
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
  if (text.includes(utf16('Workbook')) || text.includes(utf16('Book\0'))) return 'xls';
  if (text.includes(utf16('EncryptedPackage'))) return 'xlsx';
  return 'unknown';
}

function utf16(s: string): string {
  return [...s].map((c) => `${c}\0`).join('');
}

/** A text whose first lines all hold at least two tabs. */
function isTabSeparated(head: Uint8Array): boolean {
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
  const lines = text.split(/\r?\n/).slice(0, 6);
  // The last line of the head may be cut short.
  const complete = lines.length > 1 ? lines.slice(0, -1) : lines;
  const counts = complete.filter((l) => l.length > 0).map((l) => l.split('\t').length - 1);
  // Ragged rows (empty trailing cells) are common, so only ask for at least two tabs per line.
  return counts.length >= 2 && counts.every((c) => c >= 2);
}
