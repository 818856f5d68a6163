// `cda watch` as a user runs it: the built command in a child process, a customer CSV saved into
// the watched folder, one masked JSON line read back, then Ctrl-C and a clean exit 0.
// Needs `npm run build:node` first.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileWatchEventSchema } from '../../shared/api-watch.js';
import { CLI } from '../fixtures/run-cli.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

const CUSTOMERS = 'name,email,phone\nJane Whitfield,jane.whitfield@example.co.uk,+44 7700 900123\nTobias Lindqvist,tobias.lindqvist@example.se,+46 70 123 45 67\n';

describe('cda watch', () => {
  let dir: string;
  let child: ChildProcessWithoutNullStreams | undefined;

  beforeEach(async () => {
    dir = await makeTempDir('cda-watch-cli-');
  });
  afterEach(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await removeTempDir(dir);
  });

  function start(args: string[]) {
    const proc = spawn(process.execPath, [CLI, 'watch', ...args], { env: { ...process.env, FORCE_COLOR: '0', CDA_CONFIG_DIR: join(dir, 'config') } });
    child = proc;
    const out = { stdout: '', stderr: '' };
    proc.stdout.on('data', (d: Buffer) => (out.stdout += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (out.stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => proc.on('close', (code) => resolve(code)));
    return { proc, out, exited };
  }

  async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('prints one masked JSON line per event and stops cleanly on Ctrl-C', async () => {
    const watched = join(dir, 'Downloads');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(watched);
    const { proc, out, exited } = start([watched, '--json-lines']);
    await until(() => out.stderr.includes('press Ctrl-C'), 20_000, 'the watch to start');
    await writeFile(join(watched, 'order-export.csv'), CUSTOMERS);
    await until(() => out.stdout.includes('\n'), 15_000, 'an event line');
    const lines = out.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const event = fileWatchEventSchema.parse(JSON.parse(lines[0]!));
    expect(event).toMatchObject({ type: 'found', path: join(watched, 'order-export.csv'), risk: 'high', records: 2 });
    expect(event.maskedPath).toMatch(/o•••-e•••\.csv$/);
    for (const raw of ['Whitfield', 'whitfield', 'Lindqvist', '7700 900123', 'example.co.uk']) {
      expect(out.stdout).not.toContain(raw);
      expect(out.stderr).not.toContain(raw);
    }
    proc.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(out.stderr).toContain('stopped watching (1 file(s) checked, 1 with customer data)');
  }, 60_000);

  it('--mask-paths masks the path, word by word, where a file is named after a customer', async () => {
    const watched = join(dir, 'Jane Whitfield');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(watched);
    const { proc, out, exited } = start([watched, '--mask-paths']);
    await until(() => out.stderr.includes('press Ctrl-C'), 20_000, 'the watch to start');
    await writeFile(join(watched, 'Tobias Lindqvist invoice.csv'), CUSTOMERS);
    await until(() => out.stdout.includes('\n'), 15_000, 'an event line');
    expect(out.stdout).toMatch(/FOUND\s+\S*J••• W•••[\\/]T••• L••• i•••\.csv\s+\(high risk/);
    proc.kill('SIGINT');
    expect(await exited).toBe(0);
    for (const raw of ['Whitfield', 'Lindqvist', 'Tobias']) {
      expect(out.stdout).not.toContain(raw);
      expect(out.stderr).not.toContain(raw);
    }
  }, 60_000);

  it('prints a readable line without --json-lines and refuses a missing folder', async () => {
    const { proc, out, exited } = start([dir]);
    await until(() => out.stderr.includes('press Ctrl-C'), 20_000, 'the watch to start');
    await writeFile(join(dir, 'buyers.csv'), CUSTOMERS);
    await until(() => out.stdout.includes('\n'), 15_000, 'an event line');
    expect(out.stdout).toMatch(/FOUND\s+.*buyers\.csv\s+\(high risk · 2 names, 2 emails, 2 phones\)/);
    proc.kill('SIGINT');
    expect(await exited).toBe(0);

    const missing = start([join(dir, 'no-such-folder')]);
    expect(await missing.exited).toBe(2);
    expect(missing.out.stderr).toContain('is not a folder that can be watched');
  }, 60_000);
});
