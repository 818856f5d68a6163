import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchive, safeEntryName } from '../../electron/engine/formats/archive.js';
import { readFile } from '../../electron/engine/formats/index.js';
import { checkZipLimits, listZip } from '../../electron/engine/formats/zip-guard.js';
import { DEFAULT_LIMITS } from '../../electron/engine/content.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';
import { context, detectedContext, roundTrip, workbookBytes, zipBytes } from './make-files.js';
import { patchCentralDirectory } from './zip-patch.js';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('cda-zip-');
});
afterAll(async () => {
  await removeTempDir(dir);
});

describe('archive reader', () => {
  it('returns the candidate files inside as entries, skipping folders and programs', async () => {
    const inner = zipBytes({ 'deep.csv': 'a,b\n1,2\n' });
    const xlsx = workbookBytes({ S: [['buyer-email'], ['a@example.com']] }, 'xlsx');
    const data = await roundTrip(
      dir,
      'backup 2024.zip',
      zipSync({
        'Orders/': {},
        'Orders/january.csv': new TextEncoder().encode('buyer-name\nJane Roe\n'),
        'Orders/Kunden Übersicht.xlsx': xlsx,
        'Заказы/клиенты.txt': new TextEncoder().encode('Иван Петров'),
        'setup.exe': new Uint8Array([0x4d, 0x5a, 0, 0]),
        'nested.zip': inner,
      }),
    );
    const outcome = await readFile(data, detectedContext('backup 2024.zip', data));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.content).toEqual([]);
    expect(outcome.entries?.map((e) => e.name).sort()).toEqual(['Orders/Kunden Übersicht.xlsx', 'Orders/january.csv', 'nested.zip', 'Заказы/клиенты.txt']);
    const csv = outcome.entries!.find((e) => e.name === 'Orders/january.csv')!;
    expect(Buffer.from(csv.data).toString()).toBe('buyer-name\nJane Roe\n');
    expect(csv.mtimeMs).toBeGreaterThan(0);
    expect(Buffer.from(outcome.entries!.find((e) => e.name.endsWith('.xlsx'))!.data).equals(Buffer.from(xlsx))).toBe(true);
  });

  it('makes inner names safe to show: no absolute paths, no "..", no control characters', () => {
    expect(safeEntryName('/etc/passwd')).toBe('etc/passwd');
    expect(safeEntryName('../../home/user/.ssh/id_rsa')).toBe('home/user/.ssh/id_rsa');
    expect(safeEntryName('C:\\Users\\me\\orders.csv')).toBe('Users/me/orders.csv');
    expect(safeEntryName('a/./b/../c.csv')).toBe('a/b/c.csv');
    expect(safeEntryName('line\nbreak.csv')).toBe('linebreak.csv');
    expect(safeEntryName('..')).toBe('unnamed');
    const data = zipBytes({ '../escape.csv': 'x', '/abs.csv': 'y' });
    const outcome = readArchive(data, context('a.zip', 'zip'));
    expect(outcome.ok && outcome.entries?.map((e) => e.name).sort()).toEqual(['abs.csv', 'escape.csv']);
  });

  it('notes encrypted entries, and reports an archive whose files are all encrypted', () => {
    const mixed = patchCentralDirectory(zipBytes({ 'open.csv': 'a\n', 'locked.csv': 'b\n' }), (e) => (e.name === 'locked.csv' ? { flags: e.flags | 1 } : undefined));
    const outcome = readArchive(mixed, context('mixed.zip', 'zip'));
    expect(outcome.ok && outcome.entries?.map((e) => e.name)).toEqual(['open.csv']);
    expect(outcome.ok && outcome.notes).toEqual([{ path: 'locked.csv', reason: 'encrypted', message: expect.any(String) }]);

    const locked = patchCentralDirectory(zipBytes({ 'a.csv': 'a\n', 'b.csv': 'b\n' }), (e) => ({ flags: e.flags | 1 }));
    expect(readArchive(locked, context('locked.zip', 'zip'))).toMatchObject({ ok: false, reason: 'encrypted' });
  });

  it('refuses an archive with more entries than the limit', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`f${i}.csv`] = 'a';
    expect(readArchive(zipBytes(files), context('many.zip', 'zip', { maxEntries: 20 }))).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('reads an archive with bytes before it (self-extracting) through its central directory', () => {
    const data = zipBytes({ 'a.csv': 'x,y\n' });
    const prefixed = new Uint8Array([...new Uint8Array(100).fill(0x20), ...data]);
    const outcome = readArchive(prefixed, context('sfx.zip', 'zip'));
    expect(outcome.ok && outcome.entries?.map((e) => Buffer.from(e.data).toString())).toEqual(['x,y\n']);
  });

  it('judges from the central directory alone', () => {
    const listing = listZip(zipBytes({ 'a.csv': 'x'.repeat(5000) }));
    expect(listing.entries[0]).toMatchObject({ name: 'a.csv', size: 5000, encrypted: false, isDirectory: false });
    expect(checkZipLimits(listing, DEFAULT_LIMITS, 200, 'archive')).toEqual({ ok: true });
  });
});
