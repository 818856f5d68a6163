// One file read the way a scan reads it (same worker, same task options), for the watcher.
import { lstat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { CATEGORIES, emptyCounts, RISKS, type CategoryCounts, type FileResult, type Risk } from '../../../shared/types.js';
import { isFailure, WorkerPool } from '../pool.js';
import type { ScanOptions } from '../scan-options.js';
import type { WorkerRequest } from '../scan-worker.js';
import { taskOptions, WORKER_LIMITS, workerScript } from '../task-options.js';

const FILE_TIMEOUT_MS = 60_000;

export type InspectOutcome =
  | { kind: 'gone' }
  | { kind: 'not-a-file' }
  | { kind: 'read'; stat: Stats; results: FileResult[] }
  | { kind: 'failed'; stat: Stats; reason: 'timeout' | 'too-large' | 'corrupt'; message: string };

export type InspectorOptions = Pick<ScanOptions, 'identity' | 'ocr' | 'ocrSettings' | 'limits' | 'minConfidence' | 'phoneRegions' | 'fileTimeoutMs'>;

export class FileInspector {
  private readonly pool: WorkerPool<WorkerRequest, FileResult[]>;
  private readonly task;

  constructor(
    private readonly options: InspectorOptions,
    size: number,
  ) {
    this.task = taskOptions(options);
    this.pool = new WorkerPool({ size, script: workerScript(), resourceLimits: WORKER_LIMITS });
  }

  async inspect(path: string): Promise<InspectOutcome> {
    let stat: Stats;
    try {
      stat = await lstat(path);
    } catch {
      return { kind: 'gone' };
    }
    // Like the walk: symbolic links are never followed, devices and pipes are not documents.
    if (!stat.isFile()) return { kind: 'not-a-file' };
    const timeout = (this.options.fileTimeoutMs ?? FILE_TIMEOUT_MS) + Math.ceil(stat.size / (1024 * 1024)) * 1000;
    const outcome = await this.pool.run({ kind: 'inspect', task: { ...this.task, path, size: stat.size, mtimeMs: stat.mtimeMs } }, timeout);
    if (!isFailure(outcome)) return { kind: 'read', stat, results: outcome };
    switch (outcome.failed) {
      case 'cancelled':
        return { kind: 'gone' };
      case 'timeout':
        return { kind: 'failed', stat, reason: 'timeout', message: 'Reading this file took too long, so it was stopped and not fully checked.' };
      case 'out-of-memory':
        return { kind: 'failed', stat, reason: 'too-large', message: 'This file needed more memory than the check allows, so it was not fully checked.' };
      case 'crashed':
        return { kind: 'failed', stat, reason: 'corrupt', message: 'The reader stopped unexpectedly on this file, so it was not checked.' };
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/** One file's results (an archive answers with one per entry) summed: the highest risk, all counts. */
export function combine(results: readonly FileResult[]): { risk: Risk; findings: CategoryCounts; records: number } {
  const findings = emptyCounts();
  let risk: Risk = 'none';
  let records = 0;
  for (const result of results) {
    if (RISKS.indexOf(result.risk) > RISKS.indexOf(risk)) risk = result.risk;
    records += result.records;
    for (const category of CATEGORIES) findings[category] += result.findings[category];
  }
  return { risk, findings, records };
}
