// A file's age and the retention window: marketplaces (Amazon's Data Protection Policy among
// them) ask for customer data to be deleted 30 days after delivery unless the law requires longer.
// The file's modification time stands in for the delivery date, which the file does not tell.

export const DEFAULT_RETENTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionStatus {
  /** Whole days since the file's date. */
  ageDays: number;
  /** The date (YYYY-MM-DD) after which the file is past the window. */
  dueDate: string;
  /** Customer data older than the window. */
  overdue: boolean;
}

export function retentionStatus(mtimeMs: number, options: { windowDays?: number; now?: Date } = {}): RetentionStatus {
  const windowDays = options.windowDays ?? DEFAULT_RETENTION_DAYS;
  const now = (options.now ?? new Date()).getTime();
  const ageDays = Math.max(0, Math.floor((now - mtimeMs) / DAY_MS));
  const due = mtimeMs + windowDays * DAY_MS;
  return { ageDays, dueDate: new Date(due).toISOString().slice(0, 10), overdue: now > due };
}

/** Whether a keep-until or archive expiry date (YYYY-MM-DD) has passed: the day itself still counts as kept. */
export function isPastDate(until: string, now: Date = new Date()): boolean {
  return now.toISOString().slice(0, 10) > until.slice(0, 10);
}
