// The verifying rescan: the folders are read again (only what changed) and the result says what
// was cleaned up, what is kept and why, and whether any customer data remains — with why.
import type { RemediationVerification } from '../../../shared/api-remediation';
import type { ScanProgress } from '../../../shared/progress';
import { fileName } from '../paths';
import { count } from '../text/numbers';
import { Icon } from './Icon';
import { Notice } from './Notice';
import { ProgressBar } from './ProgressBar';
import { StatTiles } from './StatTiles';
import { KEEP_REASON_LABEL, formatDay } from './RemediateText';

export function RemediateVerification({
  verification,
  verifying,
  progress,
  onVerify,
  onAttest,
  onDecideAgain,
}: {
  verification?: RemediationVerification;
  verifying: boolean;
  progress?: ScanProgress;
  onVerify(): void;
  onAttest(): void;
  onDecideAgain?: () => void;
}) {
  return (
    <section className="card" aria-labelledby="verify-title">
      <div className="section-head">
        <h2 id="verify-title">Check that it worked</h2>
        {verification ? <span className="section-aside">{count(verification.filesRead, 'file')} read again</span> : null}
      </div>
      {!verification && !verifying ? (
        <p className="section-description">We scan the same folders again — only the files that changed need reading — and list anything that still holds customer data.</p>
      ) : null}
      {verifying ? (
        <ProgressBar
          fraction={progress?.walkDone ? progress.fraction : undefined}
          label="Checking progress"
          valueText={progress?.walkDone ? `${progress.filesDone} of ${count(progress.filesFound, 'changed file')} read` : 'Looking for changed files'}
        />
      ) : null}
      {verification ? (
        <>
          <StatTiles
            label="Result of the check"
            stats={[
              { label: 'Files cleaned up', value: String(verification.remediated), tone: 'good', hint: 'Deleted, columns removed or archived' },
              { label: 'Kept with a reason', value: String(verification.kept.length), hint: 'Recorded in the report' },
              {
                label: 'Customer data remaining',
                value: String(verification.remaining.length),
                tone: verification.remaining.length === 0 ? 'good' : 'alert',
                hint: verification.remaining.length === 0 ? 'Nothing left unexplained' : 'Without a recorded reason',
              },
            ]}
          />
          {verification.clean ? (
            <Notice tone="success" title="Clean: no customer data remains without a reason" role="status">
              Every file that held customer data was cleaned up{verification.kept.length > 0 ? ', or is kept with the reason you recorded' : ''}.
            </Notice>
          ) : (
            <Notice tone="warning" title={`${count(verification.remaining.length, 'file')} still hold customer data`} role="status">
              <ul className="remaining-list">
                {verification.remaining.map((r) => (
                  <li key={r.maskedPath}>
                    <strong translate="no">{fileName(r.path ?? r.maskedPath)}</strong> — {r.explanation}
                  </li>
                ))}
              </ul>
              <p>Your report will list these. Decide for them and check again for a clean result.</p>
            </Notice>
          )}
          {verification.kept.length > 0 ? (
            <div>
              <h3 className="subheading">Kept</h3>
              <ul className="kept-list">
                {verification.kept.map((k) => (
                  <li key={k.path}>
                    <span className="file-name" translate="no">
                      {fileName(k.path)}
                    </span>{' '}
                    — {k.reason ? KEEP_REASON_LABEL[k.reason] : 'no reason'}
                    {k.until ? `, until ${formatDay(k.until)}` : ''}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : null}
      <div className="confirm-actions">
        {onDecideAgain ? (
          <button type="button" className="button button-secondary" onClick={onDecideAgain} disabled={verifying}>
            Decide for the files left
          </button>
        ) : null}
        <button type="button" className={verification ? 'button button-secondary' : 'button button-primary button-large'} onClick={onVerify} disabled={verifying}>
          <Icon name="refresh" size={16} />
          {verifying ? 'Checking…' : verification ? 'Check again' : 'Check the folders again'}
        </button>
        {verification ? (
          <button type="button" className="button button-primary button-large" onClick={onAttest} disabled={verifying}>
            Go on to the report
          </button>
        ) : null}
      </div>
    </section>
  );
}
