// The remediation engine on real files in temporary folders: real deletion, real redaction,
// real archive containers, real rescans.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readDelimitedFile } from '../../electron/engine/remediate/csv-codec.js';
import { applyPlan, buildPlan, confirmChecklist, decisionsOffered, extractFromArchive, listArchive, destroyInArchive, previewPlan, verifyRemediation, highRiskDecisions } from '../../electron/engine/remediate/index.js';
import { scan } from '../../electron/engine/scan.js';
import { remediationLogSchema, type RemediationPlan } from '../../shared/remediation.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';
import { businessColumns, orderRows, toCsv } from './orders.js';

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
let dir: string;
let outside: string;

beforeEach(async () => {
  dir = await makeTempDir('cda-remediate-');
  outside = await makeTempDir('cda-outside-');
});
afterEach(async () => {
  await removeTempDir(dir);
  await removeTempDir(outside);
});

async function scanDir() {
  return scan({ roots: [dir], jobs: 1 });
}

describe('secure deletion', () => {
  it('overwrites the content with random bytes before unlinking, seen through a second descriptor', async () => {
    const file = join(dir, 'orders.csv');
    const text = toCsv(orderRows(40));
    await writeFile(file, text);
    const report = await scanDir();
    expect(report.files[0]!.risk).toBe('high');
    const plan = buildPlan(report, [{ path: file, decision: 'delete' }]);
    const witness = await open(file, 'r');
    try {
      const log = await applyPlan(plan);
      expect(log.actions[0]).toMatchObject({ result: 'done', decision: 'delete' });
      expect(existsSync(file)).toBe(false);
      expect(await readdir(dir)).toEqual([]);
      // The inode lives on through the witness: it was emptied (truncate) after being overwritten.
      const st = await witness.stat();
      expect(st.size).toBe(0);
      expect(log.actions[0]!.steps!.map((s) => s.step)).toEqual(['overwrite-pass-1', 'fsync-pass-1', 'truncate', 'rename', 'unlink', 'fsync-folder']);
      expect(() => remediationLogSchema.parse(log)).not.toThrow();
      expect(JSON.stringify(log)).not.toMatch(/Schneider|gmail|orders\.csv/);
    } finally {
      await witness.close();
    }
  });

  it('reads random bytes, not the original, through a descriptor held open between overwrite and truncate', async () => {
    const file = join(dir, 'customers.csv');
    const text = toCsv(orderRows(40));
    await writeFile(file, text);
    const plan = buildPlan(await scanDir(), [{ path: file, decision: 'delete', passes: 2 }]);
    const witness = await open(file, 'r');
    const seen: Buffer[] = [];
    const { secureDelete } = await import('../../electron/engine/remediate/secure-delete.js');
    const { guardFile } = await import('../../electron/engine/remediate/guard.js');
    const guarded = await guardFile({ path: file, roots: plan.roots, sha256: plan.items[0]!.sha256, mode: 'write' });
    if (!guarded.ok) throw new Error(guarded.message);
    const result = await secureDelete(guarded, {
      passes: 2,
      onStep: async (step) => {
        if (step.step.startsWith('fsync-pass')) {
          const buffer = Buffer.alloc(Buffer.byteLength(text));
          await witness.read(buffer, 0, buffer.length, 0);
          seen.push(buffer);
        }
      },
    });
    await witness.close();
    expect(result.ok).toBe(true);
    expect(seen).toHaveLength(2);
    for (const buffer of seen) {
      expect(buffer.equals(Buffer.from(text))).toBe(false);
      expect(buffer.toString('latin1')).not.toContain('Schneider');
      // Random bytes: nearly every byte value occurs, unlike text.
      expect(new Set(buffer).size).toBeGreaterThan(200);
    }
    expect(seen[0]!.equals(seen[1]!)).toBe(false);
  });

  it('refuses a file modified after the scan and leaves it intact', async () => {
    const file = join(dir, 'orders.csv');
    await writeFile(file, toCsv(orderRows()));
    const plan = buildPlan(await scanDir(), [{ path: file, decision: 'delete' }]);
    await writeFile(file, toCsv(orderRows(13)));
    const before = await readFile(file);
    const preview = await previewPlan(plan);
    expect(preview.items[0]).toMatchObject({ ok: false, reasonCode: 'changed-since-scan' });
    const log = await applyPlan(plan);
    expect(log.actions[0]).toMatchObject({ result: 'refused', reasonCode: 'changed-since-scan' });
    expect((await readFile(file)).equals(before)).toBe(true);
  });

  it('touches nothing outside the root: symlinked file, symlinked folder, .. through a link, absolute outside path', async () => {
    const target = join(outside, 'victim.csv');
    const content = toCsv(orderRows());
    await writeFile(target, content);
    await symlink(target, join(dir, 'link.csv'));
    await symlink(outside, join(dir, 'linked-folder'));
    await mkdir(join(dir, 'sub'));
    const hash = sha(content);
    const plan: RemediationPlan = {
      schema: 'cda.plan/1',
      createdAt: new Date().toISOString(),
      roots: [dir],
      scanStartedAt: new Date().toISOString(),
      items: [
        { path: join(dir, 'link.csv'), sha256: hash, decision: 'delete' },
        { path: join(dir, 'linked-folder', 'victim.csv'), sha256: hash, decision: 'delete' },
        { path: `${dir}/linked-folder/../${outside.split('/').pop()}/victim.csv`, sha256: hash, decision: 'delete' },
        { path: `${dir}/sub/../../${outside.split('/').pop()}/victim.csv`, sha256: hash, decision: 'delete' },
        { path: target, sha256: hash, decision: 'delete' },
        { path: join(dir, 'sub'), sha256: hash, decision: 'delete' },
      ],
    };
    const log = await applyPlan(plan);
    expect(log.actions.map((a) => a.result)).toEqual(['refused', 'refused', 'refused', 'refused', 'refused', 'refused']);
    expect(log.actions.map((a) => a.reasonCode)).toEqual(['symlink', 'symlink', 'symlink', 'outside-roots', 'outside-roots', 'not-regular-file']);
    expect(await readFile(target, 'utf8')).toBe(content);
    expect(existsSync(join(dir, 'sub'))).toBe(true);
  });

  it('refuses a hard-linked file (its other name may be outside the root)', async () => {
    const file = join(dir, 'a.csv');
    await writeFile(file, toCsv(orderRows()));
    const plan = buildPlan(await scanDir(), [{ path: file, decision: 'delete' }]);
    const { link } = await import('node:fs/promises');
    await link(file, join(outside, 'b.csv'));
    const log = await applyPlan(plan);
    expect(log.actions[0]).toMatchObject({ result: 'refused', reasonCode: 'hard-linked' });
    expect(existsSync(file)).toBe(true);
  });

  it('refuses a file the scan does not know, and keep without a reason', async () => {
    const file = join(dir, 'orders.csv');
    await writeFile(file, toCsv(orderRows()));
    const report = await scanDir();
    await writeFile(join(dir, 'new.csv'), toCsv(orderRows()));
    const plan = buildPlan(report, [
      { path: join(dir, 'new.csv'), decision: 'delete' },
      { path: file, decision: 'keep' },
    ]);
    const log = await applyPlan(plan);
    expect(log.actions.map((a) => a.reasonCode)).toEqual(['not-in-scan', 'reason-required']);
    expect(existsSync(join(dir, 'new.csv'))).toBe(true);
  });
});

describe('redaction', () => {
  it('CSV: drops the customer columns and keeps every business cell byte-for-byte in value; rescan finds nothing', async () => {
    const rows = orderRows(30);
    const file = join(dir, 'orders.csv');
    await writeFile(file, '\uFEFF' + toCsv(rows).replace(/\n/g, '\r\n'));
    const report = await scanDir();
    expect(decisionsOffered(report.files[0]!)).toContain('redact');
    const plan = buildPlan(report, [{ path: file, decision: 'redact' }]);
    const preview = await previewPlan(plan);
    expect(preview.items[0]!.ok).toBe(true);
    expect(preview.items[0]!.redaction!.columns.join(' ')).toContain('buyer-email');
    const log = await applyPlan(plan);
    expect(log.actions[0]).toMatchObject({ result: 'done', decision: 'redact' });
    const written = await readFile(file);
    expect(written.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(written.toString('utf8')).toContain('\r\n');
    expect(log.actions[0]!.newSha256).toBe(sha(written));
    const back = readDelimitedFile(written, 'csv')!.rows;
    expect(businessColumns(back)).toEqual(businessColumns(rows));
    expect(back[0]).not.toContain('buyer-email');
    const { log: verified } = await verifyRemediation(log, plan, { jobs: 1 });
    expect(verified.verification!.remaining).toEqual([]);
    expect(verified.verification!.filesWithCustomerData).toBe(0);
  });

  it('CSV: stray customer emails in a business column empty those cells only; every other cell keeps its value', async () => {
    const rows = [['order-id', 'sku', 'info', 'item-price']];
    for (let i = 0; i < 12; i++) rows.push([`302-${1000 + i}`, `SKU-${i}`, 'gift wrap, blue', `${(4.5 + i).toFixed(2)}`]);
    rows[5]![2] = 'emma.schneider@gmail.com';
    rows[9]![2] = 'oliver.bennett@outlook.com';
    const file = join(dir, 'products.csv');
    await writeFile(file, toCsv(rows));
    const report = await scanDir();
    expect(report.files[0]!.risk).not.toBe('none');
    const plan = buildPlan(report, [{ path: file, decision: 'redact' }]);
    const log = await applyPlan(plan);
    expect(log.actions[0]).toMatchObject({ result: 'done' });
    expect(log.actions[0]!.message).toMatch(/no whole column and 2 cells/);
    const back = readDelimitedFile(await readFile(file), 'csv')!.rows;
    const expected = rows.map((r, i) => (i === 5 || i === 9 ? [r[0]!, r[1]!, '', r[3]!] : r));
    expect(back).toEqual(expected);
    expect(JSON.stringify(log)).not.toMatch(/schneider|bennett/i);
  });

  it('XLSX: customer columns go, sales figures, SKUs and dates keep their values and types', async () => {
    const rows = orderRows(20);
    const sheet = XLSX.utils.aoa_to_sheet(rows.map((r, i) => (i === 0 ? r : r.map((c, j) => (j === 9 ? Number(c) : j === 10 ? Number(c) : c)))));
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Orders');
    const file = join(dir, 'orders.xlsx');
    await writeFile(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const report = await scanDir();
    const plan = buildPlan(report, [{ path: file, decision: 'redact' }]);
    const log = await applyPlan(plan);
    expect(log.actions[0]).toMatchObject({ result: 'done' });
    const out = XLSX.read(await readFile(file), { type: 'buffer' });
    const got = XLSX.utils.sheet_to_json<unknown[]>(out.Sheets['Orders']!, { header: 1, raw: true });
    const header = got[0] as string[];
    expect(header).toEqual(['order-id', 'purchase-date', 'sku', 'quantity-purchased', 'item-price', 'ship-country']);
    for (let r = 1; r < rows.length; r++) {
      expect(got[r]).toEqual([rows[r]![0], rows[r]![1], rows[r]![8], Number(rows[r]![9]), Number(rows[r]![10]), rows[r]![11]]);
    }
    const { log: verified } = await verifyRemediation(log, plan, { jobs: 1 });
    expect(verified.verification!.remaining).toEqual([]);
  });

  it('is not offered for formats that cannot be written back faithfully, and refused if planned anyway', async () => {
    await writeFile(join(dir, 'notes.txt'), 'Customer Emma Schneider, emma.schneider@gmail.com, +49 151 23456789, Lindenstraße 12, 10115 Berlin\n');
    const report = await scanDir();
    const file = report.files[0]!;
    expect(decisionsOffered(file)).not.toContain('redact');
    const log = await applyPlan(buildPlan(report, [{ path: file.path, decision: 'redact' }]));
    expect(log.actions[0]).toMatchObject({ result: 'refused', reasonCode: 'not-redactable' });
  });
});

describe('retention archive', () => {
  it('moves the file into an AES-256-GCM container, lists, extracts with the passphrase, refuses a wrong one, destroys after the date', async () => {
    const file = join(dir, 'invoices.csv');
    const text = toCsv(orderRows());
    await writeFile(file, text);
    const archiveDir = join(outside, 'archive');
    const plan = buildPlan(await scanDir(), [{ path: file, decision: 'archive', reason: 'tax-retention', until: '2030-12-31', note: 'HGB §147' }]);
    const log = await applyPlan(plan, { archive: { dir: archiveDir, passphrase: 'correct horse battery staple' } });
    expect(log.actions[0]).toMatchObject({ result: 'done', keepReason: 'tax-retention', until: '2030-12-31' });
    expect(existsSync(file)).toBe(false);
    const [container] = await readdir(archiveDir);
    const raw = await readFile(join(archiveDir, container!));
    expect(raw.toString('latin1')).not.toContain('Schneider');
    expect(raw.toString('latin1')).not.toContain('invoices');
    const entries = await listArchive(archiveDir, new Date('2026-01-01'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ reason: 'tax-retention', until: '2030-12-31', expired: false, sha256: sha(text) });
    const wrong = await extractFromArchive(archiveDir, entries[0]!.id, { passphrase: 'wrong' }, join(outside, 'out'));
    expect(wrong.ok).toBe(false);
    const back = await extractFromArchive(archiveDir, entries[0]!.id, { passphrase: 'correct horse battery staple' }, join(outside, 'out'));
    if (!back.ok) throw new Error(back.message);
    expect(await readFile(back.path, 'utf8')).toBe(text);
    expect((await destroyInArchive(archiveDir, entries[0]!.id, { now: new Date('2030-12-31') })).ok).toBe(false);
    expect((await destroyInArchive(archiveDir, entries[0]!.id, { now: new Date('2031-01-01') })).ok).toBe(true);
    expect(await readdir(archiveDir)).toEqual([]);
  });

  it('refuses to archive without a key and leaves the file', async () => {
    const file = join(dir, 'invoices.csv');
    await writeFile(file, toCsv(orderRows()));
    const log = await applyPlan(buildPlan(await scanDir(), [{ path: file, decision: 'archive', reason: 'tax-retention' }]));
    expect(log.actions[0]).toMatchObject({ result: 'refused', reasonCode: 'no-archive-key' });
    expect(existsSync(file)).toBe(true);
  });
});

describe('the whole session', () => {
  it('plans, previews, applies, confirms the checklist and verifies: kept files explained, remediated ones gone', async () => {
    await writeFile(join(dir, 'a.csv'), toCsv(orderRows()));
    await mkdir(join(dir, 'old'));
    await writeFile(join(dir, 'old', 'b.csv'), toCsv(orderRows(8)));
    await writeFile(join(dir, 'c.csv'), toCsv(orderRows(6)));
    await writeFile(join(dir, 'prices.csv'), 'sku,price\nSKU-1,9.99\n');
    const report = await scanDir();
    const decisions = highRiskDecisions(report).filter((d) => !d.path.endsWith('c.csv'));
    decisions.push({ path: join(dir, 'c.csv'), decision: 'keep', reason: 'legal-hold', note: 'case 2026-14' });
    const plan = buildPlan(report, decisions);
    const preview = await previewPlan(plan);
    expect(preview.totals).toMatchObject({ delete: 2, keep: 1 });
    expect(preview.guidance.map((g) => g.id)).toContain('empty-trash');
    let log = await applyPlan(plan, { onAction: () => undefined });
    expect(log.actions.every((a) => a.result === 'done')).toBe(true);
    log = confirmChecklist(log, ['empty-trash']);
    expect(log.checklist.find((c) => c.id === 'empty-trash')!.confirmed).toBe(true);
    const { log: verified } = await verifyRemediation(log, plan, { jobs: 1 });
    expect(verified.verification!.remaining).toEqual([]);
    expect(verified.verification!.filesWithCustomerData).toBe(1);
    expect(existsSync(join(dir, 'prices.csv'))).toBe(true);
    expect(existsSync(join(dir, 'old'))).toBe(true);
  });

  it('the verifying rescan reads only what changed since the scan', async () => {
    for (const name of ['a.csv', 'b.csv', 'c.csv', 'd.csv']) await writeFile(join(dir, name), toCsv(orderRows(5)));
    const report = await scanDir();
    const plan = buildPlan(report, [
      { path: join(dir, 'a.csv'), decision: 'delete' },
      { path: join(dir, 'b.csv'), decision: 'keep', reason: 'test-data' },
    ]);
    const log = await applyPlan(plan);
    // c.csv changed behind the plan's back (and now holds no customer data); d.csv is untouched.
    await writeFile(join(dir, 'c.csv'), 'sku,price\nSKU-1,1.00\n');
    const { log: verified, filesRead, report: after } = await verifyRemediation(log, plan, { jobs: 1 }, report);
    expect(filesRead).toBe(2); // b.csv (in the plan) and c.csv (changed)
    expect(after.files.map((f) => f.path.split('/').pop())).toEqual(['b.csv', 'c.csv', 'd.csv']);
    expect(after.files.find((f) => f.path.endsWith('c.csv'))!.risk).toBe('none');
    expect(verified.verification!.remaining.map((r) => r.explanation)).toEqual([expect.stringContaining('No decision')]);
    const full = await verifyRemediation(log, plan, { jobs: 1 });
    expect(full.filesRead).toBe(3);
    expect(full.log.verification!.remaining).toHaveLength(1);
  });

  it('reports what remains when a file was refused', async () => {
    const file = join(dir, 'a.csv');
    await writeFile(file, toCsv(orderRows()));
    const plan = buildPlan(await scanDir(), [{ path: file, decision: 'delete' }]);
    await writeFile(file, toCsv(orderRows(7)));
    const log = await applyPlan(plan);
    const { log: verified } = await verifyRemediation(log, plan, { jobs: 1 });
    expect(verified.verification!.remaining).toHaveLength(1);
    expect(verified.verification!.remaining[0]!.explanation).toContain('changed-since-scan');
    expect(JSON.stringify(verified)).not.toContain(dir);
  });
});

// Permissions mean nothing to root, and CI runs as root: the read-only and unreadable cases run
// through the CLI as an unprivileged user in cli.test.ts, so they are never skipped.

