// The PDF for people, read back the way a reader (pdf-parse) and a verifier (pdfjs) see it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFingerprint } from '../../electron/engine/attest/keys.js';
import { attestationJson } from '../../electron/engine/attest/pdf.js';
import { readReportBytes } from '../../electron/engine/attest/read-report.js';
import { reportCode } from '../../electron/engine/attest/report-code.js';
import { verifyReportBytes } from '../../electron/engine/attest/verify.js';
import type { Attestation } from '../../shared/attestation.js';
import { makeReport, testKey } from '../fixtures/attest-report.js';
import { PLANTED, sampleLog, sampleScan } from '../fixtures/attest-samples.js';
import { inflatedBytes } from '../fixtures/pdf-tamper.js';
import { renderPdfPages } from '../fixtures/render-pdf.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

async function pdfText(pdf: Buffer): Promise<{ text: string; pages: string[] }> {
  const parser = new PDFParse({ data: pdf });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.pages.map((p) => p.text) };
  } finally {
    await parser.destroy();
  }
}

describe('attestation PDF', () => {
  let dir: string;
  let attestation: Attestation;
  let pdf: Buffer;
  let text: string;
  let pages: string[];
  beforeAll(async () => {
    dir = await makeTempDir('cda-report-');
    const scan = sampleScan();
    ({ attestation, pdf } = await makeReport(scan, sampleLog(scan), testKey()));
    ({ text, pages } = await pdfText(pdf));
  });
  afterAll(async () => removeTempDir(dir));

  it('opens with the one-line verdict, then the detail', () => {
    const flat = text.replace(/\s+/g, ' ');
    const verdictAt = flat.indexOf(attestation.payload.verdictLine);
    expect(verdictAt).toBeGreaterThan(0);
    expect(verdictAt).toBeLessThan(flat.indexOf('Who, and for whom'));
    expect(flat).toContain('Clean with exceptions: no customer data remains except in 2 files kept with a recorded reason; 3 files could not be inspected.');
    for (const heading of ['When', 'Where', 'With what', 'What was examined', 'What was not examined', 'What was found', 'What was done', 'Checklist confirmed by the seller', 'Verifying rescan', 'Limits of this report', 'Signature and how to verify it']) {
      expect(flat).toContain(heading);
    }
  });

  it('shows the counts, the seller, the masked paths and their reasons', () => {
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Sunny Mugs Ltd');
    expect(flat).toContain('Ann Baker');
    expect(flat).toContain('AM-2026-0142');
    expect(flat).toContain('8 files, 682 KB');
    expect(flat).toContain('4 files, 57 customer records');
    expect(flat).toMatch(/Files with customer data 4 \(high risk 2, medium 1, low 1\)/);
    expect(flat).toContain('/h•••/s•••/D•••/P•••/E••• b••• s•••.pdf');
    expect(flat).toContain('Encrypted or password-protected');
    expect(flat).toContain('/h•••/s•••/D•••/M••• E••• r•••.pdf');
    expect(flat).toContain('Tax retention obligation');
    expect(flat).toContain('solid-state drive');
    expect(flat).toContain('Overwritten once, flushed to disk, renamed, removed');
    expect(flat).toMatch(/Checked the phone and tablet for order screenshots No/);
  });

  it('prints page numbers, the key fingerprint, the report code and how to verify on every page', () => {
    expect(pages.length).toBeGreaterThan(1);
    const code = reportCode(attestation);
    pages.forEach((page, i) => {
      const flat = page.replace(/\s+/g, ' ');
      expect(flat).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(flat).toContain(formatFingerprint(attestation.signature.fingerprint));
      expect(flat).toContain(code);
      expect(flat).toContain('cda verify REPORT.pdf');
    });
  });

  it('embeds the signed JSON as attestation.json, identical to REPORT.json', async () => {
    const read = await readReportBytes(pdf);
    expect(read.form).toBe('pdf');
    expect(read.document).toEqual(JSON.parse(attestationJson(attestation)));
    const outcome = await verifyReportBytes(pdf, { expectedFingerprint: attestation.signature.fingerprint });
    expect(outcome.ok).toBe(true);
  });

  it('leaks no planted customer value, in the text or in the bytes with every stream inflated', () => {
    const bytes = inflatedBytes(pdf).toString('utf8');
    expect(bytes).toContain('"schema": "cda.attestation/1"'); // the inflation reached the attachment
    const json = attestationJson(attestation);
    for (const raw of [...PLANTED, 'HMRC', '/home/sunny']) {
      expect(text, raw).not.toContain(raw);
      expect(bytes, raw).not.toContain(raw);
      expect(json, raw).not.toContain(raw);
    }
  });

  it('renders to PNG pages with pdftoppm', async () => {
    const pngs = await renderPdfPages(pdf, join(dir, 'png'), { resolution: 40 });
    expect(pngs).toHaveLength(pages.length);
    for (const png of pngs) expect((await readFile(png)).subarray(1, 4).toString()).toBe('PNG');
  });

  it('prints names in other scripts and leaves out what the font cannot draw', async () => {
    const scan = sampleScan({ notInspected: false });
    scan.files[0]!.path = '/home/sunny/Documents/Šárka Ωmega Жанна 王芳.xlsx';
    scan.files[0]!.risk = 'low';
    scan.files[0]!.records = 1;
    const { pdf: other } = await makeReport(scan, undefined, testKey(), { business: 'Café Zoë & Søn', attester: 'Zoë Øster' });
    const flat = (await pdfText(other)).text.replace(/\s+/g, ' ');
    expect(flat).toContain('Café Zoë & Søn');
    expect(flat).toContain('Š••• Ω••• Ж••• ?•••.xlsx');
  });
});
