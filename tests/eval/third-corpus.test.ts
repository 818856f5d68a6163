// Checks the third corpus generator itself, not the engine's figures: the same seed gives the
// same bytes, the files written to disk are exactly the labelled ones, every file parses in its
// format, every customer value recorded for a file is really in it, files labelled clean hold no
// recorded customer value, and the phone numbers the generator writes are valid numbers.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../shared/types.js';
import { makeTempDir } from '../fixtures/temp-dir.js';
import { COUNTRIES } from '../fixtures/third-corpus/countries.js';
import { buildThirdCorpus, generateThirdCorpus, THIRD_FAMILIES, thirdSellerIdentity, type ThirdFile } from '../fixtures/third-corpus/index.js';
import { formatPhone, makePhone, PHONE_STYLES } from '../fixtures/third-corpus/phones.js';
import { seeded } from '../fixtures/third-corpus/rng.js';
import { decodeText } from '../fixtures/third-corpus/writers/delimited.js';
import { readWorkbookText } from '../fixtures/third-corpus/writers/workbook.js';

const SEED = 9101;

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const ext = (p: string) => (p.includes('.') ? p.slice(p.lastIndexOf('.') + 1).toLowerCase() : '');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function decodeWords(s: string): string {
  return s.replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_m, data: string) => Buffer.from(data, 'base64').toString('utf8'));
}

function unQuotedPrintable(s: string): string {
  const bin = s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bin, 'latin1').toString('utf8');
}

/** Decoded headers and leaf bodies of a MIME message; attachments are read in their own format. */
function mimeText(raw: string): string {
  const cut = raw.indexOf('\r\n\r\n');
  const head = cut < 0 ? raw : raw.slice(0, cut);
  const body = cut < 0 ? '' : raw.slice(cut + 4);
  const boundary = /boundary="([^"]+)"/i.exec(head)?.[1];
  const out = [decodeWords(head)];
  if (boundary) {
    for (const part of body.split(`--${boundary}`).slice(1)) if (!part.startsWith('--')) out.push(mimeText(part.replace(/^\r\n/, '')));
    return out.join('\n');
  }
  const enc = /Content-Transfer-Encoding: (\S+)/i.exec(head)?.[1]?.toLowerCase();
  const name = /filename="([^"]+)"/i.exec(head)?.[1];
  if (enc === 'base64') {
    const bytes = new Uint8Array(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
    out.push(name && ['xlsx', 'xls', 'ods'].includes(ext(name)) ? readWorkbookText(bytes) : decodeText(bytes));
  } else if (enc === 'quoted-printable') out.push(unQuotedPrintable(body));
  else out.push(body);
  return out.join('\n');
}

function docxText(bytes: Uint8Array): string {
  const parts = unzipSync(bytes);
  expect(strFromU8(parts['[Content_Types].xml']!)).toContain('wordprocessingml');
  const xml = Object.entries(parts)
    .filter(([n]) => /^word\/(document|header\d*)\.xml$/.test(n))
    .map(([, b]) => strFromU8(b))
    .join('\n');
  expect(xml).toContain('<w:body>');
  return xml.replace(/<\/w:p>/g, '\n').replace(/<w:br\/>/g, '\n').replace(/<\/w:tc>/g, '\t').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function delimiterOf(text: string): string {
  const head = text.split('\n').slice(0, 4).join('\n');
  return [';', '\t', ','].map((d) => [d, head.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
}

/** The readable text of a file, parsing it in its format (which throws if it is not well formed). */
async function readable(name: string, bytes: Uint8Array): Promise<string> {
  switch (ext(name)) {
    case 'csv':
    case 'tsv': {
      const text = decodeText(bytes);
      const rows = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
      expect(rows.length).toBeGreaterThan(0);
      return rows.map((r) => r.join('\t')).join('\n');
    }
    case 'xlsx':
    case 'xls':
    case 'ods':
      return readWorkbookText(bytes);
    case 'docx':
      return docxText(bytes);
    case 'zip': {
      const entries = unzipSync(bytes);
      expect(Object.keys(entries).length).toBeGreaterThan(0);
      const texts: string[] = [];
      for (const [n, b] of Object.entries(entries)) texts.push(await readable(n, b));
      return texts.join('\n');
    }
    case 'pdf': {
      const p = new PDFParse({ data: bytes.slice() });
      try {
        const t = await p.getText();
        expect(t.total).toBeGreaterThan(0);
        return t.text;
      } finally {
        await p.destroy();
      }
    }
    case 'eml': {
      const raw = decodeText(bytes);
      expect(raw).toMatch(/^From: /m);
      expect(raw).toMatch(/^Subject: /m);
      return mimeText(raw);
    }
    case 'json':
      JSON.parse(decodeText(bytes));
      return decodeText(bytes);
    default:
      return decodeText(bytes);
  }
}

async function listFiles(root: string, dir = root): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(root, p)));
    else out.push(relative(root, p).split(sep).join('/'));
  }
  return out;
}

describe('third corpus generator', () => {
  it('gives the same paths, bytes and labels for the same seed, and other files for another seed', async () => {
    const [a, b, c] = await Promise.all([buildThirdCorpus(SEED), buildThirdCorpus(SEED), buildThirdCorpus(SEED + 1)]);
    const shape = (fs: ThirdFile[]) => fs.map((f) => [f.path, sha(f.bytes), f.family, f.truth.categories.join(','), f.truth.values.join('|')]);
    expect(shape(a)).toEqual(shape(b));
    expect(new Set(a.map((f) => f.path)).size).toBe(a.length);
    const other = new Set(c.map((f) => sha(f.bytes)));
    expect(a.filter((f) => other.has(sha(f.bytes))).length).toBeLessThan(a.length / 5);
  });

  it('writes exactly the labelled files, byte for byte, and covers every family and category', async () => {
    const dir = await makeTempDir('cda-third-');
    try {
      const labels = await generateThirdCorpus(dir, { seed: SEED });
      const files = await buildThirdCorpus(SEED);
      expect((await listFiles(dir)).sort()).toEqual(labels.map((l) => l.path).sort());
      for (const f of files) expect(sha(await readFile(join(dir, ...f.path.split('/')))), f.path).toBe(sha(f.bytes));
      for (const l of labels) {
        expect(l.holdsCustomerData).toBe(l.categories.length > 0);
        expect(l.holdsCustomerData).toBe(l.plantedValues.length > 0);
      }
      expect(new Set(labels.map((l) => l.family))).toEqual(new Set(THIRD_FAMILIES.map((f) => f.name)));
      const pos = labels.filter((l) => l.holdsCustomerData).length;
      expect(labels.length).toBeGreaterThanOrEqual(150);
      expect(pos / labels.length).toBeGreaterThan(0.35);
      expect(pos / labels.length).toBeLessThan(0.65);
      for (const c of CATEGORIES) expect(labels.filter((l) => l.categories.includes(c)).length, c).toBeGreaterThan(10);
      const exts = new Set(labels.map((l) => ext(l.path)));
      for (const e of ['csv', 'txt', 'tsv', 'xlsx', 'xls', 'ods', 'pdf', 'docx', 'eml', 'json', 'zip', 'vcf', 'md', 'log', 'xml', 'html']) expect(exts, e).toContain(e);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([9101, 9102, 9103])('seed %i: every file parses; recorded values are in their file; clean files and file names hold none', async (seed) => {
    const files = await buildThirdCorpus(seed);
    const identity = thirdSellerIdentity(seed);
    const wholes = new Set(files.flatMap((f) => f.truth.wholeValues));
    for (const f of files) {
      let text: string;
      try {
        text = squash(await readable(f.path, f.bytes));
      } catch (e) {
        throw new Error(`${f.path} does not parse: ${String(e)}`);
      }
      for (const v of f.truth.values) expect(text.includes(squash(v)), `${f.path} (${f.family}) should hold a recorded value`).toBe(true);
      if (!f.truth.holds) for (const v of wholes) expect(text.includes(squash(v)), `${f.path} (${f.family}) is labelled clean`).toBe(false);
      for (const v of wholes) if (v.length > 5) expect(f.path.includes(v), `${f.path} names a customer value`).toBe(false);
    }
    // The seller's own details are business data: never recorded as a customer's.
    for (const v of [...identity.emails, ...identity.phones, ...identity.addresses, ...identity.businessNames]) expect(wholes.has(v)).toBe(false);
  }, 20_000);

  it('writes phone numbers that are valid in every style it uses', () => {
    const r = seeded(1).split('phones');
    for (const c of COUNTRIES) {
      for (let i = 0; i < 150; i++) {
        const p = makePhone(r, c, { mobile: true });
        for (const style of PHONE_STYLES) {
          const s = formatPhone(p, style);
          const parsed = parsePhoneNumberFromString(s, c as CountryCode);
          expect(parsed?.isValid(), `${c} ${style} mobile`).toBe(true);
        }
      }
    }
  });

  it('writes landline numbers of the towns customers live in that are valid', async () => {
    const files = await buildThirdCorpus(SEED);
    expect(files.length).toBeGreaterThan(0);
    const { CustomerPool } = await import('../fixtures/third-corpus/customers.js');
    const pool = new CustomerPool(seeded(SEED).split('customers'), 60);
    for (const c of COUNTRIES) {
      for (const cu of pool.take(seeded(2), 60, [c])) {
        for (const style of PHONE_STYLES) {
          const s = formatPhone(cu.phone, style);
          expect(parsePhoneNumberFromString(s, c as CountryCode)?.isValid(), `${c} ${style} ${cu.phone.mobile ? 'mobile' : 'landline'}`).toBe(true);
        }
      }
    }
  });
});
