// Words a seller reads on the Clean up screen: decisions, reasons, results and refusals.
import type { ActionRecord, Decision, KeepReason } from '../../../shared/remediation';

export const DECISION_LABEL: Record<Decision, string> = {
  delete: 'Delete securely',
  redact: 'Remove customer columns',
  keep: 'Keep',
  archive: 'Archive encrypted',
};

export const DECISION_HINT: Record<Decision, string> = {
  delete: 'Overwritten, then removed. It does not go to the Trash and cannot be undone.',
  redact: 'Spreadsheets and CSV files only: the customer columns go, sales figures, SKUs and dates stay.',
  keep: 'For files you must or may keep. The reason is recorded in your report.',
  archive: 'Moved into an encrypted archive for as long as the law makes you keep it.',
};

export const KEEP_REASON_LABEL: Record<KeepReason, string> = {
  'tax-retention': 'Tax or accounting retention',
  'legal-hold': 'Legal hold',
  'not-customer-data': 'Not customer data (a false alarm)',
  'test-data': 'Test data',
};

/** Reasons that last until a date: tax and accounting records, legal holds. */
export function reasonTakesDate(reason: KeepReason | undefined): boolean {
  return reason === 'tax-retention' || reason === 'legal-hold';
}

const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDay(day: string): string {
  const parsed = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? day : date.format(parsed);
}

/** What happened to a file, in a few words. */
export function resultHeadline(record: ActionRecord): string {
  if (record.result === 'skipped') return 'Not done: you stopped before this file';
  if (record.result === 'refused') return `Left as it is: ${REFUSAL_LABEL[record.reasonCode ?? ''] ?? 'refused'}`;
  if (record.result === 'failed') return `Not finished: ${REFUSAL_LABEL[record.reasonCode ?? ''] ?? 'something went wrong'}`;
  const until = record.until ? ` until ${formatDay(record.until)}` : '';
  switch (record.decision) {
    case 'delete':
      return 'Deleted securely';
    case 'redact':
      return 'Customer columns removed';
    case 'keep':
      return `Kept: ${record.keepReason ? KEEP_REASON_LABEL[record.keepReason].toLowerCase() : 'no reason'}${until}`;
    case 'archive':
      return `Archived encrypted${record.keepReason ? ` for ${KEEP_REASON_LABEL[record.keepReason].toLowerCase()}` : ''}${until}`;
  }
}

/** The refusal codes of the engine (electron/engine/remediate/refusal.ts) in a few plain words. */
export const REFUSAL_LABEL: Record<string, string> = {
  'outside-roots': 'outside the folders you chose',
  'root-unusable': 'its folder can no longer be opened',
  symlink: 'it is a shortcut (symbolic link)',
  'not-regular-file': 'not an ordinary file',
  'hard-linked': 'the same file also appears elsewhere (hard link)',
  vanished: 'moved or deleted since the scan',
  'changed-since-scan': 'changed since the scan',
  'permission-denied': 'no permission to open it',
  'read-only': 'read-only or no permission to change it',
  'folder-not-writable': 'its folder cannot be changed',
  locked: 'in use by another program',
  'io-error': 'the disk reported an error',
  'not-in-scan': 'not part of the scan',
  'inside-archive': 'it sits inside an archive file',
  'not-redactable': 'its columns cannot be removed safely',
  'redaction-incomplete': 'customer data would remain after removing columns',
  'nothing-to-redact': 'no customer column to remove',
  'archive-failed': 'the archive copy could not be made',
  'retention-not-ended': 'its retention period has not ended',
  'reason-required': 'a reason is needed',
  cancelled: 'you stopped before this file',
  'no-archive-key': 'no archive passphrase was given',
};

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** "12 days old", "today". */
export function formatAge(days: number): string {
  if (days <= 0) return 'less than a day old';
  if (days === 1) return '1 day old';
  if (days < 365 * 2) return `${days} days old`;
  return `${Math.floor(days / 365)} years old`;
}
