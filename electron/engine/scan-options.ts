import type { ScanProgress } from '../../shared/progress.js';
import type { SellerIdentity } from '../../shared/types.js';
import type { ReadLimits } from './content.js';
import type { OcrSettings } from './ocr/settings.js';
import type { PauseGate } from './pause-gate.js';
import type { FileResult } from '../../shared/types.js';
import type { ScanIndexHook } from './scan-index/hook.js';

export interface ScanOptions {
  roots: string[];
  /** Glob patterns (matched against names and root-relative paths) added to the default exclusions. */
  exclude?: string[];
  /** Replace the default exclusions instead of adding to them. */
  noDefaultExcludes?: boolean;
  /** Worker threads; defaults to the number of cores. */
  jobs?: number;
  identity?: SellerIdentity;
  /** Read images and scanned PDF pages by OCR (a later issue); when off they are reported needs-ocr. */
  ocr?: boolean;
  /** OCR languages, language data folder, result cache folder, per-file budget. */
  ocrSettings?: OcrSettings;
  signal?: AbortSignal;
  onProgress?: (progress: ScanProgress) => void;
  /** Each file's result as soon as it is known (archive entries included). */
  onFile?: (result: FileResult) => void;
  pause?: PauseGate;
  limits?: Partial<ReadLimits>;
  /** Per-file time limit; a file taking longer is reported `timeout`. Scaled up by size. */
  fileTimeoutMs?: number;
  minConfidence?: number;
  phoneRegions?: string[];
  /** Incremental scanning: unchanged files take their result from this index, which is saved after the scan. */
  index?: ScanIndexHook;
}
