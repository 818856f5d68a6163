// The index file on disk: what one entry holds, writing it sealed and reading it back. The entries
// are sealed by an HMAC under the installation's salt, so a file this installation did not write
// (torn, edited by hand, or altered to pass a file off as clean) is refused as a whole; a sealed
// file is then read without checking 100,000 entries one by one (1.6 s of a rescan). Anything
// unexpected means starting empty: the index only saves time, it is never needed to be right.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { FileResult } from '../../../shared/types.js';

export const INDEX_FILE = 'scan-index.json';
export const INDEX_FORMAT = 'cda.scan-index/2';

/** A file's masked result without what the entry keeps itself (path, size, time, hash). */
export type StoredResult = Omit<FileResult, 'path' | 'size' | 'mtimeMs' | 'sha256'>;

export interface IndexEntry {
  size: number;
  mtimeMs: number;
  ino: number;
  /** SHA-256 of the content, when it was read. */
  sha256?: string;
  result: StoredResult;
}

/** Entries grouped by scan root (both keyed by path HMAC), so a full scan of a root can drop files gone from it. */
export type RootEntries = Record<string, Record<string, IndexEntry>>;

export interface IndexFile {
  format: typeof INDEX_FORMAT;
  tool: string;
  rules: string;
  /** SHA-256 of the settings that change what is found (identity, regions, limits, OCR). */
  settings: string;
  roots: RootEntries;
}

/** What comes before the entries: checked on every load. */
const headerSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  tool: z.string(),
  rules: z.string(),
  settings: z.string(),
  seal: z.string().regex(/^[0-9a-f]{64}$/),
});

const ROOTS_KEY = ',"roots":';

function seal(salt: Buffer, entries: string): Buffer {
  return createHmac('sha256', salt).update('cda.scan-index entries\n').update(entries, 'utf8').digest();
}

/** The file's text: one JSON object whose `roots` are sealed as written. */
export function serializeIndexFile(file: IndexFile, salt: Buffer): string {
  const entries = JSON.stringify(file.roots);
  const header = JSON.stringify({ format: file.format, tool: file.tool, rules: file.rules, settings: file.settings, seal: seal(salt, entries).toString('hex') });
  return header.slice(0, -1) + ROOTS_KEY + entries + '}';
}

export type LoadOutcome = { kind: 'loaded'; file: IndexFile } | { kind: 'missing' } | { kind: 'corrupt' } | { kind: 'version'; tool: string; rules: string };

/** Reads the index; `isCurrent` says whether the tool and rules versions it was written by still hold. */
export async function loadIndexFile(dir: string, salt: Buffer, isCurrent: (tool: string, rules: string) => boolean): Promise<LoadOutcome> {
  let text: string;
  try {
    text = await readFile(join(dir, INDEX_FILE), 'utf8');
  } catch {
    return { kind: 'missing' };
  }
  try {
    // `,"roots":` cannot occur inside a JSON string (its quote would be escaped): the first one ends the header.
    const at = text.indexOf(ROOTS_KEY);
    if (at < 0 || !text.endsWith('}')) return { kind: 'corrupt' };
    const header = headerSchema.safeParse(JSON.parse(text.slice(0, at) + '}'));
    if (!header.success) return { kind: 'corrupt' };
    const { tool, rules, settings } = header.data;
    if (!isCurrent(tool, rules)) return { kind: 'version', tool, rules };
    const entries = text.slice(at + ROOTS_KEY.length, -1);
    const expected = Buffer.from(header.data.seal, 'hex');
    if (!timingSafeEqual(seal(salt, entries), expected)) return { kind: 'corrupt' };
    const roots: unknown = JSON.parse(entries);
    if (typeof roots !== 'object' || roots === null || Array.isArray(roots)) return { kind: 'corrupt' };
    return { kind: 'loaded', file: { format: INDEX_FORMAT, tool, rules, settings, roots: roots as RootEntries } };
  } catch {
    return { kind: 'corrupt' };
  }
}
