// The index file on disk: what one entry holds, its runtime schema, and reading it back. Anything
// unexpected — another tool or rules version, other scan settings, a torn or edited file — means
// starting empty: the index only saves time, it is never needed to be right.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { fileResultSchema } from '../../../shared/scan-schema.js';
import type { FileResult } from '../../../shared/types.js';

export const INDEX_FILE = 'scan-index.json';
export const INDEX_FORMAT = 'cda.scan-index/1';

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

const storedResultSchema = fileResultSchema.omit({ path: true, size: true, mtimeMs: true, sha256: true });

const entrySchema = z.object({
  size: z.number().min(0),
  mtimeMs: z.number(),
  ino: z.number(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  result: storedResultSchema,
});

const keySchema = z.string().regex(/^[0-9a-f]{32}$/);

const indexFileSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  tool: z.string(),
  rules: z.string(),
  settings: z.string(),
  roots: z.record(keySchema, z.record(keySchema, entrySchema)),
});

export type LoadOutcome = { kind: 'loaded'; file: IndexFile } | { kind: 'missing' } | { kind: 'corrupt' };

export async function loadIndexFile(dir: string): Promise<LoadOutcome> {
  let text: string;
  try {
    text = await readFile(join(dir, INDEX_FILE), 'utf8');
  } catch {
    return { kind: 'missing' };
  }
  try {
    const parsed = indexFileSchema.safeParse(JSON.parse(text));
    // The schema's output is the stored shape; `format` is a fixed string the type narrows to.
    return parsed.success ? { kind: 'loaded', file: parsed.data as IndexFile } : { kind: 'corrupt' };
  } catch {
    return { kind: 'corrupt' };
  }
}
