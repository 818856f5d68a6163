import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { ReadOutcome, TextUnit } from '../../electron/engine/content.js';
import { readDocx } from '../../electron/engine/formats/docx.js';
import { readFile } from '../../electron/engine/formats/index.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';
import { context, detectedContext, docxBytes, paragraph, roundTrip, zipBytes } from './make-files.js';
import { encryptedOfficeBytes } from './office-crypto.js';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('cda-docx-');
});
afterAll(async () => {
  await removeTempDir(dir);
});

function units(outcome: ReadOutcome): TextUnit[] {
  if (!outcome.ok) throw new Error(`expected ok, got ${outcome.reason}`);
  return outcome.content.flatMap((c) => (c.type === 'text' ? [...c.units] : []));
}

const cell = (text: string): string => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;

describe('docx reader', () => {
  it('reads paragraphs, line breaks, table rows, headers and footers in order', async () => {
    const body =
      paragraph('Dear Ms Roe,') +
      '<w:p><w:r><w:t>Ship to:</w:t><w:br/><w:t>Jane Roe</w:t><w:br/><w:t xml:space="preserve">1 High Street &amp; Co</w:t></w:r></w:p>' +
      `<w:tbl><w:tr>${cell('Name')}${cell('Email')}</w:tr><w:tr>${cell('Max Mustermann')}${cell('max@example.de')}</w:tr></w:tbl>` +
      '<w:p><w:del><w:r><w:delText>old@example.com</w:delText></w:r></w:del></w:p>';
    const header = '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>Shop header</w:t></w:r></w:p></w:hdr>';
    const footer = '<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>Footer 07700 900123</w:t></w:r></w:p></w:ftr>';
    const data = await roundTrip(dir, 'letter.docx', docxBytes(body, { 'word/header1.xml': header, 'word/footer1.xml': footer }));
    const found = units(await readFile(data, detectedContext('letter.docx', data)));
    expect(found).toEqual([
      { text: 'Dear Ms Roe,', where: { line: 1 } },
      { text: 'Ship to:', where: { line: 2 } },
      { text: 'Jane Roe', where: { line: 3 } },
      { text: '1 High Street & Co', where: { line: 4 } },
      { text: 'Name\tEmail', where: { line: 5 } },
      { text: 'Max Mustermann\tmax@example.de', where: { line: 6 } },
      { text: 'old@example.com', where: { line: 7 } },
      { text: 'Shop header', where: { line: 8 } },
      { text: 'Footer 07700 900123', where: { line: 9 } },
    ]);
  });

  it('reports a password-protected .docx (an OLE2 package) as encrypted', () => {
    expect(readDocx(encryptedOfficeBytes(), context('secret.docx', 'docx'))).toMatchObject({ ok: false, reason: 'encrypted' });
  });

  it('reports an old .doc in OLE2 as unsupported and a zip without a body as corrupt', () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/WordDocument', Buffer.alloc(1024, 1));
    const doc = new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
    expect(readDocx(doc, context('old.docx', 'docx'))).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(readDocx(zipBytes({ 'notes.txt': 'x' }), context('x.docx', 'docx'))).toMatchObject({ ok: false, reason: 'corrupt' });
  });
});
