// Results of files read by OCR, kept by content hash so that a second scan does not read the same
// image again. An entry holds what the scan report holds (counts, risk, masked evidence with its
// boxes) and never recognised text. Written only into a folder the caller names.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { CATEGORIES, RISKS, type Evidence, type FileFormat, type FileResult } from '../../../shared/types.js';
import type { AnalyzeOptions } from '../analyze/options.js';
import { TOOL } from '../tool-info.js';
import { OCR_PIPELINE_VERSION, type OcrSettings } from './settings.js';

export type CachedResult = Pick<FileResult, 'format' | 'ocr' | 'findings' | 'records' | 'risk' | 'evidence'>;

const ENTRY_VERSION = 1;

export class OcrResultCache {
  /**
   * `context` covers everything besides the bytes that decides a result: pipeline and rules
   * versions, languages, the seller's identity and thresholds (hashed, never stored).
   */
  constructor(
    private readonly dir: string,
    private readonly context: string,
  ) {}

  async get(sha256: string): Promise<CachedResult | undefined> {
    try {
      const entry: unknown = JSON.parse(await readFile(this.pathOf(sha256), 'utf8'));
      return valid(entry) ? entry.result : undefined;
    } catch {
      return undefined; // missing, unreadable or damaged: read the file again
    }
  }

  /** Best effort: a cache that cannot be written never fails the scan. */
  async put(sha256: string, result: FileResult): Promise<void> {
    const path = this.pathOf(sha256);
    const cached: CachedResult = { format: result.format, ocr: result.ocr, findings: result.findings, records: result.records, risk: result.risk, evidence: result.evidence };
    const temp = `${path}.${process.pid}-${threadId}.tmp`;
    try {
      await mkdir(join(path, '..'), { recursive: true, mode: 0o700 });
      await writeFile(temp, JSON.stringify({ v: ENTRY_VERSION, result: cached }), { mode: 0o600 });
      // Rename is atomic: two scan threads writing the same entry leave one whole copy.
      await rename(temp, path);
    } catch {
      await unlink(temp).catch(() => undefined);
    }
  }

  private pathOf(sha256: string): string {
    const key = createHash('sha256').update(`${this.context}\0${sha256}`).digest('hex');
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}

/** Formats whose reading may involve OCR. */
const CACHED_FORMATS: ReadonlySet<FileFormat> = new Set<FileFormat>(['image', 'pdf']);

/** The cache for one file task, when the scan was given a cache folder and OCR is on. */
export function resultCache(task: { ocr: boolean; ocrSettings?: OcrSettings; analyze: AnalyzeOptions }, format: FileFormat): OcrResultCache | undefined {
  const dir = task.ocrSettings?.cacheDir;
  if (!dir || !task.ocr || !CACHED_FORMATS.has(format)) return undefined;
  const context = createHash('sha256')
    .update(JSON.stringify([OCR_PIPELINE_VERSION, TOOL.version, TOOL.rules, task.ocrSettings?.languages ?? ['eng'], task.analyze]))
    .digest('hex');
  return new OcrResultCache(dir, context);
}

function valid(entry: unknown): entry is { v: number; result: CachedResult } {
  if (typeof entry !== 'object' || entry === null) return false;
  const { v, result } = entry as { v?: unknown; result?: Partial<CachedResult> };
  if (v !== ENTRY_VERSION || typeof result !== 'object' || result === null) return false;
  return (
    typeof result.format === 'string' &&
    typeof result.ocr === 'boolean' &&
    typeof result.records === 'number' &&
    RISKS.includes(result.risk as (typeof RISKS)[number]) &&
    typeof result.findings === 'object' && result.findings !== null &&
    CATEGORIES.every((c) => typeof result.findings![c] === 'number') &&
    Array.isArray(result.evidence) &&
    result.evidence.every(isEvidence)
  );
}

function isEvidence(e: unknown): e is Evidence {
  if (typeof e !== 'object' || e === null) return false;
  const { category, masked, confidence, where } = e as Partial<Evidence>;
  return CATEGORIES.includes(category as Evidence['category']) && typeof masked === 'string' && typeof confidence === 'number' && typeof where === 'object' && where !== null;
}
