// A report that was changed, swapped, cut short or signed by someone else fails with a reason.
import PDFDocument from 'pdfkit';
import { describe, expect, it, beforeAll } from 'vitest';
import type { Attestation } from '../../shared/attestation.js';
import { buildPayload } from '../../electron/engine/attest/build.js';
import { attestationJson } from '../../electron/engine/attest/pdf.js';
import { signPayload } from '../../electron/engine/attest/sign.js';
import { verifyReportBytes, type VerifyOutcome } from '../../electron/engine/attest/verify.js';
import { makeReport, testKey } from '../fixtures/attest-report.js';
import { sampleLog, sampleScan } from '../fixtures/attest-samples.js';
import { swapAttachment } from '../fixtures/pdf-tamper.js';

function failure(outcome: VerifyOutcome): { reason: string; message: string } {
  if (outcome.ok) throw new Error('expected the report to fail verification');
  return { reason: outcome.reason, message: outcome.message };
}

describe('tampered reports', () => {
  const key = testKey();
  const otherKey = testKey();
  let attestation: Attestation;
  let pdf: Buffer;
  let json: Buffer;
  let otherReport: Attestation;
  beforeAll(async () => {
    const scan = sampleScan();
    ({ attestation, pdf } = await makeReport(scan, sampleLog(scan), key));
    json = Buffer.from(attestationJson(attestation));
    otherReport = (await makeReport(sampleScan({ customerData: false }), undefined, key)).attestation;
  });

  it('verifies the untouched JSON and PDF, with and without --key', async () => {
    for (const bytes of [json, pdf]) {
      expect((await verifyReportBytes(bytes)).ok).toBe(true);
      expect((await verifyReportBytes(bytes, { expectedFingerprint: key.fingerprint })).ok).toBe(true);
    }
  });

  it('fails a JSON changed by a single byte, wherever that byte is', async () => {
    const reasons = new Set<string>();
    for (let i = 0; i < json.length; i++) {
      const changed = Buffer.from(json);
      changed[i] = changed[i]! ^ 0x01;
      const outcome = await verifyReportBytes(changed);
      expect(outcome.ok, `byte ${i} (${JSON.stringify(String.fromCharCode(json[i]!))})`).toBe(false);
      reasons.add(failure(outcome).reason);
    }
    expect([...reasons].sort()).toEqual(['fingerprint-mismatch', 'json-invalid', 'schema-invalid', 'signature-invalid']);
  });

  it('fails a count changed in the JSON with a clear sentence', async () => {
    const changed = Buffer.from(json.toString().replace('"records": 57', '"records": 5'));
    expect(failure(await verifyReportBytes(changed))).toEqual({
      reason: 'signature-invalid',
      message: 'The signature does not match the content: the report was changed after it was signed.',
    });
  });

  it('fails a PDF whose attachment was swapped for another report\'s (same key, valid signature)', async () => {
    const swapped = swapAttachment(pdf, Buffer.from(attestationJson(otherReport)));
    const { reason, message } = failure(await verifyReportBytes(swapped, { expectedFingerprint: key.fingerprint }));
    expect(reason).toBe('json-pdf-mismatch');
    expect(message).toMatch(/attachment was swapped/);
  });

  it('fails a PDF whose attachment was replaced by an edited copy', async () => {
    const edited = JSON.parse(json.toString()) as Attestation;
    edited.payload.verdict = 'clean';
    expect(failure(await verifyReportBytes(swapAttachment(pdf, Buffer.from(JSON.stringify(edited))))).reason).toBe('signature-invalid');
  });

  it('fails a report signed with another key than --key, including a forgery re-signed after editing', async () => {
    expect(failure(await verifyReportBytes(json, { expectedFingerprint: otherKey.fingerprint })).reason).toBe('key-mismatch');
    const forged = signPayload({ ...attestation.payload, verdict: 'clean', verdictLine: 'Clean: nothing at all.' }, otherKey);
    const forgedBytes = Buffer.from(attestationJson(forged));
    expect((await verifyReportBytes(forgedBytes)).ok).toBe(true);
    const { reason, message } = failure(await verifyReportBytes(forgedBytes, { expectedFingerprint: key.fingerprint }));
    expect(reason).toBe('key-mismatch');
    expect(message).toMatch(/signed with another key/);
  });

  it('fails a report whose public key was swapped while the fingerprint and signature stayed', async () => {
    const swapped = { ...attestation, signature: { ...attestation.signature, publicKey: otherKey.publicKeyBase64 } };
    expect(failure(await verifyReportBytes(Buffer.from(JSON.stringify(swapped)))).reason).toBe('fingerprint-mismatch');
    const both = { ...swapped, signature: { ...swapped.signature, fingerprint: otherKey.fingerprint } };
    expect(failure(await verifyReportBytes(Buffer.from(JSON.stringify(both)))).reason).toBe('signature-invalid');
  });

  it('fails a truncated PDF', async () => {
    for (const cut of [Math.floor(pdf.length * 0.3), Math.floor(pdf.length * 0.7), pdf.length - 8]) {
      const { reason, message } = failure(await verifyReportBytes(pdf.subarray(0, cut)));
      expect(reason, `cut at ${cut}`).toBe('pdf-unreadable');
      expect(message).toMatch(/incomplete/);
    }
  });

  it('fails a damaged PDF and a PDF without the attachment', async () => {
    const damaged = Buffer.from(pdf);
    damaged.fill(0x20, 200, pdf.length - 100);
    expect(['pdf-unreadable', 'attachment-missing']).toContain(failure(await verifyReportBytes(damaged)).reason);

    const plain = await new Promise<Buffer>((resolve) => {
      const doc = new PDFDocument();
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.text(attestation.payload.verdictLine);
      doc.end();
    });
    expect(failure(await verifyReportBytes(plain)).reason).toBe('attachment-missing');
  });

  it('names files that are not reports', async () => {
    expect(failure(await verifyReportBytes(Buffer.from(JSON.stringify(sampleScan())))).message).toBe('This is a cda.scan/1 file, not a signed cda.attestation/1 report.');
    expect(failure(await verifyReportBytes(Buffer.from('hello'))).reason).toBe('json-invalid');
    const unsigned = { schema: 'cda.attestation/1', payload: buildPayload({ scan: sampleScan(), seller: { business: 'B', attester: 'A' } }) };
    expect(failure(await verifyReportBytes(Buffer.from(JSON.stringify(unsigned)))).reason).toBe('schema-invalid');
  });

  it('keeps verifying when the JSON is re-indented or its keys reordered (canonical form)', async () => {
    const reordered = { signature: attestation.signature, payload: Object.fromEntries(Object.entries(attestation.payload).reverse()), schema: attestation.schema };
    expect((await verifyReportBytes(Buffer.from(JSON.stringify(reordered)))).ok).toBe(true);
  });
});
