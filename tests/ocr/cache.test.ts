// The OCR result cache: entries found again by content hash, isolated by everything else that
// decides a result, tolerant of damage, written only when given a folder.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OcrResultCache, resultCache } from '../../electron/engine/ocr/cache.js';
import { emptyIdentity, type FileResult } from '../../shared/types.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

const analyze = { identity: emptyIdentity(), minConfidence: 0.5, phoneRegions: ['GB'] };
const SHA = 'a'.repeat(64);

function result(): FileResult {
  return {
    path: '/photos/IMG_0001.png',
    size: 10,
    mtimeMs: 1,
    sha256: SHA,
    format: 'image',
    status: 'scanned',
    ocr: true,
    findings: { name: 1, email: 1, phone: 0, address: 0 },
    records: 1,
    risk: 'high',
    evidence: [{ category: 'email', masked: 'j•••@e•••.com', confidence: 0.9, where: { box: [10, 20, 200, 14] } }],
  };
}

async function files(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('OCR result cache', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir();
  });
  afterEach(async () => {
    await removeTempDir(dir);
  });

  it('gives back counts, risk and masked evidence with boxes, and nothing about the file itself', async () => {
    const cache = resultCache({ ocr: true, ocrSettings: { cacheDir: dir }, analyze }, 'image')!;
    await cache.put(SHA, result());
    const back = await cache.get(SHA);
    expect(back).toEqual({ format: 'image', ocr: true, findings: result().findings, records: 1, risk: 'high', evidence: result().evidence });
    const [entry] = await files(dir);
    const stored = await readFile(entry!, 'utf8');
    expect(stored).not.toContain('IMG_0001'); // no path
    expect(stored).not.toContain(SHA); // the key is derived, not the content hash itself
  });

  it('keeps results apart when the rules context differs (another seller identity, threshold)', async () => {
    await resultCache({ ocr: true, ocrSettings: { cacheDir: dir }, analyze }, 'image')!.put(SHA, result());
    const other = resultCache({ ocr: true, ocrSettings: { cacheDir: dir }, analyze: { ...analyze, minConfidence: 0.8 } }, 'image')!;
    expect(await other.get(SHA)).toBeUndefined();
    const otherLanguages = resultCache({ ocr: true, ocrSettings: { cacheDir: dir, languages: ['eng', 'deu'] }, analyze }, 'image')!;
    expect(await otherLanguages.get(SHA)).toBeUndefined();
  });

  it('treats a damaged or foreign entry as a miss', async () => {
    const cache = new OcrResultCache(dir, 'ctx');
    await cache.put(SHA, result());
    const [entry] = await files(dir);
    await writeFile(entry!, '{"v":1,"result":{"format":"image"');
    expect(await cache.get(SHA)).toBeUndefined();
    await writeFile(entry!, JSON.stringify({ v: 1, result: { ...result(), risk: 'extreme' } }));
    expect(await cache.get(SHA)).toBeUndefined();
  });

  it('exists only with a folder, with OCR on, for images and PDFs', () => {
    expect(resultCache({ ocr: true, analyze }, 'image')).toBeUndefined();
    expect(resultCache({ ocr: false, ocrSettings: { cacheDir: dir }, analyze }, 'image')).toBeUndefined();
    expect(resultCache({ ocr: true, ocrSettings: { cacheDir: dir }, analyze }, 'csv')).toBeUndefined();
    expect(resultCache({ ocr: true, ocrSettings: { cacheDir: dir }, analyze }, 'pdf')).toBeDefined();
  });

  it('never fails the scan when the folder cannot be written', async () => {
    const cache = new OcrResultCache(join(dir, 'file-not-folder'), 'ctx');
    await writeFile(join(dir, 'file-not-folder'), 'x');
    await expect(cache.put(SHA, result())).resolves.toBeUndefined();
    expect(await cache.get(SHA)).toBeUndefined();
  });
});
