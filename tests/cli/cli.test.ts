import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { TOOL_VERSION } from '../../electron/engine/tool-info.js';
import { scanReportSchema } from '../../shared/scan-schema.js';
import { runCli } from '../fixtures/run-cli.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

describe('cda command line', () => {
  let clean: string;
  let dirty: string;
  beforeAll(async () => {
    clean = await makeTempDir('cda-cli-clean-');
    dirty = await makeTempDir('cda-cli-dirty-');
    await writeFile(join(clean, 'inventory.csv'), 'sku,product,price,qty\nMUG-RED-01,Red mug,9.99,12\nTEE-BLK-M,Black tee M,14.50,40\n');
    await writeFile(join(clean, 'notes.txt'), 'Restock mugs in March.\nCall the printer about labels.\n');
    await writeFile(
      join(dirty, 'orders_export.csv'),
      'order-id,buyer-name,buyer-email,ship-address-1,ship-city,ship-postal-code\n' +
        '114-3941689-8772232,Margaret Ellison,m.ellison@example.org,14 Orchard Lane,Brighton,BN1 4GH\n',
    );
  });
  afterAll(async () => {
    await removeTempDir(clean);
    await removeTempDir(dirty);
  });

  it('prints help and its version, and keeps the version equal to package.json', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('cda scan <path>');
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).toMatch(new RegExp(`^${pkg.version.replace(/\./g, '\\.')} `));
    expect(TOOL_VERSION).toBe(pkg.version);
  });

  it('exits 2 on usage errors with a sentence, not a stack trace', async () => {
    for (const args of [['frobnicate'], ['scan'], ['scan', clean, '--jobs', 'many'], ['scan', clean, '--bogus']]) {
      const run = await runCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^cda: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('exits 0 on a clean folder', async () => {
    const run = await runCli(['scan', clean]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No customer data found.');
  });

  it('records absolute roots in the JSON even when given a relative path', async () => {
    const outDir = await makeTempDir('cda-cli-out-');
    try {
      const out = join(outDir, 'scan.json');
      const run = await runCli(['scan', basename(clean), '--json', out], { cwd: dirname(clean) });
      expect(run.code).toBe(0);
      const report = JSON.parse(await readFile(out, 'utf8')) as { roots: string[] };
      expect(report.roots).toEqual([clean]);
    } finally {
      await removeTempDir(outDir);
    }
  });

  it('exits 1 with a summary and cda.scan/1 JSON when customer data is found', async () => {
    const out = join(clean, '..', `${Date.now()}-scan.json`);
    const run = await runCli(['scan', dirty, '--json', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('orders_export.csv');
    expect(run.stdout).toMatch(/high/);
    const report = scanReportSchema.parse(JSON.parse(await readFile(out, 'utf8')));
    expect(report.summary.filesWithCustomerData).toBe(1);
    const file = report.files[0]!;
    expect(file.findings).toMatchObject({ name: 1, email: 1, address: 1 });
    expect(file.evidence.map((e) => e.masked)).toContain('m•••@e•••.org');
    const text = JSON.stringify(report) + run.stdout + run.stderr;
    for (const raw of ['Margaret', 'Ellison', 'm.ellison@example.org', 'Orchard']) expect(text).not.toContain(raw);
  });

  it('honours the seller identity of --config: their own details are not customer data', async () => {
    const dir = await makeTempDir('cda-cli-own-');
    await writeFile(join(dir, 'letterhead.txt'), 'Sunny Mugs Ltd\nsales@sunnymugs.example\nTel: +44 20 7946 0321\n');
    const config = join(dir, '..', `${Date.now()}-config.json`);
    await writeFile(config, JSON.stringify({ identity: { businessNames: ['Sunny Mugs Ltd'], emails: ['sales@sunnymugs.example'], phones: ['+44 20 7946 0321'] } }));
    const run = await runCli(['scan', dir, '--config', config]);
    expect(run.code).toBe(0);
    const bad = await runCli(['scan', dir, '--config', join(dir, 'missing.json')]);
    expect(bad.code).toBe(2);
    await removeTempDir(dir);
  });
});
