// What every file task carries into a worker, derived once from the scan's options; shared by
// the scan and the reveal toggle so both read a file exactly the same way.
import type { ResourceLimits } from 'node:worker_threads';
import { emptyIdentity } from '../../shared/types.js';
import { DEFAULT_LIMITS } from './content.js';
import type { FileTask } from './inspect-file.js';
import type { ScanOptions } from './scan-options.js';

export const DEFAULT_PHONE_REGIONS = ['US', 'GB', 'CA', 'AU', 'DE', 'FR', 'ES', 'IT', 'NL', 'IE'];

/** Per-worker heap cap: a hostile file must fail alone instead of exhausting the machine. */
export const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 2048 };

export type TaskOptions = Omit<FileTask, 'path' | 'size' | 'mtimeMs'>;

export function taskOptions(options: Pick<ScanOptions, 'limits' | 'ocr' | 'ocrSettings' | 'identity' | 'minConfidence' | 'phoneRegions'>): TaskOptions {
  return {
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    ocr: options.ocr ?? false,
    ocrSettings: options.ocrSettings,
    analyze: {
      identity: options.identity ?? emptyIdentity(),
      minConfidence: options.minConfidence ?? 0.5,
      phoneRegions: phoneRegions(options.phoneRegions),
    },
  };
}

/** The worker entry beside this module: compiled .js in dist/, .ts when run from source (tests). */
export function workerScript(): URL {
  const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  return new URL(`./scan-worker.${ext}`, import.meta.url);
}

function phoneRegions(extra: string[] | undefined): string[] {
  const regions = new Set(DEFAULT_PHONE_REGIONS);
  // The machine's own region: a seller's customers are mostly local.
  const locale = Intl.DateTimeFormat().resolvedOptions().locale;
  const region = /[-_]([A-Z]{2})\b/.exec(locale)?.[1];
  if (region) regions.add(region);
  for (const r of extra ?? []) regions.add(r.toUpperCase());
  return [...regions];
}
