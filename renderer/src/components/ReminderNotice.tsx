// On the Choose screen when the app starts: kept or archived files whose end date has passed, in
// one line, with the way to the Archive screen. Shows nothing when no date has passed.
import { useEffect, useState } from 'react';
import type { Reminder } from '../../../shared/api-remediation';
import { api } from '../api';
import { Notice } from './Notice';
import { reminderHeadline } from './ReminderText';

export function ReminderNotice({ onOpenArchive }: { onOpenArchive(): void }) {
  const [due, setDue] = useState<Reminder[]>([]);

  useEffect(() => {
    let live = true;
    // A reminder is a courtesy: if it cannot be read, the screen goes on without it.
    api.listReminders(undefined).then(
      (reminders) => live && setDue(reminders.due),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  if (due.length === 0) return null;
  const kept = due.filter((r) => r.kind === 'kept').length;
  const archived = due.length - kept;
  return (
    <div className="reminder-notice">
      <Notice tone="warning" title={reminderHeadline(due)}>
        <p>
          {kept > 0 ? 'A kept file is deleted by scanning its folder and choosing Delete securely in Clean up. ' : ''}
          {archived > 0 ? 'Archived files past their date can be destroyed in the retention archive. ' : ''}
          If you must keep {due.length === 1 ? 'it' : 'them'} longer, move the reminder to a later date there.
        </p>
        <button type="button" className="button button-secondary reminder-open" onClick={onOpenArchive}>
          Open the retention archive
        </button>
      </Notice>
    </div>
  );
}
