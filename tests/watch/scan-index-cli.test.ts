// `cda scan --index` over the built command: the first run reads every file and keeps the index in
// the config folder; a rescan of the unchanged folder reads none and reports the same findings;
// without --index nothing is kept.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../fixtures/run-cli.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

const NAME = 'Marguerite Okonkwo';
const EMAIL = 'marguerite.okonkwo@fernleaf-mail.co.uk';

describe('cda scan --index', () => {
  let dir: string;
  let tree: string;
  let config: string;
  let savedEnv: string | undefined;

  beforeAll(async () => {
    dir = await makeTempDir('cda-index-cli-');
    tree = join(dir, 'Shop');
    config = join(dir, 'config');
    await mkdir(join(tree, 'notes'), { recursive: true });
    await writeFile(join(tree, 'buyers-okonkwo.csv'), `name,email,phone\n${NAME},${EMAIL},+44 7700 900461\n`);
    for (let i = 0; i < 11; i++) await writeFile(join(tree, 'notes', `note-${i}.txt`), `Packing note ${i}: keep upright.\n`);
    savedEnv = process.env.CDA_CONFIG_DIR;
    process.env.CDA_CONFIG_DIR = config; // the child inherits it: never the real config folder
  });
  afterAll(async () => {
    if (savedEnv === undefined) delete process.env.CDA_CONFIG_DIR;
    else process.env.CDA_CONFIG_DIR = savedEnv;
    await removeTempDir(dir);
  });

  const findings = async (file: string) => {
    const report = JSON.parse(await readFile(file, 'utf8')) as { files: Array<{ path: string; risk: string; records: number; sha256?: string }> };
    return report.files.map(({ path, risk, records, sha256 }) => ({ path, risk, records, sha256 })).sort((a, b) => (a.path < b.path ? -1 : 1));
  };

  it('keeps nothing without --index', async () => {
    const run = await runCli(['scan', tree, '--no-ocr', '--json', join(dir, 'plain.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('Scan index');
    await expect(stat(join(config, 'scan-index'))).rejects.toThrow();
  });

  it('reads every file once, then none of the unchanged folder', async () => {
    const first = await runCli(['scan', tree, '--no-ocr', '--index', '--json', join(dir, 'first.json')]);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('Scan index: 12 file(s) read, 0 unchanged file(s) reused.');
    const again = await runCli(['scan', tree, '--no-ocr', '--index', '--json', join(dir, 'again.json')]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Scan index: 0 file(s) read, 12 unchanged file(s) reused.');
    expect(await findings(join(dir, 'again.json'))).toEqual(await findings(join(dir, 'first.json')));
    expect(again.stdout).toContain('buyers-okonkwo.csv');

    const index = await readFile(join(config, 'scan-index', 'scan-index.json'), 'utf8');
    for (const text of [NAME, EMAIL, 'okonkwo', tree, 'note-1']) expect(index).not.toContain(text);
  }, 60_000);
});
