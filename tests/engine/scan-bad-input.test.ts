// Bad input at the level of the whole scan: every case ends as a reported status for that file,
// never a crash, a hang or a silent 'clean'.
import { chmod, mkdir, open, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../electron/engine/content.js';
import { inspectFile } from '../../electron/engine/inspect-file.js';
import { scan } from '../../electron/engine/scan.js';
import { walk } from '../../electron/engine/walk.js';
import type { FileResult, ScanReport } from '../../shared/types.js';
import { emptyIdentity } from '../../shared/types.js';
import { runCli } from '../fixtures/run-cli.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

const CUSTOMERS = 'name,email,phone\nJane Whitfield,jane.whitfield@example.co.uk,+44 7700 900123\n';

describe('scan of a folder full of bad input', () => {
  let dir: string;
  let report: ScanReport;
  const byName = (name: string): FileResult | undefined => report.files.find((f) => f.path === join(dir, name));

  beforeAll(async () => {
    dir = await makeTempDir('cda-bad-');
    await writeFile(join(dir, 'empty.csv'), '');
    await writeFile(join(dir, 'empty.xlsx'), '');
    await writeFile(join(dir, 'binary.csv'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    await writeFile(join(dir, 'truncated.pdf'), '%PDF-1.7\n1 0 obj\n<< /Type /Catalog');
    await writeFile(join(dir, 'corrupt.xlsx'), Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 0x41)]));
    await writeFile(join(dir, 'order list 2024.csv'), CUSTOMERS);
    await writeFile(join(dir, 'line\nbreak.csv'), CUSTOMERS);
    await writeFile(join(dir, 'Клиенты 客户.csv'), CUSTOMERS);
    await mkdir(join(dir, 'loop'));
    await symlink(dir, join(dir, 'loop', 'back-to-top'));
    // A 1 GB sparse file: reported too large at once, never read.
    const sparse = await open(join(dir, 'huge.csv'), 'w');
    await sparse.truncate(1024 ** 3);
    await sparse.close();
    report = await scan({ roots: [dir], jobs: 2, ocr: false });
  });

  afterAll(async () => {
    await removeTempDir(dir);
  });

  it('gives every file a status, and a reason and message whenever it was not scanned', () => {
    expect(report.files.length).toBeGreaterThanOrEqual(10);
    for (const file of report.files) {
      if (file.status !== 'scanned') {
        expect(file.reason, file.path).toBeTruthy();
        expect(file.message, file.path).toMatch(/\w+ \w+/);
      }
    }
    expect(report.summary.filesSeen).toBe(report.files.length);
  });

  it('reports the unreadable files with their reasons', () => {
    expect(byName('huge.csv')).toMatchObject({ status: 'skipped', reason: 'too-large' });
    expect(byName('truncated.pdf')).toMatchObject({ reason: 'corrupt' });
    expect(byName('corrupt.xlsx')).toMatchObject({ reason: 'corrupt' });
    expect(byName('empty.xlsx')?.status).not.toBe('scanned');
    expect(byName('binary.csv')?.status).not.toBe('scanned');
    expect(byName('loop/back-to-top')).toMatchObject({ status: 'skipped', reason: 'symlink' });
  });

  it('reports an empty file as such instead of calling it clean', () => {
    expect(byName('empty.csv')).toMatchObject({ status: 'skipped', risk: 'none', size: 0 });
    expect(byName('empty.csv')?.message).toMatch(/0 bytes/);
  });

  it('finds customers in files whose names have spaces, newlines and non-Latin letters', () => {
    for (const name of ['order list 2024.csv', 'line\nbreak.csv', 'Клиенты 客户.csv']) {
      const file = byName(name);
      expect(file, name).toMatchObject({ status: 'scanned', risk: 'high', records: 1 });
      expect(file?.findings.email).toBe(1);
    }
  });

  it('reports a file deleted between the walk and the read as vanished', async () => {
    const sub = await makeTempDir('cda-vanish-');
    await writeFile(join(sub, 'gone.csv'), CUSTOMERS);
    const found = [];
    for await (const item of walk([sub], { excludes: [] })) found.push(item);
    await rm(join(sub, 'gone.csv'));
    const item = found[0]!;
    expect(item.kind).toBe('file');
    const results = await inspectFile({
      path: item.path,
      size: item.size,
      mtimeMs: item.mtimeMs,
      limits: DEFAULT_LIMITS,
      analyze: { identity: emptyIdentity(), minConfidence: 0.5, phoneRegions: ['GB'] },
      ocr: false,
    });
    expect(results).toEqual([expect.objectContaining({ status: 'error', reason: 'vanished' })]);
    await removeTempDir(sub);
  });
});

describe('a folder without read permission', () => {
  // Root reads every folder, so as root the scan runs as the unprivileged 'nobody' user.
  const asRoot = process.getuid?.() === 0;
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('cda-perm-');
    await chmod(dir, 0o755);
    await mkdir(join(dir, 'locked'));
    await writeFile(join(dir, 'locked', 'orders.csv'), CUSTOMERS);
    await writeFile(join(dir, 'open.csv'), CUSTOMERS);
    await chmod(join(dir, 'open.csv'), 0o644);
    await chmod(join(dir, 'locked'), 0o000);
  });
  afterAll(async () => {
    await removeTempDir(dir, [join(dir, 'locked')]);
  });

  it('is reported as permission-denied while the rest is still scanned', async () => {
    const out = join(dir, 'result.json');
    await writeFile(out, '');
    await chmod(out, 0o666);
    const run = await runCli(['scan', dir, '--json', out, '--exclude', 'result.json'], asRoot ? { uid: 65534, gid: 65534 } : {});
    expect(run.stderr).not.toMatch(/fatal/);
    expect(run.code).toBe(1);
    const result = JSON.parse(await readFile(out, 'utf8')) as ScanReport;
    expect(result.files.find((f) => f.path === join(dir, 'locked'))).toMatchObject({
      status: 'error',
      reason: 'permission-denied',
      format: 'folder',
    });
    expect(result.files.find((f) => f.path === join(dir, 'open.csv'))).toMatchObject({ status: 'scanned', risk: 'high' });
  });
});
