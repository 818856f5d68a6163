// The scan index over real scans of real files: an unchanged tree is not read again, a changed
// file is, a corrupt index is rebuilt, and the index file holds no raw value and no plain path.
import { readFile, stat, utimes, writeFile, open } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScanIndex } from '../../electron/engine/scan-index/scan-index.js';
import { INDEX_FILE } from '../../electron/engine/scan-index/index-file.js';
import { scan } from '../../electron/engine/scan.js';
import type { ScanReport } from '../../shared/types.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

const EMAIL = 'marguerite.okonkwo@fernleaf-mail.co.uk';
const PHONE = '+44 7700 900461';
const NAME = 'Marguerite Okonkwo';
const CUSTOMERS = `name,email,phone\n${NAME},${EMAIL},${PHONE}\nTobias Lindqvist,tobias.lindqvist@example.se,+46 70 123 45 67\n`;
const WHEN = 1_700_000_000;
const CLEAN = 'sku,colour,stock\nMUG-01,blue,12\nMUG-02,red,4\n';

describe('scan index', () => {
  let dir: string;
  let tree: string;
  let indexDir: string;

  beforeEach(async () => {
    dir = await makeTempDir('cda-index-');
    tree = join(dir, 'Orders of Marguerite');
    indexDir = join(dir, 'state', 'scan-index');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(tree, 'sub'), { recursive: true });
    await writeFile(join(tree, 'customers-okonkwo.csv'), CUSTOMERS);
    await writeFile(join(tree, 'stock.csv'), CLEAN);
    for (let i = 0; i < 20; i++) await writeFile(join(tree, 'sub', `note-${i}.txt`), `Packing note ${i}: fragile, keep upright.\n`);
    // Whole seconds, so a test can put a file's time back exactly.
    await utimes(join(tree, 'customers-okonkwo.csv'), WHEN, WHEN);
  });
  afterEach(async () => removeTempDir(dir));

  async function indexedScan(): Promise<{ report: ScanReport; index: ScanIndex }> {
    const index = await ScanIndex.open(indexDir);
    const report = await scan({ roots: [tree], jobs: 1, index });
    return { report, index };
  }

  const comparable = (report: ScanReport) => report.files.map(({ path, size, mtimeMs, sha256, status, risk, findings, records, evidence, format }) => ({ path, size, mtimeMs, sha256, status, risk, findings, records, evidence, format }));

  it('reuses every result of an unchanged tree without reading any file', async () => {
    const first = await indexedScan();
    expect(first.index.lastScan()).toMatchObject({ read: 22, reused: 0, saved: true, startedEmpty: 'missing' });
    expect(first.report.summary.filesWithCustomerData).toBe(1);

    // Blank the customer file in place, same size, same inode, same mtime: only a read would notice.
    const file = join(tree, 'customers-okonkwo.csv');
    const before = await stat(file);
    const handle = await open(file, 'r+');
    await handle.write(Buffer.alloc(before.size, 0x20), 0, before.size, 0);
    await handle.close();
    await utimes(file, WHEN, WHEN);
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
    expect((await stat(file)).ino).toBe(before.ino);

    const second = await indexedScan();
    expect(second.index.lastScan()).toMatchObject({ read: 0, reused: 22, saved: true });
    expect(second.index.lastScan().startedEmpty).toBeUndefined();
    // Still reported as holding customer data: proof its content was not read again.
    expect(comparable(second.report)).toEqual(comparable(first.report));
    expect(second.report.summary).toEqual(first.report.summary);
  });

  it('reads a changed file again and reuses the rest', async () => {
    await indexedScan();
    await writeFile(join(tree, 'stock.csv'), `name,email\n${NAME},${EMAIL}\n`);
    await writeFile(join(tree, 'new.csv'), CUSTOMERS);
    const { report, index } = await indexedScan();
    expect(index.lastScan()).toMatchObject({ read: 2, reused: 21 });
    expect(report.files.find((f) => f.path === join(tree, 'stock.csv'))?.risk).not.toBe('none');
    expect(report.summary.filesWithCustomerData).toBe(3);
  });

  it('rebuilds a corrupt index instead of failing', async () => {
    await indexedScan();
    const file = join(indexDir, INDEX_FILE);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(0, Math.floor(text.length / 2)));
    const rebuilt = await indexedScan();
    expect(rebuilt.index.lastScan()).toMatchObject({ read: 22, reused: 0, saved: true, startedEmpty: 'corrupt' });
    expect(rebuilt.report.summary.filesWithCustomerData).toBe(1);
    const again = await indexedScan();
    expect(again.index.lastScan()).toMatchObject({ read: 0, reused: 22 });
  });

  it('refuses an index edited to pass a file off as clean, and one whose salt was lost', async () => {
    await indexedScan();
    const file = join(indexDir, INDEX_FILE);
    const text = await readFile(file, 'utf8');
    // Valid JSON, right shape, one file's risk and counts rewritten: the seal no longer matches.
    const edited = text.replace('"risk":"high"', '"risk":"none"').replace(/"findings":\{"name":1,"email":2,"phone":2,"address":0\}/, '"findings":{"name":0,"email":0,"phone":0,"address":0}');
    expect(edited).not.toBe(text);
    await writeFile(file, edited);
    const refused = await indexedScan();
    expect(refused.index.lastScan()).toMatchObject({ read: 22, reused: 0, startedEmpty: 'corrupt' });
    expect(refused.report.summary.filesWithCustomerData).toBe(1);

    const { rm } = await import('node:fs/promises');
    await rm(join(indexDir, 'path-salt'));
    const saltless = await indexedScan();
    expect(saltless.index.lastScan()).toMatchObject({ read: 22, reused: 0, startedEmpty: 'corrupt' });
    expect((await indexedScan()).index.lastScan()).toMatchObject({ read: 0, reused: 22 });
  });

  it('starts empty under another rules version or other scan settings', async () => {
    await indexedScan();
    const file = join(indexDir, INDEX_FILE);
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { rules: string };
    await writeFile(file, JSON.stringify({ ...parsed, rules: 'older-rules' }));
    expect((await indexedScan()).index.lastScan()).toMatchObject({ read: 22, startedEmpty: 'version' });

    const index = await ScanIndex.open(indexDir);
    await scan({ roots: [tree], jobs: 1, index, identity: { businessNames: ['Fernleaf Mugs'], emails: [], phones: [], addresses: [] } });
    expect(index.lastScan()).toMatchObject({ read: 22, reused: 0, startedEmpty: 'settings' });
  });

  it('drops files that are gone after a complete scan', async () => {
    await indexedScan();
    const { rm } = await import('node:fs/promises');
    await rm(join(tree, 'sub'), { recursive: true });
    const { index } = await indexedScan();
    expect(index.lastScan()).toMatchObject({ read: 0, reused: 2 });
    const stored = JSON.parse(await readFile(join(indexDir, INDEX_FILE), 'utf8')) as { roots: Record<string, Record<string, unknown>> };
    expect(Object.values(stored.roots).map((entries) => Object.keys(entries).length)).toEqual([2]);
  });

  it('holds no raw value and no plain path', async () => {
    await indexedScan();
    const text = await readFile(join(indexDir, INDEX_FILE), 'utf8');
    for (const raw of [EMAIL, PHONE, NAME, 'Okonkwo', 'okonkwo', 'tobias', 'Lindqvist', '7700 900461', 'fernleaf-mail']) expect(text).not.toContain(raw);
    for (const plain of [tree, dir, 'Orders of Marguerite', 'customers-okonkwo', 'stock.csv', 'note-1', 'sub/']) expect(text).not.toContain(plain);
    // The masked result is there.
    expect(text).toMatch(/m•••@f•••\.uk/);
    const salt = await readFile(join(indexDir, 'path-salt'), 'utf8');
    expect(salt.trim()).toMatch(/^[0-9a-f]{64}$/);
    expect((await stat(join(indexDir, INDEX_FILE))).mode & 0o077).toBe(0);
  });
});
