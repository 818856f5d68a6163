// Words for retention end dates that have passed: the one-line notice on Choose and the headings
// of the Archive screen.
import type { Reminder } from '../../../shared/api-remediation';
import type { KeepReason } from '../../../shared/remediation';
import { count } from '../text/numbers';

const FOR_REASON: Record<KeepReason, string> = {
  'tax-retention': 'for tax retention',
  'legal-hold': 'under a legal hold',
  'not-customer-data': 'as not customer data',
  'test-data': 'as test data',
};

/** "3 files kept for tax retention reached their end date: delete them or extend". */
export function reminderHeadline(due: readonly Reminder[]): string {
  const reasons = new Set(due.map((r) => r.reason));
  const [only] = reasons;
  const why = reasons.size === 1 && only ? ` ${FOR_REASON[only]}` : '';
  const kinds = new Set(due.map((r) => r.kind));
  const verb = kinds.size > 1 ? 'kept or archived' : kinds.has('archived') ? 'archived' : 'kept';
  return due.length === 1
    ? `1 file ${verb}${why} reached its end date: delete it or extend`
    : `${count(due.length, 'file')} ${verb}${why} reached their end date: delete them or extend`;
}

/** Today as YYYY-MM-DD in UTC, as the app compares end dates. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The day after today, the earliest a reminder can move to. */
export function tomorrowIso(now: Date = new Date()): string {
  return todayIso(new Date(now.getTime() + 24 * 60 * 60 * 1000));
}
