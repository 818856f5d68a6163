// Carrying out the plan and what came of it: a progress bar with the step in progress and a way
// to stop, then one line per file — done, or left as it was and why — with what deleting assured.
import type { RemediationResult } from '../../../shared/api-remediation';
import { fileName, folderOf, friendlyFolder } from '../paths';
import { count } from '../text/numbers';
import { Icon } from './Icon';
import { ProgressBar } from './ProgressBar';
import { resultHeadline } from './RemediateText';

const STEP_LABEL: Record<string, string> = {
  'overwrite-pass': 'Overwriting with random bytes',
  truncate: 'Emptying',
  rename: 'Renaming',
  'rename-back': 'Putting the name back',
  unlink: 'Removing',
  'fsync-folder': 'Updating the folder',
  'write-redacted': 'Writing the copy without customer columns',
  'rename-redacted': 'Putting the cleaned copy in place',
  'encrypt-aes-256-gcm': 'Encrypting into the archive',
};

export function stepLabel(step: string): string {
  return STEP_LABEL[step] ?? STEP_LABEL[step.replace(/-\d+$/, '')] ?? 'Working';
}

export function RemediateProgress({
  done,
  total,
  current,
  stopping,
  onStop,
}: {
  done: number;
  total: number;
  current?: { path: string; step: string };
  stopping: boolean;
  onStop(): void;
}) {
  return (
    <section className="card" aria-labelledby="remediate-progress-title">
      <div className="section-head">
        <h2 id="remediate-progress-title">{stopping ? 'Stopping after this file…' : 'Cleaning up'}</h2>
        <span className="section-aside">
          <strong>{done}</strong> of {count(total, 'file')}
        </span>
      </div>
      <ProgressBar fraction={total > 0 ? done / total : undefined} label="Clean-up progress" valueText={`${done} of ${count(total, 'file')} done`} />
      <p className="progress-step" aria-live="polite">
        {current ? (
          <>
            {stepLabel(current.step)}:{' '}
            <span className="file-name" translate="no">
              {fileName(current.path)}
            </span>
          </>
        ) : (
          'Starting…'
        )}
      </p>
      <div>
        <button type="button" className="button button-secondary" onClick={onStop} disabled={stopping}>
          <Icon name="stop" size={16} />
          Stop after this file
        </button>
        <p className="field-description">A file is never left half-done: the one in progress is finished, the rest are left as they are.</p>
      </div>
    </section>
  );
}

export function RemediateResults({ results, roots }: { results: RemediationResult[]; roots: readonly string[] }) {
  const done = results.filter((r) => r.record.result === 'done').length;
  return (
    <section className="card" aria-labelledby="remediate-results-title">
      <div className="section-head">
        <h2 id="remediate-results-title">What was done</h2>
        <span className="section-aside">
          <strong>{done}</strong> of {count(results.length, 'file')} done
        </span>
      </div>
      <ul className="result-list" aria-label="Result for each file">
        {results.map((r) => (
          <li key={r.index} className={`result-row result-${r.record.result}`}>
            <Icon name={r.record.result === 'done' ? 'check' : 'warning'} size={18} />
            <div className="result-text">
              <span className="file-name" translate="no">
                {fileName(r.path)}
              </span>
              <span className="decision-folder" translate="no">
                {friendlyFolder(folderOf(r.path), roots)}
              </span>
              <span className="result-headline">{resultHeadline(r.record)}</span>
              {r.record.result !== 'done' && r.record.message ? <span className="result-message">{r.record.message}</span> : null}
              {r.record.result === 'done' && r.record.decision === 'redact' && r.record.message ? <span className="result-message">{r.record.message}</span> : null}
              {r.record.note ? <span className="result-message">Note: {r.record.note}</span> : null}
              {r.record.mediumCaveat && r.record.result === 'done' ? (
                <details className="result-caveat">
                  <summary>What deleting assured here</summary>
                  <p>{r.record.mediumCaveat}</p>
                </details>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
