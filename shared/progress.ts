// Progress of a scan, as sent to the CLI's bar and the app's Scan screen. Never holds a file's content.
import type { CategoryCounts } from './types.js';

export type ScanPhase = 'walking' | 'reading' | 'finished' | 'cancelled';

export interface ScanProgress {
  phase: ScanPhase;
  /** Files found by the walk so far (final once walkDone). */
  filesFound: number;
  bytesFound: number;
  walkDone: boolean;
  filesDone: number;
  bytesDone: number;
  /** The folder being read (the user's own disk, shown as is). */
  currentFolder: string;
  filesWithCustomerData: number;
  filesNotInspected: number;
  byCategory: CategoryCounts;
  /** Pictures to read by OCR found so far (0 when OCR is off) and how many are read: OCR is the slow part. */
  imagesFound: number;
  imagesDone: number;
  /** 0..1, by bytes once the walk is done (files dominate the time by size). */
  fraction: number;
  filesPerSecond: number;
  bytesPerSecond: number;
  /** Seconds left, when it can be estimated. */
  etaSeconds?: number;
  elapsedMs: number;
}
