// `cda attest` and `cda verify` called in-process (the exit-code mapping of UsageError to 2 is
// cli.ts's and is covered through the real binary in scan-to-verify.test.ts).
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAttest } from '../../electron/cli/attest-command.js';
import { UsageError } from '../../electron/cli/usage-error.js';
import { runVerify } from '../../electron/cli/verify-command.js';
import { fileKeyStore, formatFingerprint, loadOrCreateSigningKey } from '../../electron/engine/attest/keys.js';
import { PLANTED, sampleLog, sampleScan } from '../fixtures/attest-samples.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

function capture() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) } } };
}

describe('cda attest and cda verify', () => {
  let dir: string;
  let configBefore: string | undefined;
  let scanPath: string;
  let logPath: string;
  beforeAll(async () => {
    dir = await makeTempDir('cda-attest-cli-');
    configBefore = process.env.CDA_CONFIG_DIR;
    process.env.CDA_CONFIG_DIR = join(dir, 'config');
    const scan = sampleScan();
    scanPath = join(dir, 'scan.json');
    logPath = join(dir, 'log.json');
    await writeFile(scanPath, JSON.stringify(scan, null, 2));
    await writeFile(logPath, JSON.stringify(sampleLog(scan), null, 2));
  });
  afterAll(async () => {
    if (configBefore === undefined) delete process.env.CDA_CONFIG_DIR;
    else process.env.CDA_CONFIG_DIR = configBefore;
    await removeTempDir(dir);
  });

  const attest = (out: string, extra: string[] = []) =>
    ['--scan', scanPath, '--log', logPath, '--seller', 'Sunny Mugs Ltd', '--attester', 'Ann Baker', '--reference', 'AM-2026-0142', '--out', out, ...extra];

  it('writes REPORT.pdf and REPORT.json beside it, signed with a key created in the config folder', async () => {
    const { out, io } = capture();
    expect(await runAttest(attest(join(dir, 'REPORT.pdf')), io)).toBe(0);
    const pdf = await readFile(join(dir, 'REPORT.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const json = JSON.parse(await readFile(join(dir, 'REPORT.json'), 'utf8'));
    expect(json.schema).toBe('cda.attestation/1');
    const key = await loadOrCreateSigningKey(fileKeyStore(join(dir, 'config')));
    expect(json.signature.fingerprint).toBe(key.fingerprint);
    if (process.platform !== 'win32') expect((await stat(fileKeyStore(join(dir, 'config')).location)).mode & 0o777).toBe(0o600);
    expect(out.stdout).toMatch(/^Clean with exceptions: .*3 files could not be inspected\.\n/);
    expect(out.stdout).toContain(formatFingerprint(key.fingerprint));
    expect(out.stdout).toContain('A new signing key was created');
    for (const raw of PLANTED) expect(out.stdout + JSON.stringify(json)).not.toContain(raw);
  });

  it('refuses a scan or log that is not its own format, in a sentence', async () => {
    const other = join(dir, 'other.json');
    await writeFile(other, JSON.stringify({ orders: [] }));
    const damaged = join(dir, 'damaged.json');
    await writeFile(damaged, JSON.stringify({ schema: 'cda.scan/1', files: [] }));
    const notJson = join(dir, 'notes.txt');
    await writeFile(notJson, 'hello');
    const cases: Array<[string[], RegExp]> = [
      [['--scan', logPath], /log\.json is a cda\.remediation-log\/1 file, not a cda\.scan\/1 scan result/],
      [['--scan', other], /other\.json is not in any format cda writes, not a cda\.scan\/1 scan result\. Make one with: cda scan/],
      [['--scan', damaged], /The scan result .*damaged\.json is damaged: /],
      [['--scan', notJson], /notes\.txt is not JSON/],
      [['--scan', join(dir, 'missing.json')], /does not exist/],
      [['--log', scanPath], /scan\.json is a cda\.scan\/1 file, not a cda\.remediation-log\/1 remediation log/],
    ];
    for (const [override, message] of cases) {
      const args = attest(join(dir, 'x.pdf'));
      args.splice(args.indexOf(override[0]!), 2, ...override);
      await expect(runAttest(args, capture().io), override.join(' ')).rejects.toThrow(message);
    }
  });

  it('refuses missing or bad options', async () => {
    await expect(runAttest(['--scan', scanPath, '--out', join(dir, 'a.pdf'), '--attester', 'A'], capture().io)).rejects.toThrow(/needs --seller/);
    await expect(runAttest(attest(join(dir, 'a.json')), capture().io)).rejects.toThrow(/must end in \.pdf/);
    await expect(runAttest(attest(join(dir, 'a.pdf'), ['--seller', 'Line\nbreak']), capture().io)).rejects.toThrow(UsageError);
    await expect(runVerify([], capture().io)).rejects.toThrow(/at least one report/);
    await expect(runVerify([join(dir, 'REPORT.pdf'), '--key', 'nonsense'], capture().io)).rejects.toThrow(/--key takes/);
  });

  it('verifies one report with a summary, and checks --key given as fingerprint, base64 or file', async () => {
    const key = await loadOrCreateSigningKey(fileKeyStore(join(dir, 'config')));
    const keyFile = join(dir, 'seller.key');
    await writeFile(keyFile, `${formatFingerprint(key.fingerprint)}\n`);
    for (const given of [key.fingerprint, key.publicKeyBase64, keyFile]) {
      const { out, io } = capture();
      expect(await runVerify([join(dir, 'REPORT.pdf'), '--key', given], io), given).toBe(0);
      expect(out.stdout).toMatch(/^VERIFIED  .*REPORT\.pdf  \(PDF and its signed attachment\)/);
      expect(out.stdout).toContain('Verdict      Clean with exceptions: no customer data remains except in 2 files kept');
      expect(out.stdout).toContain('(the expected key)');
    }
    const { out, io } = capture();
    expect(await runVerify([join(dir, 'REPORT.json')], io)).toBe(0);
    expect(out.stdout).toContain('no --key was given');
  });

  it('verifies a batch: one row per report, --csv, exit 1 when any fails', async () => {
    const args = attest(join(dir, 'second.pdf'));
    args.splice(args.indexOf('--reference'), 2, '--reference', '=HYPERLINK("http://x")');
    await runAttest(args, capture().io);
    const tampered = join(dir, 'tampered.json');
    await writeFile(tampered, (await readFile(join(dir, 'REPORT.json'), 'utf8')).replace('"records": 57', '"records": 7'));
    const csv = join(dir, 'results.csv');
    const { out, io } = capture();
    const code = await runVerify([join(dir, 'REPORT.pdf'), join(dir, 'second.pdf'), tampered, join(dir, 'REPORT.json'), '--csv', csv], io);
    expect(code).toBe(1);
    const lines = out.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Status\s+Verdict\s+Business\s+Reference\s+Issued\s+Code\s+File \/ reason$/);
    expect(lines.filter((l) => l.startsWith('verified'))).toHaveLength(3);
    expect(lines.find((l) => l.startsWith('FAILED'))).toMatch(/tampered\.json: signature-invalid: The signature does not match/);
    expect(out.stdout).toContain('3 of 4 reports verified.');

    const rows = (await readFile(csv, 'utf8')).trim().split('\r\n');
    expect(rows).toHaveLength(5);
    expect(rows[0]!.split(',').slice(0, 5)).toEqual(['file', 'status', 'reason', 'message', 'verdict']);
    expect(rows[3]).toMatch(/tampered\.json,failed,signature-invalid,/);
    // A reference that would run as a spreadsheet formula is written inert.
    expect(rows[2]).toContain(`"'=HYPERLINK(""http://x"")"`);

    const allGood = capture();
    expect(await runVerify([join(dir, 'REPORT.pdf'), join(dir, 'second.pdf')], allGood.io)).toBe(0);
  });
});
