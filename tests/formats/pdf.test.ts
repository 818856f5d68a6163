import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadOutcome, TextContent, TextUnit } from '../../electron/engine/content.js';
import { readFile } from '../../electron/engine/formats/index.js';
import { readPdf } from '../../electron/engine/formats/pdf.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';
import { context, detectedContext, pdfBytes, roundTrip } from './make-files.js';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('cda-pdf-');
});
afterAll(async () => {
  await removeTempDir(dir);
});

function units(outcome: ReadOutcome): TextUnit[] {
  if (!outcome.ok) throw new Error(`expected ok, got ${outcome.reason}`);
  return outcome.content.flatMap((c) => (c.type === 'text' ? [...(c as TextContent).units] : []));
}

describe('PDF reader', () => {
  it('reads the text layer line by line with page numbers', async () => {
    const data = await roundTrip(
      dir,
      'invoice.pdf',
      await pdfBytes([
        ['Invoice 1001', 'Ship to:', 'Jane Roe', '1 High Street', 'Brighton BN1 1AA'],
        ['Page two', 'Customer: Max Mustermann'],
        ['Third page: jane.roe@example.com'],
      ]),
    );
    const outcome = await readFile(data, detectedContext('invoice.pdf', data));
    const found = units(outcome);
    expect(found).toContainEqual({ text: 'Jane Roe', where: { page: 1 } });
    expect(found).toContainEqual({ text: 'Brighton BN1 1AA', where: { page: 1 } });
    expect(found).toContainEqual({ text: 'Customer: Max Mustermann', where: { page: 2 } });
    expect(found.find((u) => u.text.includes('jane.roe@example.com'))?.where).toEqual({ page: 3 });
    expect(outcome.ok && outcome.notes).toBeFalsy();
  });

  it('notes each page without text as needing OCR when other pages have text', async () => {
    const data = await pdfBytes([['Packing slip for order 1001'], [], ['Thank you for your order']]);
    const outcome = await readPdf(data, context('slip.pdf', 'pdf'));
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.notes).toEqual([{ reason: 'needs-ocr', message: expect.stringContaining('Page 2') }]);
  });

  it('reports a PDF without any text layer as needing OCR', async () => {
    const data = await pdfBytes([[], []]);
    expect(await readPdf(data, context('scan.pdf', 'pdf'))).toMatchObject({ ok: false, reason: 'needs-ocr' });
  });

  it('leaves the caller’s bytes usable (pdf.js must not detach them)', async () => {
    const data = await pdfBytes([['Hello there, this is text']]);
    const copy = data.slice();
    await readPdf(data, context('a.pdf', 'pdf'));
    expect(data.byteLength).toBe(copy.byteLength);
    expect(Buffer.from(data).equals(Buffer.from(copy))).toBe(true);
  });
});
