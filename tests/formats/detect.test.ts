import { describe, expect, it } from 'vitest';
import { CANDIDATE_EXTENSIONS, detectFormat, isCandidateName, SCANNABLE_FORMATS } from '../../electron/engine/formats/detect.js';
import { docxBytes, paragraph, pdfBytes, workbookBytes, zipBytes } from './make-files.js';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

function utf16le(s: string, bom: boolean): Uint8Array {
  const body = Buffer.from(s, 'utf16le');
  return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body);
}

describe('detectFormat', () => {
  it('knows containers by their content, whatever their name', async () => {
    const pdf = await pdfBytes([['hello']]);
    expect(detectFormat(pdf, 'report.pdf')).toBe('pdf');
    expect(detectFormat(pdf, 'orders.xlsx')).toBe('pdf');
    expect(detectFormat(workbookBytes({ S: [['a']] }, 'xlsx'), 'orders.xlsx')).toBe('xlsx');
    expect(detectFormat(workbookBytes({ S: [['a']] }, 'xlsx'), 'download')).toBe('xlsx');
    expect(detectFormat(workbookBytes({ S: [['a']] }, 'xlsx'), 'macro.xlsm')).toBe('xlsm');
    expect(detectFormat(workbookBytes({ S: [['a']] }, 'ods'), 'download.bin')).toBe('ods');
    expect(detectFormat(workbookBytes({ S: [['a']] }, 'biff8'), 'old.xls')).toBe('xls');
    expect(detectFormat(workbookBytes({ S: [['a']] }, 'biff8'), 'no-extension')).toBe('xls');
    expect(detectFormat(docxBytes(paragraph('x')), 'letter')).toBe('docx');
    expect(detectFormat(zipBytes({ 'a.csv': 'a,b' }), 'backup.zip')).toBe('zip');
    expect(detectFormat(zipBytes({ 'a.csv': 'a,b' }), 'backup')).toBe('zip');
  });

  it('knows images by their magic bytes', () => {
    expect(detectFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'x.png')).toBe('image');
    expect(detectFormat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'scan')).toBe('image');
    expect(detectFormat(text('GIF89a\u0001\u0000'), 'a.gif')).toBe('image');
    expect(detectFormat(new Uint8Array([...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WEBPVP8 ')]), 'a')).toBe('image');
    expect(detectFormat(new Uint8Array([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]), 'fax.tif')).toBe('image');
    expect(detectFormat(new Uint8Array([0, 0, 0, 0x18, ...Buffer.from('ftypheic'), 0, 0, 0, 0]), 'IMG_1.HEIC')).toBe('image');
    expect(detectFormat(new Uint8Array([0x42, 0x4d, 0x3a, 0, 0, 0, 0, 0, 0, 0, 0x36, 0]), 'a.bmp')).toBe('image');
  });

  it('reads text by its name, and tab-separated .txt reports as tables', () => {
    expect(detectFormat(text('a,b\n1,2\n'), 'orders.csv')).toBe('csv');
    expect(detectFormat(text('a\tb\n1\t2\n'), 'orders.tsv')).toBe('tsv');
    expect(detectFormat(text('order-id\tbuyer-name\tbuyer-email\n1\tA\ta@x.com\n2\tB\tb@x.com\n'), 'Orders-2024.txt')).toBe('tsv');
    expect(detectFormat(text('Dear Jane,\nthanks for your order.\n'), 'note.txt')).toBe('text');
    expect(detectFormat(text('{"a": 1}'), 'data.json')).toBe('text');
    expect(detectFormat(text('<table><tr><td>x</td></tr></table>'), 'export.xls')).toBe('xls');
    expect(detectFormat(text('plain words'), 'README')).toBe('text');
  });

  it('takes UTF-16 text with or without a BOM for text', () => {
    expect(detectFormat(utf16le('name\temail\nJane\tj@x.com\n', true), 'export.csv')).toBe('csv');
    expect(detectFormat(utf16le('name,email\nJane,j@x.com\n', false), 'export.csv')).toBe('csv');
    const be = Buffer.from(utf16le('hello world, this is text', false)).swap16();
    expect(detectFormat(new Uint8Array(be), 'notes.txt')).toBe('text');
  });

  it('does not take a binary file named .csv for text', () => {
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(detectFormat(binary, 'orders.csv')).toBe('unknown');
    expect(detectFormat(binary, 'notes.txt')).toBe('unknown');
    expect(detectFormat(binary, 'program.exe')).toBe('unknown');
  });

  it('keeps a container name for damaged content so its reader can say so', () => {
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(detectFormat(binary, 'orders.xlsx')).toBe('xlsx');
    expect(detectFormat(binary, 'invoice.pdf')).toBe('pdf');
  });

  it('decides by name alone for an empty head', () => {
    expect(detectFormat(new Uint8Array(0), 'a.xlsx')).toBe('xlsx');
    expect(detectFormat(new Uint8Array(0), 'a.CSV')).toBe('csv');
    expect(detectFormat(new Uint8Array(0), 'photo.JPG')).toBe('image');
    expect(detectFormat(new Uint8Array(0), 'thing.bin')).toBe('unknown');
  });

  it('lists scannable formats and candidate extensions', () => {
    expect(SCANNABLE_FORMATS.has('xlsx')).toBe(true);
    expect(SCANNABLE_FORMATS.has('unknown')).toBe(false);
    expect(CANDIDATE_EXTENSIONS.has('csv')).toBe(true);
    expect(isCandidateName('folder/Orders.XLSX')).toBe(true);
    expect(isCandidateName('folder/setup.exe')).toBe(false);
    expect(isCandidateName('folder/LICENSE')).toBe(true);
  });
});
