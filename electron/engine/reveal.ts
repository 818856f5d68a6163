// The reveal toggle: the raw values behind one file's masked evidence, read again from the file
// in a worker. The answer goes to the screen only; nothing here writes or logs it.
import { lstat } from 'node:fs/promises';
import type { RevealedValue } from '../../shared/api.js';
import type { RawSample } from './file-result.js';
import { WorkerPool } from './pool.js';
import type { ScanOptions } from './scan-options.js';
import type { WorkerRequest } from './scan-worker.js';
import { taskOptions, WORKER_LIMITS, workerScript } from './task-options.js';
import type { Evidence } from '../../shared/types.js';

const REVEAL_TIMEOUT_MS = 120_000;

/** `path` may name an archive entry (`outer.zip!inner.csv`): the outer file is read. */
export async function revealValues(path: string, options: Pick<ScanOptions, 'identity' | 'minConfidence' | 'phoneRegions' | 'limits' | 'ocr'>): Promise<RevealedValue[]> {
  const outer = path.split('!')[0]!;
  const stat = await lstat(outer);
  if (!stat.isFile()) return [];
  const pool = new WorkerPool<WorkerRequest, Array<Evidence & RawSample>>({ size: 1, script: workerScript(), resourceLimits: WORKER_LIMITS });
  try {
    const answer = await pool.run(
      { kind: 'reveal', task: { ...taskOptions(options), path: outer, size: stat.size, mtimeMs: stat.mtimeMs }, target: path },
      REVEAL_TIMEOUT_MS,
    );
    if (!Array.isArray(answer)) return [];
    return answer.map((item) => ({ category: item.category, value: item.value, where: item.where }));
  } finally {
    await pool.close();
  }
}
