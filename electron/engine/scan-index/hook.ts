// What the scan asks of an index (ScanOptions.index): kept apart so scan-options.ts imports a type only.
import type { FileResult } from '../../../shared/types.js';
import type { TaskOptions } from '../task-options.js';
import type { WalkedFile } from '../walk.js';

export interface ScanIndexHook {
  /** Called once with the scan's file options: results found under other settings are not reused. */
  begin(task: TaskOptions): void;
  /** The results of an unchanged file (same size, mtime and inode), with its current path; undefined means read it. */
  reuse(file: WalkedFile): FileResult[] | undefined;
  /** The results of a file that was read. */
  remember(file: WalkedFile, results: readonly FileResult[]): void;
  /** After the scan: `complete` when every file of the roots was seen (not cancelled). Never throws. */
  finish(complete: boolean): Promise<void>;
}
