// The retention archive and end-date reminders through the app's handlers, over real files: a real
// scan, a real plan that archives one file (passphrase) and keeps another with an end date, then
// list, unlock, extract into a folder (bytes equal to the original), destroy refused before the
// date and done after it, and reminders once a date has passed. Today is injected.
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RemediationEvent } from '../../shared/api-remediation.js';
import { createHandlers } from '../../electron/handlers/index.js';
import { archiveDir, createArchiveHandlers } from '../../electron/handlers/remediation-archive.js';
import { safeStorageArchiveKey, type SafeStorageLike } from '../../electron/handlers/remediation-archive-key.js';
import { REMINDERS_FILE } from '../../electron/handlers/remediation-reminders.js';
import { handlerHarness, type HandlerHarness } from '../fixtures/handler-harness.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';
import { customer, ordersCsv } from '../e2e/planted-folder.js';

const PASSPHRASE = 'correct horse battery';

interface Harness extends HandlerHarness {
  /** Today as the archive handlers see it. */
  today: { date: Date };
  apply(scanId: string, decisions: unknown[], extra?: Record<string, unknown>): Promise<void>;
}

async function harness(dir: string, name: string, archiveKey?: ReturnType<typeof safeStorageArchiveKey>): Promise<Harness> {
  const today = { date: new Date('2026-11-20T12:00:00Z') };
  const base = await handlerHarness(dir, name, {
    deps: archiveKey ? { archiveKey } : {},
    // The app's table, with the archive calls told what day it is.
    handlers: (deps) => ({ ...createHandlers(deps), ...createArchiveHandlers(deps, { now: () => today.date }) }),
  });
  const finishedCount = () => base.events.filter((e) => e.type === 'remediation-finished').length;
  return {
    ...base,
    today,
    apply: async (scanId, decisions, extra = {}) => {
      const preview = await base.call('previewRemediation', { scanId, decisions });
      expect(preview.refused).toBe(0);
      const already = finishedCount();
      await base.call('applyRemediation', { scanId, planId: preview.planId, ...(preview.confirmationPhrase ? { confirmation: preview.confirmationPhrase } : {}), ...extra });
      const done = await base.until((e): e is Extract<RemediationEvent, { type: 'remediation-finished' }> => e.type === 'remediation-finished' && finishedCount() > already);
      expect(done.state.results.every((r) => r.record.result === 'done')).toBe(true);
    },
  };
}

describe('the retention archive and reminders through the handlers', { timeout: 120_000 }, () => {
  let dir: string;
  const customers = Array.from({ length: 6 }, (_, i) => customer(i + 20));
  const rawValues = customers.flatMap((c) => [c.name, c.email, c.phone, c.street]);

  beforeAll(async () => {
    dir = await makeTempDir('cda-archive-handlers-');
  });
  afterAll(async () => {
    if (dir) await removeTempDir(dir);
  });

  describe('a file archived with a passphrase and one kept until a date', () => {
    let h: Harness;
    let scanId: string;
    let archived: string;
    let kept: string;
    let original: Buffer;
    let id: string;

    beforeAll(async () => {
      h = await harness(dir, 'passphrase');
      archived = join(h.root, `returns ${customers[0]!.name}.csv`);
      kept = join(h.root, 'invoice-2031.txt');
      await writeFile(archived, ordersCsv(customers.slice(0, 4), 500));
      await writeFile(kept, `Invoice 2031\nBill to: ${customers[4]!.name}\n${customers[4]!.street}, ${customers[4]!.city} ${customers[4]!.postcode}\n${customers[4]!.email}\nTotal 18.00\n`);
      original = await readFile(archived);
      scanId = await h.scan();
      await h.apply(
        scanId,
        [
          { path: archived, decision: 'archive', reason: 'legal-hold', until: '2027-06-30' },
          { path: kept, decision: 'keep', reason: 'tax-retention', until: '2027-01-31' },
        ],
        { archivePassphrase: PASSPHRASE },
      );
      await expect(stat(archived)).rejects.toThrow();
    });

    it('lists the archived file by masked name, reason and end date, without its real path or name', async () => {
      const listing = await h.call('listArchive', undefined);
      expect(listing.appKey).toBe(false);
      expect(listing.folder).toBe(archiveDir(h.userData));
      expect(listing.entries).toHaveLength(1);
      const entry = listing.entries[0]!;
      id = entry.id;
      expect(entry).toMatchObject({ reason: 'legal-hold', until: '2027-06-30', expired: false, locked: 'passphrase', size: original.length });
      expect(entry.maskedPath).toMatch(/\.csv$/);
      const text = JSON.stringify(listing.entries);
      expect(text).not.toContain(h.root);
      expect(text).not.toContain(customers[0]!.name.split(' ')[1]!);
      for (const value of rawValues) expect(text).not.toContain(value);
    });

    it('unlocks only with the right passphrase', async () => {
      expect(await h.call('unlockArchive', { passphrase: 'not the passphrase' })).toEqual({ opens: [] });
      expect(await h.call('unlockArchive', { passphrase: PASSPHRASE })).toEqual({ opens: [id] });
      // No passphrase and no app key: nothing to unlock with.
      expect((await h.fail('unlockArchive', {})).reason).toBe('invalid-input');
      expect((await h.fail('unlockArchive', { passphrase: 'short' })).reason).toBe('invalid-input');
    });

    it('extracts into an existing folder only, under the original name, byte for byte', async () => {
      const to = join(dir, 'passphrase', 'Opened again');
      expect((await h.fail('extractFromArchive', { id, to, passphrase: PASSPHRASE })).message).toMatch(/does not exist/);
      await mkdir(to);
      const aFile = join(to, 'note.txt');
      await writeFile(aFile, 'not a folder');
      expect((await h.fail('extractFromArchive', { id, to: aFile, passphrase: PASSPHRASE })).message).toMatch(/not a folder/);
      expect((await h.fail('extractFromArchive', { id, to: 'Opened again', passphrase: PASSPHRASE })).message).toMatch(/full path/);
      expect((await h.fail('extractFromArchive', { id, to })).message).toMatch(/passphrase/);
      // Never into the app's own folder, the archive included.
      expect((await h.fail('extractFromArchive', { id, to: archiveDir(h.userData), passphrase: PASSPHRASE })).message).toMatch(/belongs to the app/);
      expect((await h.fail('extractFromArchive', { id, to: h.userData, passphrase: PASSPHRASE })).message).toMatch(/belongs to the app/);
      expect((await h.fail('extractFromArchive', { id, to, passphrase: 'not the passphrase' })).reason).toBe('not-allowed');
      expect((await h.fail('extractFromArchive', { id: 'ffffffffffffffffffffffff', to, passphrase: PASSPHRASE })).reason).toBe('not-found');
      expect((await h.fail('extractFromArchive', { id: '../../etc', to, passphrase: PASSPHRASE })).reason).toBe('invalid-input');

      const result = await h.call('extractFromArchive', { id, to, passphrase: PASSPHRASE });
      expect(result.path).toBe(join(to, basename(archived)));
      expect((await readFile(result.path)).equals(original)).toBe(true);
      expect(result.maskedPath).not.toContain(customers[0]!.name);
      // Never over an existing file: a second copy gets a new name.
      const again = await h.call('extractFromArchive', { id, to, passphrase: PASSPHRASE });
      expect(again.path).not.toBe(result.path);
      expect((await readFile(again.path)).equals(original)).toBe(true);
      // The archive still holds it.
      expect((await h.call('listArchive', undefined)).entries).toHaveLength(1);
    });

    it('refuses to destroy before the end date or without the typed phrase, and destroys after it', async () => {
      const containers = async () => (await readdir(archiveDir(h.userData))).filter((n) => n.endsWith('.cdaarc'));
      expect(await containers()).toHaveLength(1);
      expect((await h.fail('destroyArchived', { ids: [id], confirmation: 'DESTROY 1 FILE' })).message).toMatch(/kept until 2027-06-30/);
      h.today.date = new Date('2027-06-30T23:00:00Z'); // the end date itself still counts as kept
      expect((await h.fail('destroyArchived', { ids: [id], confirmation: 'DESTROY 1 FILE' })).reason).toBe('not-allowed');
      expect(await containers()).toHaveLength(1);

      h.today.date = new Date('2027-07-01T09:00:00Z');
      expect((await h.call('listArchive', undefined)).entries[0]!.expired).toBe(true);
      expect((await h.fail('destroyArchived', { ids: [id], confirmation: 'destroy' })).message).toContain('DESTROY 1 FILE');
      expect((await h.fail('destroyArchived', { ids: ['ffffffffffffffffffffffff'], confirmation: 'DESTROY 1 FILE' })).reason).toBe('not-found');
      expect(await containers()).toHaveLength(1);
      const destroyed = await h.call('destroyArchived', { ids: [id], confirmation: 'destroy 1 file' });
      expect(destroyed.results).toEqual([{ id, ok: true, method: expect.stringContaining('unlink') }]);
      expect(await containers()).toEqual([]);
      expect((await h.call('listArchive', undefined)).entries).toEqual([]);
    });
  });

  describe('reminders', () => {
    let h: Harness;
    let kept: string;
    let keptSha: string;
    let archivedId: string;

    beforeAll(async () => {
      h = await harness(dir, 'reminders');
      kept = join(h.root, 'invoice-77.txt');
      const archived = join(h.root, 'orders-2024.csv');
      await writeFile(kept, `Invoice 77\nBill to: ${customers[5]!.name}\n${customers[5]!.email}\n${customers[5]!.phone}\n`);
      await writeFile(archived, ordersCsv(customers.slice(1, 3), 900));
      const scanId = await h.scan();
      await h.apply(
        scanId,
        [
          { path: kept, decision: 'keep', reason: 'tax-retention', until: '2027-01-31' },
          { path: archived, decision: 'archive', reason: 'tax-retention', until: '2027-06-30' },
        ],
        { archivePassphrase: PASSPHRASE },
      );
      keptSha = (await h.call('getRemediation', { scanId })).log!.actions[0]!.sha256;
      archivedId = (await h.call('listArchive', undefined)).entries[0]!.id;
    });

    it('lists nothing before the end dates, then the kept file, then the archived one too', async () => {
      h.today.date = new Date('2027-01-31T20:00:00Z');
      expect(await h.call('listReminders', undefined)).toEqual({ due: [] });
      h.today.date = new Date('2027-02-01T08:00:00Z');
      const due = (await h.call('listReminders', undefined)).due;
      expect(due).toEqual([{ kind: 'kept', ref: keptSha, maskedPath: expect.stringMatching(/\.txt$/), reason: 'tax-retention', until: '2027-01-31' }]);
      h.today.date = new Date('2027-07-01T08:00:00Z');
      expect((await h.call('listReminders', undefined)).due.map((r) => [r.kind, r.ref, r.until])).toEqual([
        ['kept', keptSha, '2027-01-31'],
        ['archived', archivedId, '2027-06-30'],
      ]);
      const text = JSON.stringify(await h.call('listReminders', undefined));
      expect(text).not.toContain(h.root);
      for (const value of rawValues) expect(text).not.toContain(value);
    });

    it('moves a reminder later on request, recording hashes and ids only', async () => {
      h.today.date = new Date('2027-07-01T08:00:00Z');
      expect((await h.fail('extendReminder', { kind: 'kept', ref: keptSha, until: '2027-06-01' })).message).toMatch(/after today/);
      expect((await h.fail('extendReminder', { kind: 'kept', ref: keptSha, until: '2027-07-01' })).reason).toBe('invalid-input');
      expect((await h.fail('extendReminder', { kind: 'kept', ref: 'a'.repeat(64), until: '2028-01-01' })).reason).toBe('not-found');
      expect((await h.fail('extendReminder', { kind: 'archived', ref: keptSha, until: '2028-01-01' })).reason).toBe('not-found');
      expect((await h.fail('extendReminder', { kind: 'kept', ref: '../settings', until: '2028-01-01' })).reason).toBe('invalid-input');

      const after = await h.call('extendReminder', { kind: 'kept', ref: keptSha, until: '2028-01-31' });
      expect(after.due.map((r) => r.kind)).toEqual(['archived']);
      await h.call('extendReminder', { kind: 'archived', ref: archivedId, until: '2027-12-31' });
      expect(await h.call('listReminders', undefined)).toEqual({ due: [] });
      // The archive's legal end date stays as sealed; only the reminder moved.
      const entry = (await h.call('listArchive', undefined)).entries[0]!;
      expect(entry).toMatchObject({ until: '2027-06-30', expired: true, remindOn: '2027-12-31' });
      h.today.date = new Date('2028-02-01T08:00:00Z');
      expect((await h.call('listReminders', undefined)).due.map((r) => [r.kind, r.until])).toEqual([
        ['kept', '2028-01-31'],
        ['archived', '2027-12-31'],
      ]);
      const stored = await readFile(join(h.userData, REMINDERS_FILE), 'utf8');
      expect(JSON.parse(stored)).toEqual({ schema: 'cda.reminders/1', later: { [keptSha]: '2028-01-31', [archivedId]: '2027-12-31' } });
    });

    it('drops a kept file once a later session deletes it, and ignores a damaged log', async () => {
      await writeFile(join(h.userData, 'remediation-logs', 'damaged.json'), '{ not json');
      const scanId = await h.scan();
      await h.apply(scanId, [{ path: kept, decision: 'delete' }]);
      h.today.date = new Date('2028-02-01T08:00:00Z');
      expect((await h.call('listReminders', undefined)).due.map((r) => r.kind)).toEqual(['archived']);
    });
  });

  it("opens files locked with the app's own key without a passphrase", async () => {
    // Stands in for Electron's safeStorage (the operating system's secret store), which needs Electron.
    const store: SafeStorageLike = {
      isEncryptionAvailable: () => true,
      encryptString: (text) => Buffer.from(`sealed:${Buffer.from(text).toString('hex')}`),
      decryptString: (data) => Buffer.from(data.toString().replace(/^sealed:/, ''), 'hex').toString(),
    };
    const h = await harness(dir, 'app-key', safeStorageArchiveKey(store, join(dir, 'app-key', 'user-data')));
    const file = join(h.root, 'ledger-2025.csv');
    await writeFile(file, ordersCsv(customers.slice(2, 5), 1200));
    const copy = join(dir, 'app-key', 'ledger-copy.csv');
    await copyFile(file, copy);
    const scanId = await h.scan();
    await h.apply(scanId, [{ path: file, decision: 'archive', reason: 'tax-retention', until: '2032-12-31' }]);

    const listing = await h.call('listArchive', undefined);
    expect(listing.appKey).toBe(true);
    expect(listing.entries).toMatchObject([{ locked: 'key', until: '2032-12-31', expired: false }]);
    const id = listing.entries[0]!.id;
    expect(await h.call('unlockArchive', {})).toEqual({ opens: [id] });
    // A passphrase does not open a file locked by the app's key.
    expect(await h.call('unlockArchive', { passphrase: PASSPHRASE })).toEqual({ opens: [] });
    const to = join(dir, 'app-key', 'out');
    await mkdir(to);
    const result = await h.call('extractFromArchive', { id, to });
    expect((await readFile(result.path)).equals(await readFile(copy))).toBe(true);

    // Another installation (no app key) cannot open it, and says so.
    const other = { ...createArchiveHandlers({ userDataDir: h.userData }) };
    await expect(other.extractFromArchive({ id, to })).rejects.toThrow(/another computer or installation/);
  });
});
