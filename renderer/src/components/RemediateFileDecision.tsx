// One file on the Clean up screen: what it holds, how old it is, and the seller's decision for it
// (a radio group), with the reason, end date and note when it is kept or archived.
import { useId } from 'react';
import type { RemediationFile } from '../../../shared/api-remediation';
import { DECISIONS, KEEP_REASONS, type Decision, type KeepReason } from '../../../shared/remediation';
import { fileName, folderOf, friendlyFolder } from '../paths';
import { count } from '../text/numbers';
import { findingsSummary } from './FileRow';
import { RiskBadge } from './RiskBadge';
import { DECISION_LABEL, KEEP_REASON_LABEL, formatAge, formatBytes, formatDay, reasonTakesDate } from './RemediateText';

export interface DraftDecision {
  decision?: Decision;
  reason?: KeepReason;
  note?: string;
  until?: string;
}

/** What is missing before the decision can go into a plan, in a sentence; undefined when complete. */
export function draftProblem(draft: DraftDecision): string | undefined {
  if ((draft.decision === 'keep' || draft.decision === 'archive') && !draft.reason) return 'Choose a reason for keeping it.';
  return undefined;
}

export function RemediateFileDecision({
  file,
  roots,
  draft,
  selected,
  retentionDays,
  onChange,
  onSelect,
}: {
  file: RemediationFile;
  roots: readonly string[];
  draft: DraftDecision;
  selected: boolean;
  retentionDays: number;
  onChange(draft: DraftDecision): void;
  onSelect(selected: boolean): void;
}) {
  const id = useId();
  const name = fileName(file.path);
  const problem = draftProblem(draft);
  const keeping = draft.decision === 'keep' || draft.decision === 'archive';
  const choose = (decision: Decision | undefined) => {
    const next: DraftDecision = { ...draft };
    if (decision) next.decision = decision;
    else delete next.decision;
    onChange(next);
  };
  return (
    <li className={`decision-row${selected ? ' is-selected' : ''}`}>
      <div className="decision-file">
        <input id={`${id}-select`} type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} aria-label={`Select ${name}`} />
        <div className="decision-file-text">
          <label htmlFor={`${id}-select`} className="file-name" translate="no">
            {name}
          </label>
          <span className="decision-folder" translate="no">
            {friendlyFolder(folderOf(file.path), roots)}
          </span>
          <span className="decision-facts">
            <RiskBadge risk={file.risk} />
            <span>{count(file.records, 'customer')}</span>
            <span>{findingsSummary({ ...file, evidence: [], ocr: false, status: 'scanned' })}</span>
            <span>{formatBytes(file.size)}</span>
            <span className={file.retention.overdue ? 'age-flag is-overdue' : 'age-flag'}>
              {formatAge(file.retention.ageDays)}
              {file.retention.overdue ? ` · past the ${retentionDays}-day window` : ''}
            </span>
          </span>
        </div>
      </div>
      <fieldset className="decision-choices">
        <legend className="visually-hidden">What to do with {name}</legend>
        {DECISIONS.filter((d) => file.offered.includes(d)).map((decision) => (
          <label key={decision} className={`decision-choice decision-${decision}${draft.decision === decision ? ' is-chosen' : ''}`}>
            <input type="radio" name={`${id}-decision`} value={decision} checked={draft.decision === decision} onChange={() => choose(decision)} />
            {DECISION_LABEL[decision]}
          </label>
        ))}
        <label className={`decision-choice decision-later${draft.decision === undefined ? ' is-chosen' : ''}`}>
          <input type="radio" name={`${id}-decision`} value="" checked={draft.decision === undefined} onChange={() => choose(undefined)} />
          Decide later
        </label>
      </fieldset>
      {keeping ? (
        <div className="decision-keep-fields">
          <div className="decision-field">
            <label className="field-label" htmlFor={`${id}-reason`}>
              Reason
            </label>
            <select
              id={`${id}-reason`}
              value={draft.reason ?? ''}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(e) => {
                const next: DraftDecision = { ...draft };
                if (e.target.value) next.reason = e.target.value as KeepReason;
                else delete next.reason;
                if (!reasonTakesDate(next.reason)) delete next.until;
                onChange(next);
              }}
            >
              <option value="">Choose a reason…</option>
              {KEEP_REASONS.filter((r) => draft.decision === 'keep' || r === 'tax-retention' || r === 'legal-hold').map((reason) => (
                <option key={reason} value={reason}>
                  {KEEP_REASON_LABEL[reason]}
                </option>
              ))}
            </select>
            {problem ? (
              <p id={`${id}-problem`} className="field-problem">
                {problem}
              </p>
            ) : null}
          </div>
          {reasonTakesDate(draft.reason) ? (
            <div className="decision-field">
              <label className="field-label" htmlFor={`${id}-until`}>
                Keep until
              </label>
              <input
                id={`${id}-until`}
                type="date"
                value={draft.until ?? ''}
                aria-describedby={`${id}-until-hint`}
                onChange={(e) => {
                  const next: DraftDecision = { ...draft };
                  if (e.target.value) next.until = e.target.value;
                  else delete next.until;
                  onChange(next);
                }}
              />
              <p id={`${id}-until-hint`} className="field-description">
                {draft.until ? `The app reminds you after ${formatDay(draft.until)}.` : 'Invoices: usually 6 to 10 years, depending on the country.'}
              </p>
            </div>
          ) : null}
          <div className="decision-field decision-note">
            <label className="field-label" htmlFor={`${id}-note`}>
              Note <span className="muted">(optional)</span>
            </label>
            <input
              id={`${id}-note`}
              type="text"
              maxLength={1000}
              value={draft.note ?? ''}
              placeholder="e.g. VAT records, kept 10 years"
              aria-describedby={`${id}-note-hint`}
              onChange={(e) => {
                const next: DraftDecision = { ...draft };
                if (e.target.value) next.note = e.target.value;
                else delete next.note;
                onChange(next);
              }}
            />
            <p id={`${id}-note-hint`} className="field-description">
              Recorded in the log. Do not write customers’ details here.
            </p>
          </div>
        </div>
      ) : null}
    </li>
  );
}
