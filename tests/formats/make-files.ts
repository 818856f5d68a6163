// Real files built on the fly for the format tests: workbooks through SheetJS, PDFs through pdfkit,
// .docx and .zip through fflate. Nothing binary is checked in.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import PDFDocument from 'pdfkit';
import * as XLSX from 'xlsx';
import { DEFAULT_LIMITS, type ReadContext, type ReadLimits } from '../../electron/engine/content.js';
import { detectFormat } from '../../electron/engine/formats/detect.js';
import type { FileFormat } from '../../shared/types.js';

export type BookType = 'xlsx' | 'xlsm' | 'ods' | 'biff8';

export function workbookBytes(sheets: Record<string, unknown[][]>, bookType: BookType): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType }) as Buffer);
}

export interface PdfOptions {
  userPassword?: string;
}

/** One string[] per page, one line per string; an empty page has no text at all (like a scan). */
export function pdfBytes(pages: string[][], options: PdfOptions = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ autoFirstPage: false, ...(options.userPassword ? { userPassword: options.userPassword, pdfVersion: '1.7' } : {}) });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    for (const lines of pages) {
      doc.addPage();
      if (lines.length === 0) {
        // A drawn shape and no text: what a scanned page looks like to a text extractor.
        doc.rect(50, 50, 200, 100).fill('#888888');
      }
      for (const line of lines) doc.text(line);
    }
    doc.end();
  });
}

const DOCX_CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const DOCX_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A minimal .docx whose body is the given WordprocessingML (paragraphs, tables). */
export function docxBytes(bodyXml: string, extraParts: Record<string, string> = {}): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyXml}</w:body></w:document>`;
  const files: Zippable = {
    '[Content_Types].xml': strToU8(DOCX_CONTENT_TYPES),
    '_rels/.rels': strToU8(DOCX_RELS),
    'word/document.xml': strToU8(document),
  };
  for (const [name, xml] of Object.entries(extraParts)) files[name] = strToU8(xml);
  return zipSync(files);
}

export function paragraph(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

export function zipBytes(files: Record<string, Uint8Array | string>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(zippable);
}

/** Writes the bytes into the temp folder and reads them back, as the scan would meet them. */
export async function roundTrip(dir: string, name: string, data: Uint8Array): Promise<Uint8Array> {
  const path = join(dir, name);
  await writeFile(path, data);
  return new Uint8Array(await readFile(path));
}

export function context(name: string, format: FileFormat, limits: Partial<ReadLimits> = {}): ReadContext {
  return { displayName: `/tmp/${name}`, format, limits: { ...DEFAULT_LIMITS, ...limits } };
}

/** The context the scan would build: the format detected from the bytes and the name. */
export function detectedContext(name: string, data: Uint8Array, limits: Partial<ReadLimits> = {}): ReadContext {
  return context(name, detectFormat(data.subarray(0, 8192), name), limits);
}
