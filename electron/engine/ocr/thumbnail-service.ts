// The thumbnail asked for by the app: one worker thread for the one picture, closed afterwards
// (like the reveal toggle), so a huge or hostile image costs a worker, never the app.
import { lstat } from 'node:fs/promises';
import { WorkerPool, isFailure } from '../pool.js';
import type { ScanOptions } from '../scan-options.js';
import type { WorkerRequest } from '../scan-worker.js';
import { taskOptions, WORKER_LIMITS, workerScript } from '../task-options.js';
import type { FileResult } from '../../../shared/types.js';
import type { ThumbnailOutcome, ThumbnailRequest } from './thumbnail.js';

const THUMBNAIL_TIMEOUT_MS = 120_000;

export type ThumbnailOptions = Pick<ScanOptions, 'identity' | 'minConfidence' | 'phoneRegions' | 'limits' | 'ocrSettings'>;

/** `path` is a file on disk; entries inside archives have no preview. */
export async function makeThumbnail(path: string, request: ThumbnailRequest, options: ThumbnailOptions): Promise<ThumbnailOutcome> {
  if (path.includes('!')) return { ok: false, reason: 'unsupported', message: 'Pictures inside archives have no preview.' };
  const stat = await lstat(path).catch(() => undefined);
  if (!stat?.isFile()) return { ok: false, reason: 'not-found', message: 'The file could not be opened for a preview; it may have been moved or deleted.' };
  const pool = new WorkerPool<WorkerRequest, ThumbnailOutcome>({ size: 1, script: workerScript(), resourceLimits: WORKER_LIMITS });
  try {
    const task = { ...taskOptions({ ...options, ocr: true }), path, size: stat.size, mtimeMs: stat.mtimeMs };
    const answer = await pool.run({ kind: 'thumbnail', task, request }, THUMBNAIL_TIMEOUT_MS);
    if (isFailure(answer)) {
      return answer.failed === 'timeout'
        ? { ok: false, reason: 'too-large', message: 'Making a preview of this picture took too long.' }
        : { ok: false, reason: 'corrupt', message: 'A preview of this file could not be made.' };
    }
    return answer;
  } finally {
    await pool.close();
  }
}

/**
 * The page to show for a file of a scan: the first page with a located finding of a picture or a
 * scanned PDF page; undefined when the file has no picture finding (text files, text-layer PDFs).
 */
export function thumbnailPage(file: FileResult): number | undefined {
  if (file.risk === 'none' || file.path.includes('!')) return undefined;
  const located = file.evidence.find((e) => 'box' in e.where);
  if (located && 'box' in located.where) return located.where.page ?? 1;
  return file.format === 'image' ? 1 : undefined;
}
