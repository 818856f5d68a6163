// Checks the held-out corpus generator itself (not the engine's figures): the same seed gives the
// same bytes, every file parses in its format, and every planted value is really in its file while
// files labelled clean hold none and file names hold none.
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { CATEGORIES } from '../../shared/types.js';
import { buildHeldOutCorpus, heldOutSellerIdentity, HELD_OUT_FAMILIES, type HeldOutFile } from '../fixtures/held-out-corpus/index.js';

const SEED = 4242;

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const ext = (p: string) => (p.includes('.') ? p.slice(p.lastIndexOf('.') + 1).toLowerCase() : '');

function decodeText(b: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b).replace(/^\ufeff/, '');
  } catch {
    return Buffer.from(b).toString('latin1');
  }
}

function decodeWords(s: string): string {
  return s.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  );
}

/** The readable text of a MIME message: headers decoded, each leaf part decoded by its transfer encoding. */
function emlText(raw: string): string {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const body = rest.join('\r\n\r\n');
  const type = /Content-Type: ([^;\r\n]+)(?:;[^\r\n]*boundary="([^"]+)")?/i.exec(head);
  const out = [decodeWords(head)];
  if (type?.[2]) {
    for (const part of body.split(`--${type[2]}`).slice(1)) if (!part.startsWith('--')) out.push(emlText(part.replace(/^\r\n/, '')));
    return out.join('\n');
  }
  const enc = /Content-Transfer-Encoding: (\S+)/i.exec(head)?.[1]?.toLowerCase();
  let decoded: Buffer;
  if (enc === 'base64') decoded = Buffer.from(body.replace(/\s+/g, ''), 'base64');
  else if (enc === 'quoted-printable') decoded = Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
  else decoded = Buffer.from(body, 'utf8');
  out.push(decoded.toString('utf8'));
  return out.join('\n');
}

function delimiterOf(text: string): string {
  const head = text.split('\n').slice(0, 5).join('\n');
  return [';', '\t', ','].map((d) => [d, head.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
}

/** Parses the file in its format (throws if it does not) and returns its readable text. */
async function readable(f: HeldOutFile): Promise<string> {
  const e = ext(f.path);
  switch (e) {
    case 'csv':
    case 'tsv': {
      const text = decodeText(f.bytes);
      const rows = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: true }) as string[][];
      expect(rows.length).toBeGreaterThan(0);
      return rows.map((r) => r.join('\t')).join('\n');
    }
    case 'xlsx': {
      const wb = XLSX.read(f.bytes, { type: 'array' });
      expect(wb.SheetNames.length).toBeGreaterThan(0);
      return wb.SheetNames.map((n) => XLSX.utils.sheet_to_csv(wb.Sheets[n]!, { FS: '\t' })).join('\n');
    }
    case 'pdf': {
      const p = new PDFParse({ data: f.bytes.slice() });
      try {
        const t = await p.getText();
        expect(t.total).toBeGreaterThan(0);
        return t.text;
      } finally {
        await p.destroy();
      }
    }
    case 'docx': {
      const xml = strFromU8(unzipSync(f.bytes)['word/document.xml']!);
      expect(xml).toContain('<w:body>');
      return xml.replace(/<\/w:p>/g, '\n').replace(/<\/w:tc>/g, '\t').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    }
    case 'zip': {
      const entries = unzipSync(f.bytes);
      expect(Object.keys(entries).length).toBeGreaterThan(0);
      return Object.values(entries).map((b) => decodeText(b)).join('\n');
    }
    case 'eml': {
      const raw = decodeText(f.bytes);
      expect(raw).toMatch(/^From: /m);
      expect(raw).toMatch(/^Subject: /m);
      const text = emlText(raw);
      // Attachments (base64) are decoded above as leaf parts too.
      return text;
    }
    case 'json':
      return JSON.stringify(JSON.parse(decodeText(f.bytes)), null, 0).replace(/\\"/g, '"') + '\n' + decodeText(f.bytes);
    case 'jsonl':
      for (const line of decodeText(f.bytes).split('\n').filter(Boolean)) JSON.parse(line);
      return decodeText(f.bytes);
    default: {
      // Plain text families (.txt .md .log .vcf .yml .sql .ts .example): must be valid UTF-8 unless tab-separated exports.
      const text = decodeText(f.bytes);
      if (e === 'txt' && text.split('\n')[0]!.includes('\t')) parse(text, { delimiter: '\t', relax_column_count: true, quote: false });
      return text;
    }
  }
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('held-out corpus generator', () => {
  it('gives the same files, bytes and labels for the same seed, and different ones for another', async () => {
    const [a, b, c] = await Promise.all([buildHeldOutCorpus(SEED), buildHeldOutCorpus(SEED), buildHeldOutCorpus(SEED + 1)]);
    expect(a.map((f) => [f.path, sha(f.bytes), f.family, f.truth.categories])).toEqual(b.map((f) => [f.path, sha(f.bytes), f.family, f.truth.categories]));
    expect(new Set(a.map((f) => f.path)).size).toBe(a.length);
    const cHashes = new Set(c.map((f) => sha(f.bytes)));
    expect(a.filter((f) => cHashes.has(sha(f.bytes))).length).toBeLessThan(a.length / 4);
  });

  it('covers every family, both kinds, and a realistic spread of formats', async () => {
    const files = await buildHeldOutCorpus(SEED);
    expect(new Set(files.map((f) => f.family))).toEqual(new Set(HELD_OUT_FAMILIES.map((f) => f.name)));
    const pos = files.filter((f) => f.truth.categories.length > 0);
    expect(pos.length).toBeGreaterThan(40);
    expect(files.length - pos.length).toBeGreaterThan(25);
    const exts = new Set(files.map((f) => ext(f.path)));
    for (const e of ['csv', 'tsv', 'txt', 'xlsx', 'pdf', 'docx', 'eml', 'json', 'jsonl', 'md', 'vcf', 'zip', 'log']) expect(exts, e).toContain(e);
    for (const c of CATEGORIES) expect(pos.filter((f) => f.truth.categories.includes(c)).length, c).toBeGreaterThan(5);
  });

  it('every file parses, every planted value is in it, clean files and file names hold none', async () => {
    const files = await buildHeldOutCorpus(SEED);
    const identity = heldOutSellerIdentity(SEED);
    const allPlanted = new Set(files.flatMap((f) => f.truth.values));
    const plantedEmails = [...allPlanted].filter((v) => /^[^@\s]+@[^@\s]+$/.test(v));
    for (const f of files) {
      const text = squash(await readable(f).catch((e: unknown) => {
        throw new Error(`${f.path} does not parse: ${String(e)}`);
      }));
      for (const v of f.truth.values) expect(text.includes(squash(v)) || text.includes(squash(v.replace(/^'/, ''))), `${f.path} should hold a planted ${f.family} value`).toBe(true);
      if (f.truth.categories.length === 0) {
        expect(f.truth.values).toEqual([]);
        for (const e of plantedEmails) expect(text.includes(e), `${f.path} is labelled clean`).toBe(false);
      }
      for (const v of allPlanted) if (v.length > 5) expect(f.path.includes(v), `${f.path} names a customer value`).toBe(false);
    }
    // The seller's own details are business data and are never planted as customer data.
    for (const v of [...identity.emails, ...identity.phones, ...identity.addresses, ...identity.businessNames]) expect(allPlanted.has(v)).toBe(false);
  }, 60_000);
});
