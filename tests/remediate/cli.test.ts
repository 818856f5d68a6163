// The remediation commands end to end through the real `cda` binary (npm run build:node first).
import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planSchema, remediationLogSchema } from '../../shared/remediation.js';
import { runCli } from '../fixtures/run-cli.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';
import { businessColumns, orderRows, toCsv } from './orders.js';
import { readDelimitedFile } from '../../electron/engine/remediate/csv-codec.js';

let dir: string;
let data: string;
const unreadable: string[] = [];

beforeEach(async () => {
  dir = await makeTempDir('cda-remediate-cli-');
  data = join(dir, 'data');
  await mkdir(data);
});
afterEach(async () => {
  await removeTempDir(dir, unreadable.splice(0));
});

async function scanData(): Promise<string> {
  const out = join(dir, 'scan.json');
  const run = await runCli(['scan', data, '--json', out, '--jobs', '1', '--no-ocr']);
  expect(run.code).toBe(1);
  return out;
}

describe('cda delete', () => {
  it('only prints without --yes, deletes with it, refuses folders and symlinks', async () => {
    const file = join(data, 'orders.csv');
    await writeFile(file, toCsv(orderRows()));
    const dry = await runCli(['delete', file]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Nothing was deleted');
    expect(existsSync(file)).toBe(true);

    const { symlink } = await import('node:fs/promises');
    await symlink(file, join(data, 'link.csv'));
    const run = await runCli(['delete', file, join(data, 'link.csv'), data, '--yes', '--log', join(dir, 'log.json')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/symlink/);
    expect(run.stdout).toMatch(/not-regular-file/);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(data)).toBe(true);
    const log = remediationLogSchema.parse(JSON.parse(await readFile(join(dir, 'log.json'), 'utf8')));
    expect(log.actions).toHaveLength(1);
    expect(log.actions[0]!.result).toBe('done');
  });

  it('exits 2 on a usage error', async () => {
    expect((await runCli(['delete'])).code).toBe(2);
    expect((await runCli(['delete', 'x', '--passes', '9'])).code).toBe(2);
    expect((await runCli(['remediate'])).code).toBe(2);
    expect((await runCli(['remediate', '--apply', join(dir, 'missing.json')])).code).toBe(2);
  });
});

describe('cda remediate', () => {
  it('--delete-all-high: dry run, then --yes with a log that cda attest accepts, and a clean rescan', async () => {
    await writeFile(join(data, 'a.csv'), toCsv(orderRows()));
    await writeFile(join(data, 'b.csv'), toCsv(orderRows(5)));
    await writeFile(join(data, 'prices.csv'), 'sku,price\nSKU-1,9.99\n');
    const scan = await scanData();
    const dry = await runCli(['remediate', '--from', scan, '--delete-all-high']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Total: 2 to delete');
    expect(await readdir(data)).toHaveLength(3);
    const log = join(dir, 'log.json');
    const run = await runCli(['remediate', '--from', scan, '--delete-all-high', '--yes', '--log', log, '--confirmed', 'empty-trash', '--jobs', '1']);
    expect(run.code).toBe(0);
    expect(await readdir(data)).toEqual(['prices.csv']);
    const parsed = remediationLogSchema.parse(JSON.parse(await readFile(log, 'utf8')));
    expect(parsed.verification!.remaining).toEqual([]);
    expect(parsed.checklist.find((c) => c.id === 'empty-trash')!.confirmed).toBe(true);
    const text = await readFile(log, 'utf8');
    expect(text).not.toContain(data);
    expect(text).not.toMatch(/Schneider|gmail\.com/);
    process.env.CDA_CONFIG_DIR = join(dir, 'config');
    try {
      const attest = await runCli(['attest', '--scan', scan, '--log', log, '--seller', 'Shop GmbH', '--attester', 'Anna Seller', '--out', join(dir, 'r.pdf')]);
      expect(attest.code).toBe(0);
      expect(attest.stdout).toContain('Clean');
    } finally {
      delete process.env.CDA_CONFIG_DIR;
    }
  });

  it('--plan writes an editable plan; --apply carries out redact, keep and archive; a file changed since the scan is refused with exit 1', async () => {
    const rows = orderRows(20);
    await writeFile(join(data, 'redact.csv'), toCsv(rows));
    await writeFile(join(data, 'keep.csv'), toCsv(orderRows(4)));
    await writeFile(join(data, 'archive.csv'), toCsv(orderRows(6)));
    await writeFile(join(data, 'changed.csv'), toCsv(orderRows(7)));
    const scan = await scanData();
    const planFile = join(dir, 'plan.json');
    const template = await runCli(['remediate', '--from', scan, '--plan', planFile]);
    expect(template.code).toBe(0);
    const plan = planSchema.parse(JSON.parse(await readFile(planFile, 'utf8')));
    expect(plan.items).toHaveLength(4);
    for (const item of plan.items) {
      if (item.path.endsWith('redact.csv')) item.decision = 'redact';
      if (item.path.endsWith('keep.csv')) Object.assign(item, { decision: 'keep', reason: 'legal-hold', note: 'dispute' });
      if (item.path.endsWith('archive.csv')) Object.assign(item, { decision: 'archive', reason: 'tax-retention', until: '2035-12-31' });
      if (item.path.endsWith('changed.csv')) item.decision = 'delete';
    }
    await writeFile(planFile, JSON.stringify(plan));
    await writeFile(join(data, 'changed.csv'), toCsv(orderRows(8)));
    await writeFile(join(dir, 'pass'), 'a long archive passphrase\n');
    const archiveDir = join(dir, 'archive');
    const log = join(dir, 'log.json');
    const run = await runCli(['remediate', '--apply', planFile, '--yes', '--log', log, '--archive-dir', archiveDir, '--passphrase-file', join(dir, 'pass'), '--jobs', '1']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('changed-since-scan');
    const parsed = remediationLogSchema.parse(JSON.parse(await readFile(log, 'utf8')));
    expect(parsed.actions.map((a) => `${a.decision}:${a.result}`).sort()).toEqual(['archive:done', 'delete:refused', 'keep:done', 'redact:done']);
    // Kept is explained, not remaining; the refused file remains with its reason.
    expect(parsed.verification!.remaining).toHaveLength(1);
    expect(parsed.verification!.remaining[0]!.explanation).toContain('changed-since-scan');
    expect(existsSync(join(data, 'archive.csv'))).toBe(false);
    expect(existsSync(join(data, 'changed.csv'))).toBe(true);
    const back = readDelimitedFile(await readFile(join(data, 'redact.csv')), 'csv')!.rows;
    expect(businessColumns(back)).toEqual(businessColumns(rows));

    const list = await runCli(['archive', 'list', '--dir', archiveDir, '--json']);
    const entries = JSON.parse(list.stdout) as Array<{ id: string; until: string }>;
    expect(entries).toHaveLength(1);
    expect(entries[0]!.until).toBe('2035-12-31');
    const out = join(dir, 'out');
    const extracted = await runCli(['archive', 'extract', entries[0]!.id, '--to', out, '--dir', archiveDir, '--passphrase-file', join(dir, 'pass')]);
    expect(extracted.code).toBe(0);
    expect(await readFile(join(out, 'archive.csv'), 'utf8')).toBe(toCsv(orderRows(6)));
    const early = await runCli(['archive', 'destroy', entries[0]!.id, '--dir', archiveDir, '--yes']);
    expect(early.code).toBe(1);
    const forced = await runCli(['archive', 'destroy', entries[0]!.id, '--dir', archiveDir, '--yes', '--force']);
    expect(forced.code).toBe(0);
    expect(await readdir(archiveDir)).toEqual([]);
  });
});

// Root may write anything: permissions are tested as the unprivileged 'nobody' user.
const asRoot = process.getuid?.() === 0;
it('a read-only file, a file in a read-only folder and a file in an unreadable folder are reported and left intact', async () => {
  const ro = join(data, 'ro');
  const roFolder = join(data, 'ro-folder');
  const locked = join(data, 'locked');
  const ok = join(data, 'ok');
  for (const d of [ro, roFolder, locked, ok]) await mkdir(d);
  for (const d of [ro, roFolder, locked, ok]) await writeFile(join(d, 'orders.csv'), toCsv(orderRows()));
  const scan = await scanData();
  const owner = asRoot ? { uid: 65534, gid: 65534 } : {};
  // The data belongs to the user who deletes; only the modes under test differ.
  if (asRoot) {
    const { chown } = await import('node:fs/promises');
    for (const p of [dir, data, ro, roFolder, locked, ok, ...[ro, roFolder, locked, ok].map((d) => join(d, 'orders.csv'))]) await chown(p, 65534, 65534);
  }
  await chmod(join(ro, 'orders.csv'), 0o444);
  await chmod(roFolder, 0o555);
  await chmod(locked, 0o000);
  unreadable.push(locked, roFolder);
  const log = join(dir, 'log.json');
  const run = await runCli(['remediate', '--from', scan, '--delete-all-high', '--yes', '--log', log, '--no-verify'], owner);
  expect(run.code).toBe(1);
  const parsed = remediationLogSchema.parse(JSON.parse(await readFile(log, 'utf8')));
  const byFolder = Object.fromEntries(parsed.actions.map((a) => [a.maskedPath.split('/').slice(-2, -1)[0]!, `${a.result}:${a.reasonCode ?? ''}`]));
  expect(byFolder).toEqual({ 'r•••': 'refused:read-only', 'r•••-f•••': 'refused:folder-not-writable', 'l•••': 'refused:permission-denied', 'o•••': 'done:' });
  await chmod(locked, 0o755);
  await chmod(roFolder, 0o755);
  expect(await readFile(join(ro, 'orders.csv'), 'utf8')).toBe(toCsv(orderRows()));
  expect(await readFile(join(roFolder, 'orders.csv'), 'utf8')).toBe(toCsv(orderRows()));
  expect(await readFile(join(locked, 'orders.csv'), 'utf8')).toBe(toCsv(orderRows()));
  expect(existsSync(join(ok, 'orders.csv'))).toBe(false);
});
