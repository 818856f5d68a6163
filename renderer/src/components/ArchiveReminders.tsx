// Kept and archived files whose end date has passed, each with a way to be reminded again later.
// A kept file lies in its folder: deleting it goes through a scan and Clean up.
import { useId, useState } from 'react';
import type { Reminder } from '../../../shared/api-remediation';
import { fileName } from '../paths';
import { messageOf } from '../scan-session';
import { Notice } from './Notice';
import { KEEP_REASON_LABEL, formatDay } from './RemediateText';
import { reminderHeadline, tomorrowIso } from './ReminderText';

export function ArchiveReminders({ due, onExtend }: { due: readonly Reminder[]; onExtend(reminder: Reminder, until: string): Promise<void> }) {
  const id = useId();
  const kept = due.filter((r) => r.kind === 'kept').length;
  return (
    <section className="card archive-reminders" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>End dates that have passed</h2>
      <Notice tone="warning" title={reminderHeadline(due)}>
        {kept > 0 ? 'To delete a kept file, scan its folder, then choose Delete securely for it in Clean up. ' : ''}
        {due.length > kept ? 'Archived files past their date can be destroyed below. ' : ''}
        If the law or a hold makes you keep a file longer, set a later reminder.
      </Notice>
      <ul className="reminder-list" aria-label="Files past their end date">
        {due.map((reminder) => (
          <ReminderRow key={`${reminder.kind}-${reminder.ref}`} reminder={reminder} onExtend={onExtend} />
        ))}
      </ul>
    </section>
  );
}

function ReminderRow({ reminder, onExtend }: { reminder: Reminder; onExtend(reminder: Reminder, until: string): Promise<void> }) {
  const id = useId();
  const [until, setUntil] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const name = fileName(reminder.maskedPath);
  const min = tomorrowIso();

  const extend = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      await onExtend(reminder, until);
    } catch (error) {
      setProblem(messageOf(error));
      setBusy(false);
    }
  };

  return (
    <li className="reminder-row">
      <div className="archive-file">
        <span className="archive-name" translate="no">
          {name}
        </span>
        <span className="archive-folder">
          {reminder.kind === 'kept' ? 'Kept in its folder' : 'In the archive'} · {reminder.reason ? KEEP_REASON_LABEL[reminder.reason] : 'no reason recorded'} · ended {formatDay(reminder.until)}
        </span>
      </div>
      <div className="reminder-extend">
        <label className="field-label" htmlFor={`${id}-until`}>
          Remind me again on
        </label>
        <input id={`${id}-until`} type="date" min={min} value={until} onChange={(event) => setUntil(event.target.value)} aria-describedby={problem ? `${id}-problem` : undefined} />
        <button type="button" className="button button-secondary" disabled={busy || until < min} onClick={() => void extend()}>
          Set reminder
        </button>
      </div>
      {problem ? (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </li>
  );
}
