import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import * as XLSX from 'xlsx';
import type { Content, ReadOutcome, TableContent } from '../../electron/engine/content.js';
import { delimitedRows, sniffDelimiter } from '../../electron/engine/formats/delimited.js';
import { readFile } from '../../electron/engine/formats/index.js';
import { readSpreadsheet } from '../../electron/engine/formats/spreadsheet.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';
import { context, detectedContext, roundTrip, workbookBytes, type BookType } from './make-files.js';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('cda-formats-');
});
afterAll(async () => {
  await removeTempDir(dir);
});

function tables(outcome: ReadOutcome): TableContent[] {
  if (!outcome.ok) throw new Error(`expected ok, got ${outcome.reason}: ${outcome.message}`);
  return outcome.content.filter((c: Content): c is TableContent => c.type === 'table');
}

function rowsOf(outcome: ReadOutcome, sheet = 0): string[][] {
  const table = tables(outcome)[sheet];
  if (!table) throw new Error('no such sheet');
  return [...table.rows];
}

const ORDERS = [
  ['order-id', 'buyer-name', 'buyer-email', 'buyer-phone', 'purchase-date', 'quantity', 'price'],
  ['114-1234567-1234567', 'Jane Roe', 'jane.roe@example.com', 447700900123, new Date(Date.UTC(2024, 0, 15)), 2, 12.5],
];

describe.each([
  ['xlsx', 'orders.xlsx'],
  ['xlsm', 'orders.xlsm'],
  ['ods', 'orders.ods'],
  ['biff8', 'orders.xls'],
] as [BookType, string][])('%s workbooks', (bookType, name) => {
  it('reads every sheet, row by row, as displayed text', async () => {
    const data = await roundTrip(dir, name, workbookBytes({ Orders: ORDERS, Returns: [['buyer'], ['Max Mustermann']] }, bookType));
    const outcome = await readFile(data, detectedContext(name, data));
    const [orders, returns] = tables(outcome);
    expect(orders?.sheet).toBe('Orders');
    expect(returns?.sheet).toBe('Returns');
    const rows = [...orders!.rows];
    expect(rows[0]).toEqual(ORDERS[0]);
    expect(rows[1]?.slice(0, 4)).toEqual(['114-1234567-1234567', 'Jane Roe', 'jane.roe@example.com', '447700900123']);
    expect(rows[1]?.[4]).toMatch(/1\/15\/24|2024/);
    expect(rows[1]?.slice(5)).toEqual(['2', '12.5']);
    expect([...returns!.rows]).toEqual([['buyer'], ['Max Mustermann']]);
  });
});

describe('workbook layout', () => {
  it('keeps sheet positions: rows from row 1 and cells from column A', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([]);
    XLSX.utils.sheet_add_aoa(sheet, [['Name', 'Email'], ['Ann Lee', 'ann@example.org']], { origin: 'C3' });
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Offset');
    const data = new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const rows = rowsOf(await readSpreadsheet(data, context('offset.xlsx', 'xlsx')));
    expect(rows.length).toBe(4);
    expect(rows[0]).toEqual([]);
    expect(rows[2]).toEqual(['', '', 'Name', 'Email']);
    expect(rows[3]).toEqual(['', '', 'Ann Lee', 'ann@example.org']);
  });

  it('can be iterated twice (a header pass, then the values)', async () => {
    const data = workbookBytes({ S: ORDERS }, 'xlsx');
    const table = tables(await readSpreadsheet(data, context('a.xlsx', 'xlsx')))[0]!;
    expect([...table.rows]).toEqual([...table.rows]);
  });

  it('reports a workbook over the cell limit as too large, not half-read', async () => {
    const rows = Array.from({ length: 50 }, (_, r) => Array.from({ length: 4 }, (__, c) => `r${r}c${c}`));
    for (const bookType of ['xlsx', 'ods', 'biff8'] as const) {
      const data = workbookBytes({ S: rows }, bookType);
      const name = `big.${bookType === 'biff8' ? 'xls' : bookType}`;
      const outcome = await readFile(data, detectedContext(name, data, { maxCells: 100 }));
      expect(outcome).toMatchObject({ ok: false, reason: 'too-large' });
    }
  });

  it('reads an HTML table saved as .xls (a common web export)', async () => {
    const data = new TextEncoder().encode('<html><body><table><tr><td>buyer-name</td><td>buyer-email</td></tr><tr><td>Jane Roe</td><td>jane@example.com</td></tr></table></body></html>');
    const rows = rowsOf(await readFile(data, detectedContext('export.xls', data)));
    expect(rows).toContainEqual(['Jane Roe', 'jane@example.com']);
  });
});

describe('CSV and TSV', () => {
  const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

  it('reads quoted cells with delimiters, quotes and newlines inside, and ragged rows', async () => {
    const csv = 'name,address,note\r\n"Roe, Jane","1 High St\nBrighton","said ""hi"""\r\nshort\r\n,,,extra\r\n';
    const data = await roundTrip(dir, 'orders.csv', encode(csv));
    const rows = rowsOf(await readFile(data, detectedContext('orders.csv', data)));
    expect(rows).toEqual([
      ['name', 'address', 'note'],
      ['Roe, Jane', '1 High St\nBrighton', 'said "hi"'],
      ['short'],
      ['', '', '', 'extra'],
    ]);
  });

  it.each([
    [';', 'Name;E-Mail;Telefon\nMüller;m@example.de;030 1234567\nSchmidt;s@example.de;040 7654321\n'],
    ['\t', 'Name\tEmail\tPhone\nAnn\ta@example.com\t555\nBob\tb@example.com\t556\n'],
    ['|', 'Name|Email|Phone\nAnn|a@example.com|555\nBob|b@example.com|556\n'],
    [',', 'Name,Email,Notes\nAnn,a@example.com,"x; y; z"\nBob,b@example.com,"p; q"\n'],
  ])('sniffs the delimiter %j', (delimiter, csv) => {
    expect(sniffDelimiter(csv, true, ',')).toBe(delimiter);
    const rows = rowsOf(readSpreadsheet(encode(csv), context('list.csv', 'csv')) as ReadOutcome);
    expect(rows[0]?.length).toBe(3);
  });

  it('honours an Excel "sep=" line and drops it', () => {
    const rows = rowsOf(readSpreadsheet(encode('sep=;\nName;Email\nAnn;a@example.com\n'), context('x.csv', 'csv')) as ReadOutcome);
    expect(rows).toEqual([['Name', 'Email'], ['Ann', 'a@example.com']]);
  });

  it('reads a tab-separated .txt order report as a table', async () => {
    const data = encode('order-id\tbuyer-name\tbuyer-email\n114-1\tJane Roe\tjane@example.com\n114-2\tMax Mustermann\tmax@example.de\n');
    const ctx = detectedContext('Orders-Report.txt', data);
    expect(ctx.format).toBe('tsv');
    expect(rowsOf(await readFile(data, ctx))[2]).toEqual(['114-2', 'Max Mustermann', 'max@example.de']);
  });

  it('decodes UTF-8 with a BOM, UTF-16LE/BE with and without a BOM, and windows-1252', () => {
    const text = 'Name,City\nJosé Müller,Köln\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    const variants: [string, Uint8Array][] = [
      ['utf-8 bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
      ['utf-16le bom', Buffer.concat([Buffer.from([0xff, 0xfe]), le])],
      ['utf-16le', le],
      ['utf-16be bom', Buffer.concat([Buffer.from([0xfe, 0xff]), be])],
      ['utf-16be', be],
      ['windows-1252', Buffer.from(text, 'latin1')],
    ];
    for (const [label, bytes] of variants) {
      const rows = rowsOf(readSpreadsheet(new Uint8Array(bytes), context('x.csv', 'csv')) as ReadOutcome);
      expect(rows, label).toEqual([['Name', 'City'], ['José Müller', 'Köln']]);
    }
  });

  it('streams rows across decoding pieces, even inside a quoted cell', () => {
    const pieces = ['a,"multi', '\nline",c\r', '\nd,', 'e', '\n"x"', '"y",z'];
    expect([...delimitedRows(pieces, ',')]).toEqual([
      ['a', 'multi\nline', 'c'],
      ['d', 'e'],
      ['x"y', 'z'],
    ]);
  });

  it('agrees with csv-parse on well-formed CSV, however the text is cut into pieces', () => {
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = ['a', 'b', 'Z', 'é', '漢', ' ', ',', '"', '\n', '\r\n', ';', '1'];
    const field = (): string => {
      const text = Array.from({ length: random(8) }, () => alphabet[random(alphabet.length)]).join('');
      return /[",\r\n]/.test(text) || random(4) === 0 ? `"${text.replace(/"/g, '""')}"` : text;
    };
    for (let round = 0; round < 50; round++) {
      const csv = Array.from({ length: 1 + random(30) }, () => Array.from({ length: 1 + random(6) }, field).join(',')).join(random(2) ? '\r\n' : '\n');
      const expected = parseCsv(csv, { relax_column_count: true, skip_empty_lines: false }) as string[][];
      const pieces: string[] = [];
      for (let at = 0; at < csv.length; ) {
        const size = 1 + random(20);
        pieces.push(csv.slice(at, at + size));
        at += size;
      }
      expect([...delimitedRows(pieces, ',')], csv).toEqual(expected);
    }
  });

  it('reads a stray quote as a character instead of swallowing the rest of the file', () => {
    const body = `name,note\n"Ann,5in screen\n${'Bob,ok\n'.repeat(60_000)}`;
    const rows = [...delimitedRows([body], ',')];
    expect(rows.length).toBe(60_002);
    expect(rows[1]?.[0]).toBe('"Ann');
    expect(rows[60_001]).toEqual(['Bob', 'ok']);
  });

  it('streams a CSV past the workbook cell limit (its rows are never held whole)', () => {
    const csv = encode('a,b,c\n'.repeat(100));
    const outcome = readSpreadsheet(csv, context('x.csv', 'csv', { maxCells: 200 }));
    expect(outcome).toMatchObject({ ok: true });
    const table = outcome.ok ? outcome.content[0] : undefined;
    expect(table?.type === 'table' ? [...table.rows].length : 0).toBe(100);
  });
});
