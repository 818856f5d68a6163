// Verdict rules and the payload built from a scan and a remediation log (hand-built inputs).
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { attestationPayloadSchema } from '../../shared/attestation.js';
import { maskPath } from '../../shared/mask.js';
import type { RemediationLog } from '../../shared/remediation.js';
import type { ScanReport } from '../../shared/types.js';
import { AttestInputError, buildPayload } from '../../electron/engine/attest/build.js';
import { PLANTED, sampleLog, sampleScan } from '../fixtures/attest-samples.js';

const seller = { business: 'Sunny Mugs Ltd', attester: 'Ann Baker', reference: 'AM-2026-0142' };

function everythingDeleted(scan: ScanReport): RemediationLog {
  const log = sampleLog(scan);
  log.actions = scan.files
    .filter((f) => f.risk !== 'none' && !f.path.includes('!'))
    .map((f) => ({ maskedPath: maskPath(f.path), sha256: f.sha256!, decision: 'delete' as const, method: 'overwrite-1-pass,fsync,rename,unlink', result: 'done' as const, at: '2026-11-12T09:31:00.000Z' }))
    .concat([{ maskedPath: maskPath(scan.files.find((f) => f.path.endsWith('.zip'))!.path), sha256: scan.files.find((f) => f.path.endsWith('.zip'))!.sha256!, decision: 'delete', method: 'overwrite-1-pass,fsync,rename,unlink', result: 'done', at: '2026-11-12T09:31:00.000Z' }]);
  log.verification = { at: '2026-11-12T09:35:00.000Z', filesScanned: 4, filesWithCustomerData: 0, filesNotInspected: 0, remaining: [] };
  return log;
}

describe('verdict rules', () => {
  const cases: Array<{ name: string; scan: ScanReport; log?: RemediationLog; verdict: string; line: RegExp[] }> = [
    {
      name: 'nothing found, everything inspected',
      scan: sampleScan({ customerData: false, notInspected: false }),
      verdict: 'clean',
      line: [/^Clean: no customer data was found in the 4 files examined, and every file was inspected\.$/],
    },
    {
      name: 'nothing found, but files not inspected',
      scan: sampleScan({ customerData: false }),
      verdict: 'clean-with-exceptions',
      line: [/^Clean with exceptions: /, /3 files could not be inspected/],
    },
    {
      name: 'customer data and no remediation',
      scan: sampleScan(),
      verdict: 'customer-data-remains',
      line: [/^Customer data remains: 4 files still hold customer data/, /3 files could not be inspected/],
    },
    {
      name: 'remediated, files kept with a reason, rescan clean',
      scan: sampleScan(),
      log: sampleLog(sampleScan()),
      verdict: 'clean-with-exceptions',
      line: [/except in 2 files kept with a recorded reason/, /3 files could not be inspected/],
    },
    {
      name: 'everything deleted and the rescan confirms it',
      scan: sampleScan({ notInspected: false }),
      log: everythingDeleted(sampleScan({ notInspected: false })),
      verdict: 'clean',
      line: [/^Clean: the customer data found in 4 files was removed and a verifying rescan found none left\.$/],
    },
    {
      name: 'the rescan still finds a file',
      scan: sampleScan(),
      log: sampleLog(sampleScan(), { verification: 'remaining' }),
      verdict: 'customer-data-remains',
      line: [/1 file still holds customer data/, /1 file kept with a recorded reason/, /3 files could not be inspected/],
    },
    {
      name: 'remediated without a rescan, a deletion refused',
      scan: sampleScan(),
      log: sampleLog(sampleScan(), { verification: 'none', keepPhoneList: false }),
      verdict: 'customer-data-remains',
      line: [/1 file still holds customer data/, /not confirmed by a verifying rescan/],
    },
    {
      name: 'remediated without a rescan, everything dealt with',
      scan: sampleScan({ notInspected: false }),
      log: sampleLog(sampleScan({ notInspected: false }), { verification: 'none', keepPhoneList: true }),
      verdict: 'clean-with-exceptions',
      line: [/except in 2 files kept/, /the clean-up was not confirmed by a verifying rescan/],
    },
    {
      name: 'a cancelled scan',
      scan: { ...sampleScan({ customerData: false, notInspected: false }), cancelled: true },
      verdict: 'clean-with-exceptions',
      line: [/the scan was cancelled before every file was read/],
    },
  ];

  it.each(cases)('$name → $verdict', ({ scan, log, verdict, line }) => {
    const payload = buildPayload({ scan, log, seller });
    expect(payload.verdict).toBe(verdict);
    for (const pattern of line) expect(payload.verdictLine).toMatch(pattern);
    expect(attestationPayloadSchema.safeParse(payload).success).toBe(true);
  });

  it('says so in the verdict whenever files were not inspected', () => {
    for (const log of [undefined, sampleLog(sampleScan()), sampleLog(sampleScan(), { verification: 'remaining' })]) {
      expect(buildPayload({ scan: sampleScan(), log, seller }).verdictLine).toContain('3 files could not be inspected');
    }
  });

  it('does not count a file kept without a recorded reason as kept', () => {
    const scan = sampleScan({ notInspected: false });
    const log = sampleLog(scan, { verification: 'none', keepPhoneList: true });
    delete log.actions.find((a) => a.decision === 'keep' && a.keepReason === 'not-customer-data')!.keepReason;
    const payload = buildPayload({ scan, log, seller });
    expect(payload.verdict).toBe('customer-data-remains');
    expect(payload.kept).toHaveLength(1);
  });

  it('counts a file inside a deleted archive as dealt with', () => {
    const scan = sampleScan({ notInspected: false });
    const log = sampleLog(scan, { verification: 'none', keepPhoneList: true });
    const payload = buildPayload({ scan, log, seller });
    expect(payload.outcome.filesWithCustomerData).toBe(0);
  });
});

describe('payload', () => {
  const scan = sampleScan();
  const payload = buildPayload({ scan, log: sampleLog(scan), seller, now: new Date('2026-11-12T10:00:00Z') });

  it('holds no raw customer value, no unmasked path and none of the seller\'s free-text notes', () => {
    const json = JSON.stringify(payload);
    for (const raw of PLANTED) expect(json).not.toContain(raw);
    for (const file of scan.files) expect(json).not.toContain(file.path);
    expect(json).not.toContain('HMRC');
    expect(json).not.toContain('/home/sunny');
  });

  it('masks the roots, the notInspected and found paths, and the seller\'s own exclusions (not the built-in ones)', () => {
    expect(payload.scope.roots).toEqual(['/h•••/s•••/D•••', '/h•••/s•••/D•••']);
    expect(payload.scope.exclusions).toEqual(['node_modules', '.git', '**/M••• E•••/**']);
    expect(payload.notInspected.map((f) => f.maskedPath)).toContain('/h•••/s•••/D•••/P•••/E••• b••• s•••.pdf');
    expect(payload.found.list.map((f) => f.maskedPath)).toContain('/h•••/s•••/D•••/M••• E••• r•••.pdf');
  });

  it('records counts by format, category and risk, the times, and the machine by hash unless a name is entered', () => {
    expect(payload.examined.files).toBe(8);
    expect(payload.examined.byFormat.find((f) => f.format === 'csv')).toEqual({ format: 'csv', files: 2, bytes: 182_000 });
    expect(payload.found).toMatchObject({ files: 4, records: 57, byRisk: { high: 2, medium: 1, low: 1 } });
    expect(payload.found.byCategory).toEqual({ name: 55, email: 40, phone: 17, address: 55 });
    expect(payload.times).toEqual({
      scanStartedAt: '2026-11-12T09:14:03.120Z',
      scanFinishedAt: '2026-11-12T09:16:41.877Z',
      remediatedAt: '2026-11-12T09:32:00.000Z',
      verifiedAt: '2026-11-12T09:35:00.000Z',
    });
    expect(payload.machine.hostname).toBeUndefined();
    expect(payload.machine.hostnameHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(payload)).not.toContain(`"${hostname()}"`);
    expect(buildPayload({ scan, seller, hostname: 'shop-laptop' }).machine).toMatchObject({ hostname: 'shop-laptop' });
    expect(payload.tool).toEqual({ name: 'customer-data-auditor', version: '0.1.0', rules: '2026.11.1', ocr: { enabled: false, languages: [] } });
    expect(payload.limits.some((l) => /OCR was off/.test(l))).toBe(true);
    expect(payload.limits.some((l) => /solid-state/.test(l))).toBe(true);
  });

  it('refuses a log written for other folders', () => {
    const log = sampleLog(scan);
    log.roots = ['/h•••/o•••'];
    expect(() => buildPayload({ scan, log, seller })).toThrow(AttestInputError);
  });
});
