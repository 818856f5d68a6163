// The once-per-session checklist: what the seller must do outside this app so that deleted files
// are really gone (Trash, cloud copies, backups, disk encryption). Each tick is recorded in the log.
import type { RemediationLog } from '../../../shared/remediation';
import { count } from '../text/numbers';

export function RemediateChecklist({ checklist, onChange, saving }: { checklist: RemediationLog['checklist']; onChange(confirmed: string[]): void; saving: boolean }) {
  const ticked = checklist.filter((c) => c.confirmed).length;
  const toggle = (id: string, on: boolean) => {
    const ids = new Set(checklist.filter((c) => c.confirmed && c.id).map((c) => c.id!));
    if (on) ids.add(id);
    else ids.delete(id);
    onChange([...ids]);
  };
  return (
    <section className="card" aria-labelledby="checklist-title">
      <div className="section-head">
        <h2 id="checklist-title">Finish the job outside this app</h2>
        <span className="section-aside" aria-live="polite">
          {saving ? 'Saving…' : `${ticked} of ${count(checklist.length, 'step')} done`}
        </span>
      </div>
      <p className="section-description">
        Deleted files can live on in the Trash, in your cloud service’s deleted files and version history, and in backups. Tick each step once you have done it: your ticks are recorded in the report, unticked steps show as not done.
      </p>
      <ul className="checklist">
        {checklist.map((item, index) => (
          <li key={item.id ?? index}>
            <label>
              <input type="checkbox" checked={item.confirmed} disabled={!item.id} onChange={(e) => item.id && toggle(item.id, e.target.checked)} />
              <span>{item.item}</span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
