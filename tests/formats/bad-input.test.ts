// The bad inputs of the issue, at the reader level: each ends as a reported outcome — never a
// throw, never a silent "ok" with nothing read — and no message quotes the file's content.
import { randomBytes } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadLimits, ReadOutcome } from '../../electron/engine/content.js';
import { readFile } from '../../electron/engine/formats/index.js';
import { readPdf } from '../../electron/engine/formats/pdf.js';
import { readSpreadsheet } from '../../electron/engine/formats/spreadsheet.js';
import { readText } from '../../electron/engine/formats/text.js';
import type { FileFormat, NotInspectedReason } from '../../shared/types.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';
import { context, detectedContext, docxBytes, paragraph, pdfBytes, roundTrip, workbookBytes, zipBytes } from './make-files.js';
import { encryptedOfficeBytes, encryptedXlsBytes } from './office-crypto.js';
import { patchCentralDirectory } from './zip-patch.js';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('cda-bad-');
});
afterAll(async () => {
  await removeTempDir(dir);
});

/** Reads as the scan does: bytes from disk, format detected from content and name. */
async function scanRead(name: string, bytes: Uint8Array, limits: Partial<ReadLimits> = {}): Promise<ReadOutcome> {
  const data = await roundTrip(dir, name, bytes);
  return readFile(data, detectedContext(name, data, limits));
}

function expectReported(outcome: ReadOutcome, reason: NotInspectedReason, secret?: string): void {
  expect(outcome).toMatchObject({ ok: false, reason });
  if (!outcome.ok) {
    expect(outcome.message.length).toBeGreaterThan(10);
    if (secret) expect(outcome.message).not.toContain(secret);
  }
}

const SECRET = 'jane.secret@example.com';

describe('bad PDFs', () => {
  it('truncated PDF → corrupt', async () => {
    const pdf = await pdfBytes([['Customer', SECRET], ['page two']]);
    expectReported(await scanRead('truncated.pdf', pdf.subarray(0, Math.floor(pdf.length / 3))), 'corrupt', SECRET);
  });

  it('encrypted PDF → encrypted', async () => {
    expectReported(await scanRead('locked.pdf', await pdfBytes([[SECRET]], { userPassword: 'letmein' })), 'encrypted', SECRET);
  });

  it('random bytes named .pdf → corrupt', async () => {
    expectReported(await readPdf(new Uint8Array(randomBytes(2048)), context('x.pdf', 'pdf')), 'corrupt');
  });
});

describe('bad workbooks', () => {
  it('random bytes named .xlsx → corrupt', async () => {
    expectReported(await scanRead('orders.xlsx', new Uint8Array(randomBytes(4096))), 'corrupt');
  });

  it('truncated .xlsx (the zip is cut off) → corrupt', async () => {
    const xlsx = workbookBytes({ Orders: [['buyer-email'], [SECRET]] }, 'xlsx');
    expectReported(await scanRead('cut.xlsx', xlsx.subarray(0, Math.floor(xlsx.length / 2))), 'corrupt', SECRET);
  });

  it('damaged deflate data inside an .xlsx → corrupt', async () => {
    const xlsx = workbookBytes({ Orders: [['buyer-email'], [SECRET]] }, 'xlsx');
    const damaged = xlsx.slice();
    // Overwrite the middle of the file (entry data), keeping the central directory intact.
    damaged.fill(0xff, 200, Math.floor(damaged.length / 2));
    expectReported(await scanRead('damaged.xlsx', damaged), 'corrupt', SECRET);
  });

  it('password-protected .xlsx (OLE2 EncryptionInfo + EncryptedPackage) → encrypted, by content', async () => {
    const data = encryptedOfficeBytes();
    expect(detectedContext('orders.xlsx', data).format).toBe('xlsx');
    expectReported(await scanRead('orders.xlsx', data), 'encrypted');
    expectReported(await scanRead('orders.xlsm', data), 'encrypted');
    // Read as .xls by name, the content still says "encrypted package", not "damaged".
    expectReported(readSpreadsheet(data, context('orders.xls', 'xls')), 'encrypted');
  });

  it('password-protected .xls (FILEPASS) → encrypted', async () => {
    expectReported(await scanRead('legacy.xls', encryptedXlsBytes()), 'encrypted');
  });

  it('random bytes named .ods and .xls → corrupt', async () => {
    expectReported(await scanRead('a.ods', new Uint8Array(randomBytes(4096))), 'corrupt');
    expectReported(await scanRead('a.xls', new Uint8Array(randomBytes(4096))), 'corrupt');
  });
});

describe('zip bombs', () => {
  const small: Partial<ReadLimits> = { maxUncompressedBytes: 1024 * 1024 };

  it('a .zip whose entry inflates past what it declares → too-large, stopped while inflating', async () => {
    const bomb = zipSync({ 'orders.csv': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    // The central directory claims 1 KB: checks on declared sizes alone would let it through.
    const lying = patchCentralDirectory(bomb, () => ({ size: 1024 }));
    const outcome = await scanRead('bomb.zip', lying, small);
    expectReported(outcome, 'too-large');
    expect(!outcome.ok && outcome.message).toMatch(/more than its own index declares/);
  });

  it('an .xlsx whose sheet inflates past what it declares → too-large', async () => {
    const parts = unzipSync(workbookBytes({ Orders: [['buyer-email'], [SECRET]] }, 'xlsx'));
    parts['xl/worksheets/sheet1.xml'] = strToU8(`<worksheet><sheetData>${'<row><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(100_000)}</sheetData></worksheet>`);
    const lying = patchCentralDirectory(zipSync(parts, { level: 9 }), (e) => (e.name === 'xl/worksheets/sheet1.xml' ? { size: 2048 } : undefined));
    const outcome = await scanRead('bomb.xlsx', lying, small);
    expectReported(outcome, 'too-large', SECRET);
    expect(!outcome.ok && outcome.message).toMatch(/more than its own index declares/);
  });

  it('declared sizes over the limit → too-large before anything is expanded', async () => {
    const big = zipBytes({ 'a.csv': new Uint8Array(randomBytes(600 * 1024)), 'b.csv': new Uint8Array(randomBytes(600 * 1024)) });
    const outcome = await scanRead('big.zip', big, small);
    expectReported(outcome, 'too-large');
    expect(!outcome.ok && outcome.message).toMatch(/would expand to 1\.2 MB/);
    const xlsx = workbookBytes({ Orders: Array.from({ length: 20_000 }, (_, i) => [`row ${i}`, randomBytes(12).toString('hex')]) }, 'xlsx');
    expectReported(await scanRead('big.xlsx', xlsx, small), 'too-large');
  });

  it('an .ods whose repeat counts stand for 100 million cells → too-large before SheetJS expands them', async () => {
    const parts = unzipSync(workbookBytes({ S: [['a']] }, 'ods'));
    const repeated =
      '<table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="string" table:number-columns-repeated="100"><text:p>x</text:p></table:table-cell></table:table-row>';
    parts['content.xml'] = strToU8(strFromU8(parts['content.xml']!).replace(/<table:table-row>[\s\S]*?<\/table:table-row>/, repeated));
    const outcome = await scanRead('repeats.ods', zipSync(parts));
    expectReported(outcome, 'too-large');
    expect(!outcome.ok && outcome.message).toMatch(/100,000,000 cells/);
  });

  it('a compression ratio past the limit → too-large (default limits)', async () => {
    const bomb = zipSync({ 'zeros.csv': new Uint8Array(16 * 1024 * 1024) }, { level: 9 });
    expectReported(await scanRead('zeros.zip', bomb), 'too-large');
  });

  it('a .docx whose body inflates past what it declares → too-large', async () => {
    const docx = docxBytes(paragraph('x'.repeat(4 * 1024 * 1024)));
    const lying = patchCentralDirectory(docx, (e) => (e.name === 'word/document.xml' ? { size: 4096 } : undefined));
    expectReported(await scanRead('bomb.docx', lying, small), 'too-large');
  });
});

describe('empty, binary and oddly encoded files', () => {
  it.each(['empty.csv', 'empty.txt', 'empty.xlsx', 'empty.pdf', 'empty.docx', 'empty.zip', 'empty.png', 'empty'] as const)(
    '0-byte %s → reported, not clean',
    async (name) => {
      const outcome = await scanRead(name, new Uint8Array(0));
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.message).toMatch(/0 bytes|format/);
    },
  );

  it('binary file named .csv → not parsed as CSV (unsupported by detection, corrupt at the reader)', async () => {
    const binary = new Uint8Array(randomBytes(8192));
    binary[10] = 0;
    const ctx = detectedContext('orders.csv', binary);
    expect(ctx.format).toBe<FileFormat>('unknown');
    expectReported(await scanRead('orders.csv', binary), 'unsupported');
    expectReported(readSpreadsheet(binary, context('orders.csv', 'csv')), 'corrupt');
    expectReported(readText(binary, context('notes.txt', 'text')), 'corrupt');
  });

  it('invalid UTF-8 text → still read (replacement or windows-1252), never dropped', async () => {
    const latin = new Uint8Array(Buffer.from(`Kunde: Jürgen Müller, ${SECRET}\n`, 'latin1'));
    const outcome = await scanRead('kunden.txt', latin);
    expect(outcome.ok).toBe(true);
    const text = outcome.ok ? outcome.content.flatMap((c) => (c.type === 'text' ? [...c.units].map((u) => u.text) : [])) : [];
    expect(text).toEqual([`Kunde: Jürgen Müller, ${SECRET}`]);

    const broken = new Uint8Array([...Buffer.from('name,email\nJosé,'), 0xc3, 0x28, ...Buffer.from(`,${SECRET}\n`)]);
    const csv = await scanRead('broken.csv', broken);
    expect(csv.ok).toBe(true);
    const rows = csv.ok && csv.content[0]?.type === 'table' ? [...csv.content[0].rows] : [];
    expect(rows[1]?.[rows[1].length - 1]).toBe(SECRET);
  });

  it.each([
    ['UTF-16LE with BOM', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
    ['UTF-16LE without BOM', (s: string) => Buffer.from(s, 'utf16le')],
    ['UTF-16BE with BOM', (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()])],
    ['UTF-16BE without BOM', (s: string) => Buffer.from(s, 'utf16le').swap16()],
  ])('%s text and CSV → read as text', async (_label, encode) => {
    const txt = await scanRead('notes.txt', new Uint8Array(encode(`Customer: Zoë\n${SECRET}\n`)));
    expect(txt.ok && txt.content[0]?.type === 'text' && [...txt.content[0].units].map((u) => u.text)).toEqual(['Customer: Zoë', SECRET]);
    const csv = await scanRead('export.csv', new Uint8Array(encode(`name\temail\nZoë\t${SECRET}\n`)));
    expect(csv.ok && csv.content[0]?.type === 'table' && [...csv.content[0].rows]).toEqual([['name', 'email'], ['Zoë', SECRET]]);
  });

  it('an unknown binary and an image are reported, not read', async () => {
    expectReported(await scanRead('thing.bin', new Uint8Array(randomBytes(1024)).fill(0, 0, 4)), 'unsupported');
    expectReported(await scanRead('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])), 'needs-ocr');
  });

  it('a file over maxFileBytes → too-large', async () => {
    expectReported(await readFile(strToU8('a,b\n1,2\n'), context('a.csv', 'csv', { maxFileBytes: 4 })), 'too-large');
  });
});
