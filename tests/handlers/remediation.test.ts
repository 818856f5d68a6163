// The remediation handlers over real scans of generated folders: the same table main's IPC and the
// web bridge use, with input validated as it is at the boundary. Real deletion, real redaction,
// a real encrypted archive, and a log on disk that holds no raw value.
import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../shared/api.js';
import type { RemediationEvent } from '../../shared/api-remediation.js';
import { remediationLogSchema } from '../../shared/remediation.js';
import { safeStorageArchiveKey, type SafeStorageLike } from '../../electron/handlers/remediation-archive-key.js';
import { readRemediationLog } from '../../electron/handlers/remediation-handlers.js';
import { listArchive } from '../../electron/engine/remediate/index.js';
import { handlerHarness, type HandlerHarness } from '../fixtures/handler-harness.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';
import { customer, ordersCsv, type Customer } from '../e2e/planted-folder.js';

const DAY = 24 * 60 * 60 * 1000;

type Harness = HandlerHarness;

function harness(dir: string, name: string, archiveKey?: ReturnType<typeof safeStorageArchiveKey>): Promise<Harness> {
  return handlerHarness(dir, name, archiveKey ? { deps: { archiveKey } } : {});
}

const finished = (scanId: string) => (e: AppEvent): e is Extract<RemediationEvent, { type: 'remediation-finished' }> => e.type === 'remediation-finished' && e.scanId === scanId;

function rawValues(customers: readonly Customer[]): string[] {
  return customers.flatMap((c) => [c.name, c.email, c.phone, c.street, c.name.split(' ')[1]!]);
}

describe('remediation handlers over real scans', { timeout: 120_000 }, () => {
  let dir: string;
  const customers = Array.from({ length: 8 }, (_, i) => customer(i));

  beforeAll(async () => {
    dir = await makeTempDir('cda-remediation-handlers-');
  });
  afterAll(async () => {
    if (dir) await removeTempDir(dir);
  });

  describe('a whole session: plan, confirm, apply, checklist, verify', () => {
    let h: Harness;
    let scanId: string;
    const files = {} as Record<'orders' | 'notes' | 'invoice' | 'archive' | 'old', string>;

    beforeAll(async () => {
      h = await harness(dir, 'session');
      files.orders = join(h.root, 'orders_march_2026.csv');
      files.notes = join(h.root, `call ${customers[1]!.name}.txt`);
      files.invoice = join(h.root, 'invoice-1001.txt');
      files.archive = join(h.root, 'returns_2025.csv');
      files.old = join(h.root, 'old-orders.csv');
      await writeFile(files.orders, ordersCsv(customers.slice(0, 5)));
      const c1 = customers[1]!;
      await writeFile(files.notes, `Return request\nCustomer: ${c1.name}\nPhone: ${c1.phone}\nShip to: ${c1.street}, ${c1.city} ${c1.postcode}\n`);
      await writeFile(files.invoice, `Invoice 1001\nBill to: ${customers[2]!.name}\n${customers[2]!.street}, ${customers[2]!.city} ${customers[2]!.postcode}\n${customers[2]!.email}\nTotal 42.00\n`);
      await writeFile(files.archive, ordersCsv(customers.slice(5, 7), 2000));
      await writeFile(files.old, ordersCsv(customers.slice(7, 8), 3000));
      await writeFile(join(h.root, 'inventory.csv'), 'sku,title,stock\nMUG-1,Blue mug,12\n');
      const sixtyDaysAgo = new Date(Date.now() - 60 * DAY);
      await utimes(files.old, sixtyDaysAgo, sixtyDaysAgo);
      scanId = await h.scan();
    });

    it('lists the files with customer data, what each can take, and their age against the window', async () => {
      const listed = await h.call('listRemediationFiles', { scanId });
      expect(listed.files.map((f) => f.path).sort()).toEqual(Object.values(files).sort());
      expect(listed.retentionDays).toBe(30);
      expect(listed.archiveKey).toBe('passphrase');
      const byPath = new Map(listed.files.map((f) => [f.path, f]));
      expect(byPath.get(files.orders)!.offered).toEqual(['delete', 'redact', 'keep', 'archive']);
      expect(byPath.get(files.notes)!.offered).toEqual(['delete', 'keep', 'archive']);
      expect(byPath.get(files.old)!.retention).toMatchObject({ overdue: true, ageDays: 60 });
      expect(byPath.get(files.orders)!.retention).toMatchObject({ overdue: false, ageDays: 0 });

      // The window is a setting.
      const settings = await h.call('getSettings', undefined);
      await h.call('saveSettings', { ...settings, retentionDays: 90 });
      const longer = await h.call('listRemediationFiles', { scanId });
      expect(longer.retentionDays).toBe(90);
      expect(longer.files.find((f) => f.path === files.old)!.retention.overdue).toBe(false);
      await h.call('saveSettings', settings);
    });

    it('refuses plans naming files the scan did not report, decisions a file is not offered, or the same file twice', async () => {
      expect((await h.fail('previewRemediation', { scanId, decisions: [{ path: join(h.root, 'inventory.csv'), decision: 'delete' }] })).reason).toBe('not-allowed');
      expect((await h.fail('previewRemediation', { scanId, decisions: [{ path: join(dir, 'elsewhere.txt'), decision: 'delete' }] })).reason).toBe('not-allowed');
      expect((await h.fail('previewRemediation', { scanId, decisions: [{ path: files.notes, decision: 'redact' }] })).reason).toBe('invalid-input');
      expect((await h.fail('previewRemediation', { scanId, decisions: [{ path: files.notes, decision: 'delete' }, { path: files.notes, decision: 'keep', reason: 'legal-hold' }] })).reason).toBe('invalid-input');
      expect((await h.fail('previewRemediation', { scanId, decisions: [{ path: files.notes, decision: 'shred' }] })).reason).toBe('invalid-input');
      expect((await h.fail('previewRemediation', { scanId: 'no-such-scan', decisions: [{ path: files.notes, decision: 'delete' }] })).reason).toBe('not-found');
      expect((await h.fail('applyRemediation', { scanId, planId: 'abcdef0123456789' })).reason).toBe('not-found');
    });

    it('asks for the typed phrase before deleting more than one file, and refuses a wrong one', async () => {
      const preview = await h.call('previewRemediation', { scanId, decisions: [{ path: files.notes, decision: 'delete' }, { path: files.old, decision: 'delete' }] });
      expect(preview.totals).toMatchObject({ delete: 2, redact: 0, keep: 0, archive: 0 });
      expect(preview.confirmationPhrase).toBe('DELETE 2 FILES');
      expect((await h.fail('applyRemediation', { scanId, planId: preview.planId })).message).toContain('DELETE 2 FILES');
      expect((await h.fail('applyRemediation', { scanId, planId: preview.planId, confirmation: 'DELETE 3 FILES' })).reason).toBe('invalid-input');
      // Nothing was touched.
      for (const path of [files.notes, files.old]) expect((await stat(path)).isFile()).toBe(true);
      expect((await h.call('getRemediation', { scanId })).status).toBe('planned');
    });

    it('shows the dry run: totals, the redaction, each refusal, and asks for an archive passphrase', async () => {
      const decisions = [
        { path: files.notes, decision: 'delete' },
        { path: files.old, decision: 'delete' },
        { path: files.orders, decision: 'redact' },
        { path: files.invoice, decision: 'keep', reason: 'tax-retention', until: '2036-12-31', note: 'HMRC: six years' },
        { path: files.archive, decision: 'archive', reason: 'legal-hold', until: '2027-06-30' },
      ];
      const preview = await h.call('previewRemediation', { scanId, decisions });
      expect(preview.totals).toMatchObject({ delete: 2, redact: 1, keep: 1, archive: 1 });
      expect(preview.refused).toBe(0);
      expect(preview.totals.bytes).toBeGreaterThan(0);
      const redact = preview.items.find((i) => i.path === files.orders)!;
      expect(redact.redaction?.columns.length).toBeGreaterThanOrEqual(4);
      expect(redact.mediumCaveat).toMatch(/gone from its folder/);
      expect(preview.guidance.map((g) => g.id)).toContain('empty-trash');
      expect(preview.confirmationPhrase).toBe('DELETE 2 FILES');

      // Archiving needs key material: without an app key, a passphrase.
      const noKey = await h.fail('applyRemediation', { scanId, planId: preview.planId, confirmation: 'delete 2 files' });
      expect(noKey.message).toMatch(/passphrase/);
      expect((await h.fail('applyRemediation', { scanId, planId: preview.planId, confirmation: 'DELETE 2 FILES', archivePassphrase: 'short' })).reason).toBe('invalid-input');
      for (const path of Object.values(files)) expect((await stat(path)).isFile()).toBe(true);

      // Applying: step and action events, then finished.
      const before = await readFile(files.orders, 'utf8');
      const started = await h.call('applyRemediation', { scanId, planId: preview.planId, confirmation: 'delete 2 files', archivePassphrase: 'correct horse battery' });
      expect(started.total).toBe(5);
      const done = await h.until(finished(scanId));
      expect(done.cancelled).toBe(false);
      expect(done.state.status).toBe('applied');
      expect(h.events.filter((e) => e.type === 'remediation-step').length).toBeGreaterThan(5);
      const actions = h.events.filter((e): e is Extract<RemediationEvent, { type: 'remediation-action' }> => e.type === 'remediation-action' && e.scanId === scanId);
      expect(actions.map((a) => [a.result.path, a.result.record.result])).toEqual(decisions.map((d) => [d.path, 'done']));

      // On disk: deleted files gone, the redacted CSV keeps its business columns, the kept invoice
      // untouched, the archived file gone from its folder and sealed in the app's archive.
      await expect(stat(files.notes)).rejects.toThrow();
      await expect(stat(files.old)).rejects.toThrow();
      await expect(stat(files.archive)).rejects.toThrow();
      const redacted = await readFile(files.orders, 'utf8');
      for (const c of customers.slice(0, 5)) for (const value of [c.email, c.phone, c.name]) expect(redacted).not.toContain(value);
      const skus = (text: string) => text.split('\n').slice(1, -1).map((line) => line.split(',').at(-2));
      expect(skus(redacted)).toEqual(skus(before));
      expect(await readFile(files.invoice, 'utf8')).toContain(customers[2]!.email);
      const archived = await listArchive(join(h.userData, 'retention-archive'));
      expect(archived).toHaveLength(1);
      expect(archived[0]).toMatchObject({ reason: 'legal-hold', until: '2027-06-30', locked: 'passphrase' });
    });

    it('saves a masked log the Attest screen can read, with no raw value and no real path', async () => {
      const logFile = join(h.userData, 'remediation-logs', `${scanId}.json`);
      const text = await readFile(logFile, 'utf8');
      const log = remediationLogSchema.parse(JSON.parse(text));
      expect(await readRemediationLog(h.userData, scanId)).toEqual(log);
      expect(await readRemediationLog(h.userData, '../settings')).toBeNull();
      expect(await readRemediationLog(h.userData, 'no-such-scan')).toBeNull();
      expect(log.actions.map((a) => [a.decision, a.result])).toEqual([
        ['delete', 'done'],
        ['delete', 'done'],
        ['redact', 'done'],
        ['keep', 'done'],
        ['archive', 'done'],
      ]);
      expect(log.actions[3]).toMatchObject({ keepReason: 'tax-retention', until: '2036-12-31' });
      for (const value of rawValues(customers)) expect(text).not.toContain(value);
      expect(text).not.toContain(h.root);
      expect(text).not.toContain('orders_march');
      // Owner-only.
      expect((await stat(logFile)).mode & 0o077).toBe(0);
    });

    it('records the checklist items the seller ticks, and unticks again', async () => {
      const state = await h.call('getRemediation', { scanId });
      const ids = state.log!.checklist.map((c) => c.id!);
      expect(ids).toEqual(expect.arrayContaining(['empty-trash', 'check-backups', 'disk-encryption']));
      let log = await h.call('confirmRemediationChecklist', { scanId, confirmed: ['empty-trash', 'check-backups'] });
      expect(log.checklist.filter((c) => c.confirmed).map((c) => c.id)).toEqual(['empty-trash', 'check-backups']);
      log = await h.call('confirmRemediationChecklist', { scanId, confirmed: ['empty-trash'] });
      expect(log.checklist.filter((c) => c.confirmed).map((c) => c.id)).toEqual(['empty-trash']);
      expect((await readRemediationLog(h.userData, scanId))!.checklist).toEqual(log.checklist);
    });

    it('verifies by rescanning: remediated, kept with its reason, nothing remaining', async () => {
      const state = await h.call('verifyRemediation', { scanId });
      expect(state.status).toBe('verified');
      expect(state.verification).toMatchObject({ remediated: 4, clean: true, remaining: [] });
      expect(state.verification!.kept).toEqual([expect.objectContaining({ path: files.invoice, reason: 'tax-retention', until: '2036-12-31' })]);
      // Only what changed was read again: the plan's files still there (redacted CSV, kept invoice).
      expect(state.verification!.filesRead).toBeLessThanOrEqual(2);
      const saved = (await readRemediationLog(h.userData, scanId))!;
      expect(saved.verification).toMatchObject({ remaining: [] });
      expect(h.events.some((e) => e.type === 'remediation-verify-progress')).toBe(true);
      // No raw value crossed as an event either (the plan's real paths do, for the screen).
      const text = JSON.stringify(h.events.filter((e) => e.type.startsWith('remediation-')));
      for (const value of [...customers.flatMap((c) => [c.email, c.phone, c.street])]) expect(text).not.toContain(value);
    });
  });

  it('refuses a file changed since the scan and leaves it intact; unplanned files remain, explained', async () => {
    const h = await harness(dir, 'changed');
    const changed = join(h.root, 'orders.csv');
    const untouched = join(h.root, 'more-orders.csv');
    await writeFile(changed, ordersCsv(customers.slice(0, 3)));
    await writeFile(untouched, ordersCsv(customers.slice(3, 5)));
    const scanId = await h.scan();
    const edited = ordersCsv(customers.slice(0, 4));
    await writeFile(changed, edited);

    const preview = await h.call('previewRemediation', { scanId, decisions: [{ path: changed, decision: 'delete' }] });
    expect(preview.items[0]).toMatchObject({ ok: false, reasonCode: 'changed-since-scan' });
    expect(preview.refused).toBe(1);
    await h.call('applyRemediation', { scanId, planId: preview.planId });
    const done = await h.until(finished(scanId));
    expect(done.state.results[0]!.record).toMatchObject({ result: 'refused', reasonCode: 'changed-since-scan' });
    expect(await readFile(changed, 'utf8')).toBe(edited);

    const state = await h.call('verifyRemediation', { scanId });
    expect(state.verification!.clean).toBe(false);
    const remaining = state.verification!.remaining;
    expect(remaining.map((r) => r.path).sort()).toEqual([untouched, changed].sort());
    expect(remaining.find((r) => r.path === untouched)!.explanation).toMatch(/No decision was taken/);
    expect(remaining.find((r) => r.path === changed)!.explanation).toMatch(/changed-since-scan/);
  });

  it('stops after the file in progress when cancelled: the rest are skipped and intact', async () => {
    const h = await harness(dir, 'cancel');
    const paths: string[] = [];
    for (let i = 0; i < 40; i++) {
      const path = join(h.root, `export-${String(i).padStart(2, '0')}.csv`);
      await writeFile(path, ordersCsv(customers.slice(0, 4), i * 10));
      paths.push(path);
    }
    const scanId = await h.scan();
    const preview = await h.call('previewRemediation', { scanId, decisions: paths.map((path) => ({ path, decision: 'delete' })) });
    expect(preview.confirmationPhrase).toBe('DELETE 40 FILES');
    await h.call('applyRemediation', { scanId, planId: preview.planId, confirmation: 'DELETE 40 FILES' });
    await h.call('cancelRemediation', { scanId });
    const done = await h.until(finished(scanId));
    expect(done.cancelled).toBe(true);
    const results = done.state.results;
    expect(results).toHaveLength(40);
    const skipped = results.filter((r) => r.record.result === 'skipped');
    expect(skipped.length).toBeGreaterThan(0);
    for (const r of results) {
      const exists = await stat(r.path).then(() => true, () => false);
      expect(exists, r.path).toBe(r.record.result !== 'done');
      if (r.record.result === 'skipped') expect(r.record.reasonCode).toBe('cancelled');
    }

    // A second round for what was skipped: appended to the same log, then verified clean.
    const again = await h.call('previewRemediation', { scanId, decisions: skipped.map((r) => ({ path: r.path, decision: 'delete' as const })) });
    await h.call('applyRemediation', { scanId, planId: again.planId, ...(again.confirmationPhrase ? { confirmation: again.confirmationPhrase } : {}) });
    const second = await h.until((e): e is Extract<RemediationEvent, { type: 'remediation-finished' }> => finished(scanId)(e) && e.state.results.length === 40 + skipped.length);
    expect(second.cancelled).toBe(false);
    expect((await readdir(h.root)).filter((n) => n.endsWith('.csv'))).toEqual([]);
    const state = await h.call('verifyRemediation', { scanId });
    expect(state.verification).toMatchObject({ clean: true, remediated: 40 });
    expect((await readRemediationLog(h.userData, scanId))!.actions).toHaveLength(40 + skipped.length);
  });

  it("archives with the app's own key when the system protects it, and never stores that key in the clear", async () => {
    // Stands in for Electron's safeStorage (the operating system's secret store), which needs Electron.
    const protectedStore: SafeStorageLike = {
      isEncryptionAvailable: () => true,
      encryptString: (text) => Buffer.from(`sealed:${Buffer.from(text).toString('hex')}`),
      decryptString: (data) => Buffer.from(data.toString().replace(/^sealed:/, ''), 'hex').toString(),
    };
    const userData = join(dir, 'app-key', 'user-data');
    const provider = safeStorageArchiveKey(protectedStore, userData)!;
    const h = await harness(dir, 'app-key', provider);
    const kept = join(h.root, 'invoices-2025.csv');
    await writeFile(kept, ordersCsv(customers.slice(0, 2)));
    const scanId = await h.scan();
    expect((await h.call('listRemediationFiles', { scanId })).archiveKey).toBe('app-key');
    const preview = await h.call('previewRemediation', { scanId, decisions: [{ path: kept, decision: 'archive', reason: 'tax-retention', until: '2035-01-31' }] });
    await h.call('applyRemediation', { scanId, planId: preview.planId });
    const done = await h.until(finished(scanId));
    expect(done.state.results[0]!.record).toMatchObject({ result: 'done', decision: 'archive' });
    const entries = await listArchive(join(userData, 'retention-archive'));
    expect(entries).toMatchObject([{ locked: 'key', reason: 'tax-retention', until: '2035-01-31' }]);
    const keyFile = await readFile(join(userData, 'retention-archive.key'), 'utf8');
    const key = await provider.key();
    expect(key).toHaveLength(32);
    expect(keyFile).not.toContain(key.toString('base64'));
    // The same key next time, from the stored form.
    expect(await safeStorageArchiveKey(protectedStore, userData)!.key()).toEqual(key);
    // No secret store, or Linux's hard-coded fallback: no app key, the seller types a passphrase.
    expect(safeStorageArchiveKey({ ...protectedStore, isEncryptionAvailable: () => false }, userData)).toBeUndefined();
    expect(safeStorageArchiveKey({ ...protectedStore, getSelectedStorageBackend: () => 'basic_text' }, userData)).toBeUndefined();
  });
});

