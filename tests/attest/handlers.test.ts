// The attestation handlers over a real scan of a generated folder: the same table main's IPC and
// the web bridge use, with input validated as at the boundary. Report made from the scan and the
// clean-up log the remediation handlers saved, saved to disk, checked again from its bytes (and
// tampered with), and a signing key locked by a stand-in for Electron's safeStorage.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attestationSchema } from '../../shared/attestation.js';
import { safeStorageKeyProtector } from '../../electron/handlers/attestation-key.js';
import type { HandlerDeps } from '../../electron/handlers/index.js';
import type { SafeStorageLike } from '../../electron/handlers/remediation-archive-key.js';
import { customer, ordersCsv } from '../e2e/planted-folder.js';
import { pdfBytes } from '../formats/make-files.js';
import { inflatedBytes } from '../fixtures/pdf-tamper.js';
import { handlerHarness, type HandlerHarness } from '../fixtures/handler-harness.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

type Harness = HandlerHarness;

function harness(dir: string, name: string, extra: Partial<HandlerDeps> = {}): Promise<Harness> {
  return handlerHarness(dir, name, { deps: extra });
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const seller = { business: 'Harbour & Pine', attester: 'Ann Fielding', reference: 'AM-2026-0099' };

describe('attestation handlers over a real scan', { timeout: 120_000 }, () => {
  let dir: string;
  let h: Harness;
  let scanId: string;
  const customers = Array.from({ length: 6 }, (_, i) => customer(i));
  const raw = customers.flatMap((c) => [c.name, c.email, c.phone, c.street, c.name.split(' ')[1]!]);

  beforeAll(async () => {
    dir = await makeTempDir('cda-attest-handlers-');
    h = await harness(dir, 'shop');
    await writeFile(join(h.root, 'orders_march_2026.csv'), ordersCsv(customers.slice(0, 4)));
    // A file named after a customer: the name must not reach the report.
    const c4 = customers[4]!;
    await writeFile(join(h.root, `refund ${c4.name}.txt`), `Return request\nCustomer: ${c4.name}\nPhone: ${c4.phone}\nShip to: ${c4.street}, ${c4.city} ${c4.postcode}\n`);
    await writeFile(join(h.root, 'inventory.csv'), 'sku,title,stock\nMUG-1,Blue mug,12\n');
    await writeFile(join(h.root, 'old-orders-locked.pdf'), await pdfBytes([[`${customers[5]!.name}, ${customers[5]!.email}`]], { userPassword: 'letmein' }));
    scanId = await h.scan();
  });
  afterAll(async () => {
    if (dir) await removeTempDir(dir);
  });

  it('describes the setup without creating a key', async () => {
    const setup = await h.call('getAttestationSetup', { scanId });
    expect(setup.hostname.length).toBeGreaterThan(0);
    expect(setup.keyFingerprint).toBeUndefined();
    expect(setup.keyProtection).toBe('owner-only-file');
    expect(setup.remediation).toEqual({ recorded: false, actions: 0, verifiedByRescan: false });
    expect(setup.ocr).toEqual({ enabled: true, languages: ['eng'] });
    expect(await readdir(h.userData).catch(() => [])).not.toContain('attestation-signing-key.pem');
  });

  it('refuses bad input: unknown scan, empty names, line breaks', async () => {
    expect((await h.fail('createAttestation', { scanId: 'no-such-scan', ...seller, computer: { mode: 'hashed' } })).reason).toBe('not-found');
    expect((await h.fail('createAttestation', { scanId, ...seller, business: '   ', computer: { mode: 'hashed' } })).reason).toBe('invalid-input');
    expect((await h.fail('createAttestation', { scanId, ...seller, attester: 'Ann\nFielding', computer: { mode: 'hashed' } })).reason).toBe('invalid-input');
    expect((await h.fail('createAttestation', { scanId, ...seller, computer: { mode: 'named', name: '' } })).reason).toBe('invalid-input');
    expect((await h.fail('saveAttestation', { reportId: 'not-made' })).reason).toBe('not-found');
  });

  it('makes a report of the scan alone: data remains, the locked PDF is named in the verdict, OCR stated', async () => {
    const summary = await h.call('createAttestation', { scanId, ...seller, computer: { mode: 'hashed' } });
    expect(summary.verdict).toBe('customer-data-remains');
    expect(summary.verdictLine).toBe('Customer data remains: 2 files still hold customer data; 1 file could not be inspected.');
    expect(summary.counts).toMatchObject({ filesExamined: 3, filesNotInspected: 1, filesFound: 2, filesRemaining: 2, actions: 0 });
    expect(summary.ocr).toEqual({ enabled: true, languages: ['eng'] });
    expect(summary.keyCreated).toBe(true);
    expect(summary.code).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect(summary.suggestedName).toMatch(/^attestation-\d{4}-\d{2}-\d{2}-[0-9A-F]{4}-[0-9A-F]{4}\.pdf$/);
    // The key now exists, as a 0600 PEM file beside the settings.
    expect((await h.call('getAttestationSetup', { scanId })).keyFingerprint).toBe(summary.keyFingerprint);
  });

  it('reads the clean-up log the remediation handlers saved, and its verifying rescan', async () => {
    const files = (await h.call('listRemediationFiles', { scanId })).files;
    const preview = await h.call('previewRemediation', { scanId, decisions: files.map((f) => ({ path: f.path, decision: 'delete' })) });
    await h.call('applyRemediation', { scanId, planId: preview.planId, confirmation: preview.confirmationPhrase });
    await h.until((e) => e.type === 'remediation-finished');
    await h.call('verifyRemediation', { scanId });
    const setup = await h.call('getAttestationSetup', { scanId });
    expect(setup.remediation).toEqual({ recorded: true, actions: 2, verifiedByRescan: true });

    const summary = await h.call('createAttestation', { scanId, ...seller, computer: { mode: 'named', name: 'shop-laptop' } });
    expect(summary.verdict).toBe('clean-with-exceptions');
    expect(summary.verdictLine).toContain('1 file could not be inspected');
    expect(summary).toMatchObject({ remediated: true, verifiedByRescan: true, keyCreated: false });
    expect(summary.counts).toMatchObject({ filesFound: 2, filesRemaining: 0, actions: 2 });

    // Saved without a dialog (the development bridge): REPORT.pdf and REPORT.json in the reports folder.
    const saved = (await h.call('saveAttestation', { reportId: summary.reportId }))!;
    expect(saved.pdfPath).toBe(join(h.userData, 'reports', summary.suggestedName));
    expect(saved.jsonPath).toBe(saved.pdfPath.replace(/\.pdf$/, '.json'));
    const again = (await h.call('saveAttestation', { reportId: summary.reportId }))!;
    expect(again.pdfPath).toBe(saved.pdfPath.replace(/\.pdf$/, '-2.pdf'));

    const pdf = await readFile(saved.pdfPath);
    const json = await readFile(saved.jsonPath, 'utf8');
    const document = attestationSchema.parse(JSON.parse(json));
    expect(document.payload.machine).toMatchObject({ hostname: 'shop-laptop' });
    expect(document.payload.actions).toHaveLength(2);
    expect(document.payload.verification?.filesWithCustomerData).toBe(0);
    const inflated = inflatedBytes(pdf).toString('utf8');
    for (const value of [...raw, h.root]) {
      expect(json, value).not.toContain(value);
      expect(inflated, value).not.toContain(value);
    }

    // The Verify screen's call: both forms verify, with or without the expected key.
    const ok = await h.call('verifyReports', { files: [{ name: 'r.pdf', bytesBase64: b64(pdf) }, { name: 'r.json', bytesBase64: b64(Buffer.from(json)) }], expectedKey: summary.keyFingerprint.match(/.{4}/g)!.join(' ') });
    expect(ok.expectedFingerprint).toBe(summary.keyFingerprint);
    expect(ok.rows).toEqual([
      expect.objectContaining({ name: 'r.pdf', ok: true, form: 'pdf', verdict: 'clean-with-exceptions', business: 'Harbour & Pine', reference: 'AM-2026-0099', code: summary.code, keyFingerprint: summary.keyFingerprint }),
      expect.objectContaining({ name: 'r.json', ok: true, form: 'json', code: summary.code }),
    ]);

    // One byte of the JSON changed; another key expected; not a report at all.
    const tampered = json.replace('"filesWithCustomerData": 0', '"filesWithCustomerData": 1');
    expect(tampered).not.toBe(json);
    const other = 'ab'.repeat(32);
    const checked = await h.call('verifyReports', {
      files: [
        { name: 'tampered.json', bytesBase64: b64(Buffer.from(tampered)) },
        { name: 'notes.txt', bytesBase64: b64(Buffer.from('hello')) },
      ],
    });
    expect(checked.rows).toEqual([
      { name: 'tampered.json', ok: false, form: 'json', reason: 'signature-invalid', message: expect.stringContaining('changed after it was signed') },
      { name: 'notes.txt', ok: false, reason: 'json-invalid', message: expect.stringContaining('neither a PDF nor valid JSON') },
    ]);
    const wrongKey = await h.call('verifyReports', { files: [{ name: 'r.pdf', bytesBase64: b64(pdf) }], expectedKey: other });
    expect(wrongKey.rows[0]).toMatchObject({ ok: false, reason: 'key-mismatch', keyFingerprint: summary.keyFingerprint });
    expect((await h.fail('verifyReports', { files: [{ name: 'r.pdf', bytesBase64: b64(pdf) }], expectedKey: 'not a key' })).reason).toBe('invalid-input');
    expect((await h.fail('verifyReports', { files: [] })).reason).toBe('invalid-input');
  });

  it('saves through the host dialog and opens the saved PDF through the host', async () => {
    const opened: string[] = [];
    const picked = join(dir, 'chosen', 'For Amazon');
    await mkdir(join(dir, 'chosen'), { recursive: true });
    const other = await harness(dir, 'dialog', {
      host: { pickFolder: async () => null, showInFolder: async () => undefined, setContentProtection: () => undefined, pickSavePath: async () => picked, openPath: async (path) => void opened.push(path) },
    });
    await writeFile(join(other.root, 'orders.csv'), ordersCsv(customers.slice(0, 2)));
    const otherScan = await other.scan();
    const summary = await other.call('createAttestation', { scanId: otherScan, ...seller, computer: { mode: 'hashed' } });
    expect((await other.fail('openAttestation', { reportId: summary.reportId })).reason).toBe('not-allowed');
    const saved = (await other.call('saveAttestation', { reportId: summary.reportId }))!;
    expect(saved).toEqual({ pdfPath: `${picked}.pdf`, jsonPath: `${picked}.json` });
    await other.call('openAttestation', { reportId: summary.reportId });
    expect(opened).toEqual([`${picked}.pdf`]);
    // The PDF names its own file in the verification instruction.
    const { PDFParse } = await import('pdf-parse');
    const parser = new PDFParse({ data: await readFile(saved.pdfPath) });
    const text = (await parser.getText()).text;
    await parser.destroy();
    expect(text).toContain('cda verify "For Amazon.pdf"');
  });

  it('keeps the signing key locked by the secret store when there is one', async () => {
    // A stand-in for Electron's safeStorage: reversible, and visibly not the PEM.
    const fake: SafeStorageLike = {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (text) => Buffer.from(`LOCKED:${Buffer.from(text).reverse().toString('base64')}`),
      decryptString: (data) => {
        const text = data.toString();
        if (!text.startsWith('LOCKED:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
        return Buffer.from(text.slice(7), 'base64').reverse().toString();
      },
    };
    expect(safeStorageKeyProtector({ ...fake, getSelectedStorageBackend: () => 'basic_text' })).toBeUndefined();
    expect(safeStorageKeyProtector({ ...fake, isEncryptionAvailable: () => false })).toBeUndefined();
    const locked = await harness(dir, 'locked', { keyProtector: safeStorageKeyProtector(fake)! });
    await writeFile(join(locked.root, 'orders.csv'), ordersCsv(customers.slice(0, 2)));
    const lockedScan = await locked.scan();
    expect((await locked.call('getAttestationSetup', { scanId: lockedScan })).keyProtection).toBe('os-secret-store');
    const first = await locked.call('createAttestation', { scanId: lockedScan, ...seller, computer: { mode: 'hashed' } });
    const stored = await readFile(join(locked.userData, 'attestation-signing-key.protected'), 'utf8');
    expect(stored.startsWith('LOCKED:')).toBe(true);
    expect(stored).not.toContain('PRIVATE KEY');
    expect(await readdir(locked.userData)).not.toContain('attestation-signing-key.pem');
    // The same key signs the next report.
    const second = await locked.call('createAttestation', { scanId: lockedScan, ...seller, computer: { mode: 'hashed' } });
    expect(second.keyFingerprint).toBe(first.keyFingerprint);

    // A store that cannot unlock the key: a clear refusal, and the key is never replaced.
    const broken = await harness(dir, 'locked', { keyProtector: safeStorageKeyProtector({ ...fake, decryptString: () => { throw new Error('no'); } })! });
    const brokenScan = await broken.scan();
    const failure = await broken.fail('createAttestation', { scanId: brokenScan, ...seller, computer: { mode: 'hashed' } });
    expect(failure.reason).toBe('failed');
    expect(failure.message).toContain('cannot be unlocked by the operating system’s secret store');
    expect(await readFile(join(locked.userData, 'attestation-signing-key.protected'), 'utf8')).toBe(stored);
  });
});
