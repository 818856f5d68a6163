// What watching a folder reports about one file, shared by the engine, `cda watch` and the app.
// Plain serialisable data: counts, a risk and paths; never a found value.
import type { CategoryCounts, NotInspectedReason, Risk } from './types.js';

export const FILE_WATCH_EVENT_TYPES = ['found', 'cleared', 'clean', 'problem'] as const;

export interface FileWatchEvent {
  /** found: holds customer data · cleared: held it and no longer does (changed, deleted or moved away) · clean: checked, none · problem: could not be checked. */
  type: (typeof FILE_WATCH_EVENT_TYPES)[number];
  /** The path masked word by word (shared/mask.ts maskPath), for logs and notifications. */
  maskedPath: string;
  path: string;
  risk: Risk;
  findings: CategoryCounts;
  /** Customer records found (rows, contacts). */
  records: number;
  /** For 'problem': why the file was not checked, and a sentence for the seller. */
  reason?: NotInspectedReason | 'too-many-changes';
  message?: string;
  /** ISO time of the event. */
  at: string;
}
