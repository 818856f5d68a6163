// The decisions step: every file with customer data and what to do with it, one by one or for a
// selection at once (all high-risk files → delete, say). Nothing happens until the plan is shown.
import { useId, useState } from 'react';
import type { RemediationFile } from '../../../shared/api-remediation';
import type { Decision, KeepReason } from '../../../shared/remediation';
import { count } from '../text/numbers';
import { RemediateFileDecision, draftProblem, type DraftDecision } from './RemediateFileDecision';
import { DECISION_LABEL, KEEP_REASON_LABEL } from './RemediateText';

export type Draft = Record<string, DraftDecision>;

/** The bulk choices: a decision, with its reason where keeping needs one. */
const BULK: ReadonlyArray<{ id: string; label: string; decision?: Decision; reason?: KeepReason }> = [
  { id: 'delete', label: DECISION_LABEL.delete, decision: 'delete' },
  { id: 'redact', label: `${DECISION_LABEL.redact} (where possible)`, decision: 'redact' },
  { id: 'keep-tax', label: `Keep: ${KEEP_REASON_LABEL['tax-retention'].toLowerCase()}`, decision: 'keep', reason: 'tax-retention' },
  { id: 'keep-legal', label: `Keep: ${KEEP_REASON_LABEL['legal-hold'].toLowerCase()}`, decision: 'keep', reason: 'legal-hold' },
  { id: 'keep-false', label: `Keep: ${KEEP_REASON_LABEL['not-customer-data'].toLowerCase()}`, decision: 'keep', reason: 'not-customer-data' },
  { id: 'keep-test', label: `Keep: ${KEEP_REASON_LABEL['test-data'].toLowerCase()}`, decision: 'keep', reason: 'test-data' },
  { id: 'archive-tax', label: `Archive encrypted: ${KEEP_REASON_LABEL['tax-retention'].toLowerCase()}`, decision: 'archive', reason: 'tax-retention' },
  { id: 'archive-legal', label: `Archive encrypted: ${KEEP_REASON_LABEL['legal-hold'].toLowerCase()}`, decision: 'archive', reason: 'legal-hold' },
  { id: 'later', label: 'Decide later' },
];

export function RemediateDecisions({
  files,
  roots,
  retentionDays,
  draft,
  onDraft,
  onPreview,
  busy,
}: {
  files: RemediationFile[];
  roots: readonly string[];
  retentionDays: number;
  draft: Draft;
  onDraft(draft: Draft): void;
  onPreview(): void;
  busy: boolean;
}) {
  const id = useId();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulk, setBulk] = useState('delete');
  const [bulkNote, setBulkNote] = useState<string>();

  const select = (paths: string[]) => setSelected(new Set(paths));
  const applyBulk = () => {
    const choice = BULK.find((b) => b.id === bulk)!;
    const next: Draft = { ...draft };
    let skipped = 0;
    for (const file of files) {
      if (!selected.has(file.path)) continue;
      if (!choice.decision) {
        delete next[file.path];
        continue;
      }
      if (!file.offered.includes(choice.decision)) {
        skipped++;
        continue;
      }
      next[file.path] = { decision: choice.decision, ...(choice.reason ? { reason: choice.reason } : {}) };
    }
    onDraft(next);
    const done = selected.size - skipped;
    setBulkNote(
      `${choice.label} chosen for ${count(done, 'file')}.${skipped > 0 ? ` ${count(skipped, 'file')} cannot take it (only spreadsheets and CSV files can have columns removed) and kept their decision.` : ''}`,
    );
  };

  const decided = files.filter((f) => draft[f.path]?.decision);
  const incomplete = decided.filter((f) => draftProblem(draft[f.path]!));
  const tally = (decision: Decision) => decided.filter((f) => draft[f.path]!.decision === decision).length;
  const undecided = files.length - decided.length;

  return (
    <>
      <section className="card" aria-labelledby={`${id}-bulk`}>
        <div className="section-head">
          <h2 id={`${id}-bulk`}>Decide for many files at once</h2>
          <span className="section-aside" aria-live="polite">
            <strong>{selected.size}</strong> of {count(files.length, 'file')} selected
          </span>
        </div>
        <div className="bulk-bar">
          <div className="bulk-select" role="group" aria-label="Select files">
            <span className="bulk-label">Select</span>
            <button type="button" className="button button-secondary" onClick={() => select(files.map((f) => f.path))}>
              All
            </button>
            <button type="button" className="button button-secondary" onClick={() => select(files.filter((f) => f.risk === 'high').map((f) => f.path))}>
              High risk
            </button>
            <button type="button" className="button button-secondary" onClick={() => select(files.filter((f) => f.retention.overdue).map((f) => f.path))}>
              Older than {retentionDays} days
            </button>
            <button type="button" className="button button-secondary" onClick={() => select([])} disabled={selected.size === 0}>
              None
            </button>
          </div>
          <div className="bulk-apply">
            <label className="bulk-label" htmlFor={`${id}-choice`}>
              For the selected files
            </label>
            <select id={`${id}-choice`} value={bulk} onChange={(e) => setBulk(e.target.value)}>
              {BULK.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.label}
                </option>
              ))}
            </select>
            <button type="button" className="button button-primary" onClick={applyBulk} disabled={selected.size === 0}>
              Apply to {count(selected.size, 'file')}
            </button>
          </div>
        </div>
        {bulkNote ? (
          <p className="bulk-note" role="status">
            {bulkNote} You can still change each file below.
          </p>
        ) : (
          <p className="section-description">Decisions only make a plan: you can change them freely until you confirm it.</p>
        )}
      </section>

      <section className="card" aria-labelledby={`${id}-files`}>
        <div className="section-head">
          <h2 id={`${id}-files`}>Files with customer data</h2>
          <span className="section-aside">{count(files.length, 'file')}</span>
        </div>
        <ul className="decision-list">
          {files.map((file) => (
            <RemediateFileDecision
              key={file.path}
              file={file}
              roots={roots}
              retentionDays={retentionDays}
              draft={draft[file.path] ?? {}}
              selected={selected.has(file.path)}
              onSelect={(on) => {
                const next = new Set(selected);
                if (on) next.add(file.path);
                else next.delete(file.path);
                setSelected(next);
              }}
              onChange={(decision) => onDraft({ ...draft, [file.path]: decision })}
            />
          ))}
        </ul>
      </section>

      <div className="action-bar remediate-action-bar">
        <p className="decision-tally" aria-live="polite">
          {decided.length === 0
            ? 'No decision yet.'
            : [
                tally('delete') ? `${tally('delete')} to delete` : '',
                tally('redact') ? `${tally('redact')} to remove columns from` : '',
                tally('keep') ? `${tally('keep')} to keep` : '',
                tally('archive') ? `${tally('archive')} to archive` : '',
                undecided ? `${undecided} undecided` : '',
              ]
                .filter(Boolean)
                .join(' · ')}
          {incomplete.length > 0 ? <span className="field-problem"> {count(incomplete.length, 'file')} still need a reason.</span> : null}
        </p>
        <button type="button" className="button button-primary button-large" onClick={onPreview} disabled={busy || decided.length === 0 || incomplete.length > 0}>
          {busy ? 'Checking the plan…' : 'Show the plan'}
        </button>
      </div>
    </>
  );
}
