// Spreadsheets: CSV/TSV through the streaming delimited reader; .xlsx/.xlsm/.xls/.ods through
// SheetJS in dense mode, every sheet, each row as the texts a person sees. Zip-based workbooks pass
// the zip guard first (no reader limits decompression) and encrypted ones are recognised by content.
import * as XLSX from 'xlsx';
import type { Content, ReadContext, ReadOutcome } from '../content.js';
import { readDelimited } from './delimited.js';
import { isEncryptedOfficePackage, isOle2, isZip } from './office-encryption.js';
import { looksLikeText } from './text-decode.js';
import {
  checkZipLimits,
  expansionMessage,
  extractEntry,
  listZip,
  ZipCorruptError,
  ZipExpansionError,
  type ZipListing,
} from './zip-guard.js';

export function readSpreadsheet(data: Uint8Array, ctx: ReadContext): ReadOutcome {
  if (ctx.format === 'csv' || ctx.format === 'tsv') return readDelimited(data, ctx);
  return readWorkbook(data, ctx);
}

const ENCRYPTED: ReadOutcome = {
  ok: false,
  reason: 'encrypted',
  message: 'This workbook is password-protected, so it could not be read.',
};

function corrupt(detail = 'it may be damaged or incomplete'): ReadOutcome {
  return { ok: false, reason: 'corrupt', message: `This workbook could not be opened: ${detail}.` };
}

function tooManyCells(cells: number, max: number): ReadOutcome {
  return {
    ok: false,
    reason: 'too-large',
    message: `This workbook has about ${cells.toLocaleString('en')} cells, more than the ${max.toLocaleString('en')} the scan reads; it was not checked rather than half-read.`,
  };
}

export function readWorkbook(data: Uint8Array, ctx: ReadContext): ReadOutcome {
  if (isOle2(data)) {
    // Legacy .xls, or an encrypted .xlsx/.xlsm wrapped in OLE2.
    try {
      if (isEncryptedOfficePackage(data)) return ENCRYPTED;
    } catch {
      return corrupt();
    }
  } else if (isZip(data)) {
    const verdict = guardZipWorkbook(data, ctx);
    if (verdict) return verdict;
  } else if (ctx.format !== 'xls' || !looksLikeText(data.subarray(0, 8192))) {
    // Only .xls has text variants (HTML or tab-separated exports named .xls); anything else is damage.
    return corrupt(`its content is not a ${ctx.format === 'ods' ? 'spreadsheet' : 'workbook'} file`);
  }

  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
      type: 'buffer',
      dense: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      cellText: true,
      cellDates: false,
      sheetStubs: false,
      bookVBA: false,
    });
  } catch (error) {
    // SheetJS says "File is password-protected" for BIFF FILEPASS and ODS encryption; its messages
    // hold no cell content, but they are not shown either way.
    if (/password|encrypt/i.test(errorText(error))) return ENCRYPTED;
    return corrupt();
  }

  let cells = 0;
  for (const name of workbook.SheetNames) cells += cellCount(workbook.Sheets[name]);
  if (cells > ctx.limits.maxCells) return tooManyCells(cells, ctx.limits.maxCells);

  const content: Content[] = workbook.SheetNames.map((name) => {
    const sheet = workbook.Sheets[name];
    return { type: 'table', sheet: name, rows: { [Symbol.iterator]: () => sheetRows(sheet) } };
  });
  return { ok: true, content };
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : '';
}

/**
 * The zip guard for .xlsx/.xlsm/.ods: limits from the central directory, then every entry expanded
 * once under its declared size (SheetJS would expand a lying entry without end). Sheet XML is
 * counted for cells on the way, so a workbook far over the cell limit is refused before parsing.
 * Returns an outcome to report, or undefined when the workbook may be parsed.
 */
function guardZipWorkbook(data: Uint8Array, ctx: ReadContext): ReadOutcome | undefined {
  let listing: ZipListing;
  try {
    listing = listZip(data);
  } catch {
    return corrupt();
  }
  const verdict = checkZipLimits(listing, ctx.limits, data.length, 'workbook');
  if (!verdict.ok) return verdict;
  if (listing.entries.some((e) => e.encrypted)) return ENCRYPTED;

  let cells = 0;
  for (const entry of listing.entries) {
    if (entry.isDirectory) continue;
    let bytes: Uint8Array;
    try {
      bytes = extractEntry(data, entry);
    } catch (error) {
      if (error instanceof ZipExpansionError) return { ok: false, reason: 'too-large', message: expansionMessage('workbook') };
      if (error instanceof ZipCorruptError) return corrupt();
      return corrupt('it uses a compression method the scan does not read');
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name)) cells += countCellTags(bytes);
    if (entry.name === 'content.xml') cells += countOdsCells(bytes);
    if (entry.name === 'META-INF/manifest.xml' && Buffer.from(bytes).includes('encryption-data')) return ENCRYPTED;
  }
  if (cells > ctx.limits.maxCells) return tooManyCells(cells, ctx.limits.maxCells);
  return undefined;
}

const CELL_OPEN = Buffer.from('<c ');
const CELL_BARE = Buffer.from('<c>');

/** Cells in a worksheet part, counted as `<c ` and `<c>` tags (an estimate that never parses). */
function countCellTags(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  for (const tag of [CELL_OPEN, CELL_BARE]) {
    for (let at = buffer.indexOf(tag); at >= 0; at = buffer.indexOf(tag, at + 3)) count++;
  }
  return count;
}

const ODS_TOKEN = /<table:table-row\b([^>]*)>|<table:(?:covered-)?table-cell\b([^>]*)>/g;

/**
 * Cells with content in an ODS sheet, repeats included: ODS writes runs of equal cells and rows
 * as one element with a repeat count, so a few bytes can stand for billions of cells (SheetJS
 * would expand them all and run out of memory). Empty cells (self-closing elements) cost nothing.
 */
function countOdsCells(bytes: Uint8Array): number {
  const xml = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  let rowRepeat = 1;
  let cells = 0;
  ODS_TOKEN.lastIndex = 0;
  for (let m = ODS_TOKEN.exec(xml); m !== null; m = ODS_TOKEN.exec(xml)) {
    const [, rowAttributes, cellAttributes] = m;
    if (rowAttributes !== undefined) {
      rowRepeat = repeatCount(rowAttributes, 'number-rows-repeated');
    } else if (cellAttributes !== undefined && !cellAttributes.endsWith('/')) {
      cells += rowRepeat * repeatCount(cellAttributes, 'number-columns-repeated');
    }
  }
  return cells;
}

function repeatCount(attributes: string, name: string): number {
  const match = new RegExp(`table:${name}="(\\d+)"`).exec(attributes);
  return match ? Number(match[1]) : 1;
}

type DenseRow = (XLSX.CellObject | undefined)[] | undefined;

function denseData(sheet: XLSX.WorkSheet | undefined): DenseRow[] {
  return ((sheet as { '!data'?: DenseRow[] } | undefined)?.['!data']) ?? [];
}

function cellCount(sheet: XLSX.WorkSheet | undefined): number {
  let count = 0;
  for (const row of denseData(sheet)) {
    if (!row) continue;
    for (const cell of row) if (cell && cell.v !== undefined && cell.v !== null) count++;
  }
  return count;
}

/** Rows from row 1 and column A, so positions match what the user sees in the sheet. */
function* sheetRows(sheet: XLSX.WorkSheet | undefined): Generator<string[]> {
  const data = denseData(sheet);
  for (const row of data) {
    if (!row) {
      yield [];
      continue;
    }
    const texts = new Array<string>(row.length);
    for (let c = 0; c < row.length; c++) texts[c] = cellText(row[c]);
    yield texts;
  }
}

/**
 * What the cell shows. One exception: a whole number that General format shows in scientific
 * notation (a phone number typed as a number shows as 4.4779E+11) is given with all its digits.
 */
export function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  const shown = cell.w;
  if (cell.t === 'n' && typeof cell.v === 'number') {
    if (shown === undefined || (/E[+-]?\d+$/i.test(shown) && Number.isInteger(cell.v) && Math.abs(cell.v) < 1e21)) return String(cell.v);
    return shown;
  }
  if (shown !== undefined) return shown;
  if (cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  if (typeof cell.v === 'boolean') return cell.v ? 'TRUE' : 'FALSE';
  return String(cell.v);
}
