// The whole journey through the real `cda` binary: scan a generated folder, attest, verify.
// Customer values are planted in file contents and names; none may reach the report.
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inflatedBytes } from '../fixtures/pdf-tamper.js';
import { runCli } from '../fixtures/run-cli.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

const RAW = ['Margaret', 'Ellison', 'm.ellison@outlook.com', 'Orchard Lane', 'Okonkwo', 'chidi.okonkwo@gmail.com', '+44 7700 900123'];

describe('scan → attest → verify through the cda binary', () => {
  let dir: string;
  let root: string;
  let env: string;
  const configBefore = process.env.CDA_CONFIG_DIR;
  beforeAll(async () => {
    dir = await makeTempDir('cda-journey-');
    root = join(dir, 'shop');
    await mkdir(join(root, 'Margaret Ellison'), { recursive: true });
    await writeFile(
      join(root, 'orders_export.csv'),
      'order-id,buyer-name,buyer-email,buyer-phone,ship-address-1,ship-city,ship-postal-code\n' +
        '114-3941689-8772232,Margaret Ellison,m.ellison@outlook.com,+44 7700 900123,14 Orchard Lane,Brighton,BN1 4GH\n' +
        '114-3941690-1234567,Chidi Okonkwo,chidi.okonkwo@gmail.com,+44 7700 900456,3 Mill Road,Leeds,LS1 4AP\n',
    );
    await writeFile(join(root, 'Margaret Ellison', 'refund note.txt'), 'Refund sent to Margaret Ellison, m.ellison@outlook.com\n');
    await writeFile(join(root, 'inventory.csv'), 'sku,product,price\nMUG-RED-01,Red mug,9.99\n');
    // Not inspectable: a damaged spreadsheet and a link (never followed).
    await writeFile(join(root, 'old backup.xlsx'), Buffer.from('PK\u0003\u0004 this is not really a zip archive'));
    await symlink(join(root, 'inventory.csv'), join(root, 'inventory link.csv'));
    env = join(dir, 'config');
    process.env.CDA_CONFIG_DIR = env;
  });
  afterAll(async () => {
    if (configBefore === undefined) delete process.env.CDA_CONFIG_DIR;
    else process.env.CDA_CONFIG_DIR = configBefore;
    await removeTempDir(dir);
  });

  it('writes a report that says what was found and not inspected, and verifies it', async () => {
    const scanJson = join(dir, 'scan.json');
    const scan = await runCli(['scan', root, '--json', scanJson, '--no-ocr']);
    expect(scan.code, scan.stderr).toBe(1);

    const pdfPath = join(dir, 'REPORT.pdf');
    const attest = await runCli(['attest', '--scan', scanJson, '--seller', 'Sunny Mugs Ltd', '--attester', 'Ann Baker', '--reference', 'AM-2026-0142', '--out', pdfPath]);
    expect(attest.code, attest.stderr).toBe(0);
    expect(attest.stdout).toMatch(/^Customer data remains: \d+ files? still holds? customer data; 2 files could not be inspected\./);

    const parser = new PDFParse({ data: await readFile(pdfPath) });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    // Table cells wrap long masked paths: compare without whitespace.
    const squashed = text.replace(/\s+/g, '');
    expect(text).toContain('2 files could not be inspected');
    expect(squashed).toContain('o•••_e•••.csv');
    expect(squashed).toContain('M•••E•••/r•••n•••.txt');
    expect(squashed).toContain('Link,notfollowed');
    const pdfBytes = inflatedBytes(await readFile(pdfPath)).toString('utf8');
    const json = await readFile(join(dir, 'REPORT.json'), 'utf8');
    for (const raw of [...RAW, root]) {
      expect(text, raw).not.toContain(raw);
      expect(pdfBytes, raw).not.toContain(raw);
      expect(json, raw).not.toContain(raw);
      expect(attest.stdout, raw).not.toContain(raw);
    }

    const fingerprint = (JSON.parse(json) as { signature: { fingerprint: string } }).signature.fingerprint;
    const verify = await runCli(['verify', pdfPath, '--key', fingerprint]);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
    expect(verify.stdout).toContain('VERIFIED');

    const csv = join(dir, 'batch.csv');
    await writeFile(join(dir, 'cut.pdf'), (await readFile(pdfPath)).subarray(0, 4000));
    const batch = await runCli(['verify', pdfPath, join(dir, 'REPORT.json'), join(dir, 'cut.pdf'), '--key', fingerprint, '--csv', csv]);
    expect(batch.code).toBe(1);
    expect(batch.stdout).toContain('2 of 3 reports verified.');
    expect((await readFile(csv, 'utf8')).trim().split('\r\n')).toHaveLength(4);

    const usage = await runCli(['attest', '--scan', scanJson]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^cda: cda attest needs --out/);
    const wrong = await runCli(['attest', '--scan', join(dir, 'REPORT.json'), '--seller', 'S', '--attester', 'A', '--out', join(dir, 'x.pdf')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('is a cda.attestation/1 file, not a cda.scan/1 scan result');
  });
});
