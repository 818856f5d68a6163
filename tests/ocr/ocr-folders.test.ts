// Where OCR keeps its cache (the user's config or app folder, never the working directory), and
// the progress counts of pictures to read. The CLI part runs the real `cda` (npm run build:node).
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ocrFolders } from '../../electron/engine/ocr/ocr-folders.js';
import { scan } from '../../electron/engine/scan.js';
import type { ScanProgress } from '../../shared/progress.js';
import { icon } from '../fixtures/image-corpus/transform.js';
import { runCli } from '../fixtures/run-cli.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('OCR folders', () => {
  let dir: string;
  let pictures: string;

  beforeAll(async () => {
    dir = await makeTempDir('cda-ocr-folders-');
    pictures = join(dir, 'Pictures');
    await mkdir(join(pictures, 'icons'), { recursive: true });
    for (const seed of [1, 2, 3]) await writeFile(join(pictures, 'icons', `icon-${seed}.png`), await icon(seed, 64));
    await writeFile(join(pictures, 'prices.csv'), 'sku,price\nMUG-1,12.50\n');
  });

  afterAll(async () => {
    if (dir) await removeTempDir(dir);
  });

  it('puts the cache in the given app folder, and uses packaged language data only where it exists', async () => {
    expect(ocrFolders('/home/u/.config/customer-data-auditor')).toEqual({ cacheDir: '/home/u/.config/customer-data-auditor/ocr-cache' });
    const resources = join(dir, 'resources');
    expect(ocrFolders('/x', resources).languageDir).toBeUndefined();
    await mkdir(join(resources, 'ocr-data', 'eng'), { recursive: true });
    await writeFile(join(resources, 'ocr-data', 'eng', 'eng.traineddata.gz'), '');
    expect(ocrFolders('/x', resources)).toEqual({ cacheDir: '/x/ocr-cache', languageDir: join(resources, 'ocr-data', 'eng') });
  });

  it('counts pictures to read and read in the progress, apart from other files', async () => {
    const seen: ScanProgress[] = [];
    await scan({ roots: [pictures], ocr: true, jobs: 1, onProgress: (p) => seen.push(p) });
    const last = seen.at(-1)!;
    expect([last.phase, last.filesFound, last.imagesFound, last.imagesDone]).toEqual(['finished', 4, 3, 3]);
    expect(seen.every((p) => p.imagesDone <= p.imagesFound)).toBe(true);
    const off: ScanProgress[] = [];
    await scan({ roots: [pictures], ocr: false, jobs: 1, onProgress: (p) => off.push(p) });
    expect([off.at(-1)!.imagesFound, off.at(-1)!.imagesDone]).toEqual([0, 0]);
  }, 60_000);

  it('cda scan caches OCR results in its config folder (CDA_CONFIG_DIR), never in the working directory', async () => {
    const work = join(dir, 'work');
    const config = join(dir, 'config');
    await mkdir(work);
    process.env.CDA_CONFIG_DIR = config;
    try {
      const run = await runCli(['scan', pictures, '--jobs', '1'], { cwd: work });
      expect(run.code).toBe(0);
    } finally {
      delete process.env.CDA_CONFIG_DIR;
    }
    expect(await filesUnder(work)).toEqual([]);
    const cached = await filesUnder(join(config, 'ocr-cache'));
    expect(cached.length).toBe(3);
    expect(cached.every((p) => p.endsWith('.json'))).toBe(true);
  }, 60_000);
});
