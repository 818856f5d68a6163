// The plan from the dry run: what would be deleted, have columns removed, be kept or archived, the
// total size, each file that cannot be handled and why, what deleting can assure on this disk —
// and the confirmation (a typed phrase for bulk deletion, a passphrase for the archive).
import { useId, useState } from 'react';
import { MIN_PASSPHRASE, type RemediationPreview, type RemediationPreviewItem } from '../../../shared/api-remediation';
import { DECISIONS, type Decision } from '../../../shared/remediation';
import { fileName, folderOf, friendlyFolder } from '../paths';
import { count } from '../text/numbers';
import { Icon } from './Icon';
import { Notice } from './Notice';
import { StatTiles } from './StatTiles';
import { DECISION_LABEL, REFUSAL_LABEL, formatBytes } from './RemediateText';

const GROUP_TITLE: Record<Decision, string> = {
  delete: 'To delete securely',
  redact: 'To remove customer columns from',
  keep: 'To keep, with the reason recorded',
  archive: 'To move into the encrypted archive',
};

export interface ApplyRequest {
  confirmation?: string;
  archivePassphrase?: string;
}

export function RemediatePlan({
  preview,
  roots,
  archiveKey,
  onBack,
  onApply,
  busy,
  problem,
}: {
  preview: RemediationPreview;
  roots: readonly string[];
  archiveKey: 'app-key' | 'passphrase';
  onBack(): void;
  onApply(request: ApplyRequest): void;
  busy: boolean;
  problem?: string;
}) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const { totals } = preview;
  const refused = preview.items.filter((i) => !i.ok);
  const phrase = preview.confirmationPhrase;
  const needsPassphrase = totals.archive > 0 && archiveKey === 'passphrase';
  const passphraseProblem =
    !needsPassphrase || passphrase.length === 0
      ? undefined
      : passphrase.length < MIN_PASSPHRASE
        ? `Use at least ${MIN_PASSPHRASE} characters.`
        : repeat.length > 0 && repeat !== passphrase
          ? 'The two passphrases differ.'
          : undefined;
  const typedOk = !phrase || typed.trim().toUpperCase() === phrase;
  const passphraseOk = !needsPassphrase || (passphrase.length >= MIN_PASSPHRASE && repeat === passphrase);
  const removing = totals.delete + totals.redact + totals.archive;
  const caveats = [...new Set(preview.items.flatMap((i) => (i.ok && i.mediumCaveat ? [i.mediumCaveat] : [])))];
  const doable = totals.delete + totals.redact + totals.keep + totals.archive;

  return (
    <>
      <section className="card" aria-labelledby={`${id}-title`}>
        <div className="section-head">
          <h2 id={`${id}-title`}>The plan</h2>
          <span className="section-aside">Nothing has been changed yet</span>
        </div>
        <StatTiles
          label="What the plan does"
          stats={[
            { label: 'Delete securely', value: String(totals.delete), tone: totals.delete > 0 ? 'alert' : 'default', hint: 'Gone for good' },
            { label: 'Remove customer columns', value: String(totals.redact), hint: 'Business data stays' },
            { label: 'Keep with a reason', value: String(totals.keep), hint: 'Recorded in the report' },
            { label: 'Archive encrypted', value: String(totals.archive), hint: 'Locked away for retention' },
            { label: 'Size of files changed', value: formatBytes(totals.bytes), hint: count(removing, 'file') },
          ]}
        />
        {refused.length > 0 ? (
          <Notice tone="warning" title={`${count(refused.length, 'file')} cannot be handled as planned`}>
            <p>These will be left exactly as they are; the reason is recorded. You can go back and choose something else for them.</p>
            <ul className="plan-refusals">
              {refused.map((item) => (
                <li key={item.path}>
                  <strong translate="no">{fileName(item.path)}</strong> — {DECISION_LABEL[item.decision].toLowerCase()}: {item.message ?? REFUSAL_LABEL[item.reasonCode ?? ''] ?? 'refused'}
                </li>
              ))}
            </ul>
          </Notice>
        ) : null}
        {DECISIONS.map((decision) => {
          const items = preview.items.filter((i) => i.ok && i.decision === decision);
          return items.length === 0 ? null : (
            <div key={decision} className="plan-group">
              <h3 className="subheading">
                {GROUP_TITLE[decision]} · {items.length}
              </h3>
              <ul className="plan-items">
                {items.map((item) => (
                  <PlanItem key={item.path} item={item} roots={roots} />
                ))}
              </ul>
            </div>
          );
        })}
      </section>

      {removing > 0 ? (
        <section className="card" aria-labelledby={`${id}-medium`}>
          <h2 id={`${id}-medium`}>What deleting can and cannot promise on this computer</h2>
          {caveats.map((caveat) => (
            <p key={caveat} className="caveat">
              {caveat}
            </p>
          ))}
          <p className="section-description">After cleaning up you will get a short checklist (Trash, cloud copies, backups, disk encryption) to finish the job.</p>
        </section>
      ) : null}

      <section className="card confirm-card" aria-labelledby={`${id}-confirm`}>
        <h2 id={`${id}-confirm`}>Confirm</h2>
        {totals.delete + totals.redact > 0 ? (
          <Notice tone="warning" title="Deleting cannot be undone">
            Deleted files and removed columns do not go to the Trash and cannot be brought back by this app. Keep a copy elsewhere first if you are unsure.
          </Notice>
        ) : null}
        {needsPassphrase ? (
          <div className="confirm-fields">
            <div className="decision-field">
              <label className="field-label" htmlFor={`${id}-pass`}>
                Archive passphrase
              </label>
              <input
                id={`${id}-pass`}
                type="password"
                autoComplete="new-password"
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
                aria-invalid={passphraseProblem ? true : undefined}
                aria-describedby={`${id}-pass-hint`}
              />
              <p id={`${id}-pass-hint`} className="field-description">
                Locks the archive. Without it the archived files cannot be opened again: keep it in your password manager.
              </p>
            </div>
            <div className="decision-field">
              <label className="field-label" htmlFor={`${id}-repeat`}>
                Passphrase again
              </label>
              <input
                id={`${id}-repeat`}
                type="password"
                autoComplete="new-password"
                value={repeat}
                onChange={(e) => setRepeat(e.target.value)}
                aria-invalid={passphraseProblem ? true : undefined}
                aria-describedby={passphraseProblem ? `${id}-pass-problem` : undefined}
              />
              {passphraseProblem ? (
                <p id={`${id}-pass-problem`} className="field-problem">
                  {passphraseProblem}
                </p>
              ) : null}
            </div>
          </div>
        ) : totals.archive > 0 ? (
          <p className="section-description">Archived files are locked with a key this app keeps, protected by your computer’s password store.</p>
        ) : null}
        {phrase ? (
          <div className="decision-field">
            <label className="field-label" htmlFor={`${id}-typed`}>
              To delete {count(totals.delete, 'file')}, type <span className="phrase">{phrase}</span>
            </label>
            <input
              id={`${id}-typed`}
              type="text"
              className="typed-confirmation"
              autoComplete="off"
              spellCheck={false}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
          </div>
        ) : null}
        {problem ? (
          <Notice tone="error" role="alert">
            {problem}
          </Notice>
        ) : null}
        <div className="confirm-actions">
          <button type="button" className="button button-secondary" onClick={onBack} disabled={busy}>
            <Icon name="back" size={16} />
            Change decisions
          </button>
          <button
            type="button"
            className="button button-primary button-large"
            disabled={busy || doable === 0 || !typedOk || !passphraseOk}
            onClick={() => onApply({ ...(phrase ? { confirmation: typed } : {}), ...(needsPassphrase ? { archivePassphrase: passphrase } : {}) })}
          >
            {doable === 0 ? 'Nothing can be done as planned' : `Carry out the plan for ${count(doable, 'file')}`}
          </button>
        </div>
      </section>
    </>
  );
}

function PlanItem({ item, roots }: { item: RemediationPreviewItem; roots: readonly string[] }) {
  return (
    <li className="plan-item">
      <span className="file-name" translate="no">
        {fileName(item.path)}
      </span>
      <span className="decision-folder" translate="no">
        {friendlyFolder(folderOf(item.path), roots)}
      </span>
      {item.size > 0 ? <span className="plan-size">{formatBytes(item.size)}</span> : null}
      {item.redaction ? (
        <span className="plan-redaction">
          Takes out {item.redaction.columns.length > 0 ? `column${item.redaction.columns.length > 1 ? 's' : ''} ${item.redaction.columns.join(', ')}` : 'no whole column'}
          {item.redaction.cells > 0 ? ` and ${count(item.redaction.cells, 'more cell')}` : ''}; everything else stays.
        </span>
      ) : null}
    </li>
  );
}
