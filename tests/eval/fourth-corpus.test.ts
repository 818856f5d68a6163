// Checks the fourth corpus itself (not the engine): every file parses as its format, every
// positive label's planted values really are in the file, negatives plant nothing, paths are
// unique, and a seed always gives the same labels. Never prints a planted value.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { CorpusLabel } from '../fixtures/corpus/label.js';
import { generateFourthCorpus, fourthSellerIdentity } from '../fixtures/fourth-corpus/index.js';
import { decodeCp1252 } from '../fixtures/fourth-corpus/write.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

const SEED = 9201;
let dir: string;
let dir2: string;
let labels: CorpusLabel[];
let labels2: CorpusLabel[];

beforeAll(async () => {
  dir = await makeTempDir('cda-fourth-');
  dir2 = await makeTempDir('cda-fourth-');
  labels = await generateFourthCorpus(dir, { seed: SEED });
  labels2 = await generateFourthCorpus(dir2, { seed: SEED });
});

afterAll(async () => {
  await removeTempDir(dir);
  await removeTempDir(dir2);
});

const ext = (p: string) => p.slice(p.lastIndexOf('.') + 1).toLowerCase();
const isCp1252 = (l: CorpusLabel) => l.family.includes('windows-1252');

function xlsxText(buf: Buffer): string {
  const wb = XLSX.read(buf, { type: 'buffer' });
  const out: string[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name]!;
    for (const [addr, cell] of Object.entries(ws)) if (!addr.startsWith('!')) out.push(String((cell as XLSX.CellObject).v ?? ''));
  }
  return out.join('\n');
}

const unescapeXml = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The text a reader of the file would see, or null for PDFs (checked by their generator only). */
async function fileText(l: CorpusLabel): Promise<string | null> {
  const buf = await readFile(join(dir, ...l.path.split('/')));
  switch (ext(l.path)) {
    case 'pdf':
      expect(buf.subarray(0, 5).toString('latin1'), l.path).toBe('%PDF-');
      return null;
    case 'xlsx':
      return xlsxText(buf);
    case 'zip': {
      const entries = unzipSync(new Uint8Array(buf));
      expect(Object.keys(entries).length, l.path).toBeGreaterThan(0);
      return Object.values(entries).map((e) => strFromU8(e)).join('\n');
    }
    case 'docx': {
      const entries = unzipSync(new Uint8Array(buf));
      expect(entries['word/document.xml'], l.path).toBeDefined();
      return unescapeXml(strFromU8(entries['word/document.xml']!));
    }
    default: {
      if (isCp1252(l)) {
        expect(new TextDecoder('utf-8', { fatal: false }).decode(buf), `${l.path} is really windows-1252`).toContain('\ufffd');
        return decodeCp1252(buf);
      }
      const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
      if (ext(l.path) === 'json') JSON.parse(text);
      return text;
    }
  }
}

describe('fourth corpus', () => {
  it('has 60–80 files, roughly half with customer data, many families', () => {
    expect(labels.length).toBeGreaterThanOrEqual(60);
    expect(labels.length).toBeLessThanOrEqual(80);
    const pos = labels.filter((l) => l.holdsCustomerData).length;
    expect(pos / labels.length).toBeGreaterThan(0.4);
    expect(pos / labels.length).toBeLessThan(0.6);
    expect(new Set(labels.map((l) => l.family)).size).toBeGreaterThan(50);
  });

  it('paths are unique and relative', () => {
    expect(new Set(labels.map((l) => l.path)).size).toBe(labels.length);
    for (const l of labels) expect(l.path.startsWith('/') || l.path.includes('\\') || l.path.includes('..'), l.path).toBe(false);
  });

  it('negatives plant nothing; positives plant values and categories', () => {
    for (const l of labels) {
      if (l.holdsCustomerData) {
        expect(l.categories.length, l.path).toBeGreaterThan(0);
        expect(l.plantedValues.length, l.path).toBeGreaterThan(0);
      } else {
        expect(l.categories, l.path).toEqual([]);
        expect(l.plantedValues, l.path).toEqual([]);
      }
    }
  });

  it('every file parses as its format and every planted value is in the file', async () => {
    for (const l of labels) {
      const text = await fileText(l);
      if (text === null) continue;
      const absent = l.plantedValues.filter((v) => !text.includes(v));
      // Counts only: never print a planted value.
      expect(absent.length, `${l.path}: ${absent.length} planted value(s) not found`).toBe(0);
    }
  });

  it("the seller's own details are never planted as customer data", () => {
    const id = fourthSellerIdentity(SEED);
    const own = new Set([...id.businessNames, ...id.emails, ...id.phones, ...id.addresses]);
    for (const l of labels) for (const v of l.plantedValues) expect(own.has(v), l.path).toBe(false);
  });

  it('is deterministic for a seed', () => {
    expect(labels2).toEqual(labels);
  });

  it('a different seed gives a different corpus', async () => {
    const other = await makeTempDir('cda-fourth-');
    try {
      const l3 = await generateFourthCorpus(other, { seed: SEED + 1 });
      expect(l3.map((l) => l.plantedValues.join('|'))).not.toEqual(labels.map((l) => l.plantedValues.join('|')));
    } finally {
      await removeTempDir(other);
    }
  });
});
