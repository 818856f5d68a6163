// The report once made: its verdict as the account manager will read it, the numbers behind it,
// the key fingerprint to pass on, and saving and opening the PDF.
import type { AttestationSummary, SavedAttestation } from '../../../shared/api-attestation';
import { VERDICT_TITLES, type Verdict } from '../../../shared/attestation';
import { formatBytes } from '../../../shared/bytes';
import { count } from '../text/numbers';
import { Icon } from './Icon';
import { Notice } from './Notice';
import { StatTiles, type Stat } from './StatTiles';

const VERDICT_TONE: Record<Verdict, 'good' | 'warning' | 'alert'> = { clean: 'good', 'clean-with-exceptions': 'warning', 'customer-data-remains': 'alert' };

/** `1a2b3c4d…` → `1a2b 3c4d …`, as the PDF prints it. */
export function groupFingerprint(fingerprint: string): string {
  return fingerprint.match(/.{1,4}/g)?.join(' ') ?? fingerprint;
}

export function AttestResult({
  summary,
  saved,
  saving,
  problem,
  onSave,
  onOpen,
  onEdit,
}: {
  summary: AttestationSummary;
  saved?: SavedAttestation;
  saving: boolean;
  problem?: string;
  onSave(): void;
  onOpen(): void;
  onEdit(): void;
}) {
  const c = summary.counts;
  const stats: Stat[] = [
    { label: 'Files examined', value: count(c.filesExamined, 'file'), hint: formatBytes(c.bytesExamined) },
    { label: 'Not inspected', value: String(c.filesNotInspected), hint: c.filesNotInspected > 0 ? 'Listed in the report with the reason' : 'Every file was read', tone: c.filesNotInspected > 0 ? 'warning' : 'good' },
    { label: 'Found by the scan', value: count(c.filesFound, 'file'), hint: c.records > 0 ? `${count(c.records, 'customer record')}` : 'No customer data' },
    {
      label: 'Still holding customer data',
      value: String(c.filesRemaining),
      hint: c.filesKept > 0 ? `and ${count(c.filesKept, 'file')} kept with a reason` : summary.verifiedByRescan ? 'Confirmed by a second scan' : summary.remediated ? 'Not confirmed by a second scan' : 'No clean-up recorded',
      tone: c.filesRemaining > 0 ? 'alert' : 'good',
    },
  ];
  const tone = VERDICT_TONE[summary.verdict];
  return (
    <section className="attest-result" aria-labelledby="attest-result-title">
      <div className={`card attest-verdict tone-${tone}`}>
        <p className="attest-verdict-label">
          <Icon name={tone === 'good' ? 'shield' : 'warning'} size={18} /> Verdict: {VERDICT_TITLES[summary.verdict]}
        </p>
        <h2 id="attest-result-title" tabIndex={-1} className="attest-verdict-line">
          {summary.verdictLine}
        </h2>
        <p className="muted">This is the first line of your report, exactly as your account manager will read it.</p>
      </div>

      <StatTiles stats={stats} label="What the report says" />

      <dl className="card attest-facts" aria-label="About this report">
        <div>
          <dt>Report code</dt>
          <dd className="attest-code">{summary.code}</dd>
        </div>
        <div>
          <dt>Your key fingerprint</dt>
          <dd className="attest-fingerprint">{groupFingerprint(summary.keyFingerprint)}</dd>
        </div>
        <div>
          <dt>Text in pictures (OCR)</dt>
          <dd>{summary.ocr.enabled ? `On${summary.ocr.languages.length ? ` (${summary.ocr.languages.map(languageName).join(', ')})` : ''}` : 'Off: pictures and scans were not read'}</dd>
        </div>
        <div>
          <dt>For</dt>
          <dd>
            {summary.business}
            {summary.reference ? ` · reference ${summary.reference}` : ''}
          </dd>
        </div>
      </dl>

      {summary.keyCreated ? (
        <Notice tone="info" title="A signing key was made for this computer">
          Every report from this app is signed with it. Tell your account manager the key fingerprint above in a separate message or call, so they can check that reports really come from you.
        </Notice>
      ) : (
        <p className="muted attest-key-hint">Give your account manager the key fingerprint above separately (by phone, or in your seller portal), so they can check the report is yours.</p>
      )}

      {problem ? (
        <Notice tone="error" role="alert">
          {problem}
        </Notice>
      ) : null}

      {saved ? (
        <Notice tone="success" title="Report saved" role="status">
          <span className="attest-saved-path">{saved.pdfPath}</span>
          <br />
          The signed data is inside the PDF; the same data is also saved beside it as <span className="attest-saved-path">{fileName(saved.jsonPath)}</span>. Send the PDF to your account manager.
        </Notice>
      ) : null}

      <div className="action-bar">
        <button type="button" className="button button-secondary" onClick={onEdit} disabled={saving}>
          <Icon name="back" /> Change the details
        </button>
        <div className="header-actions">
          {saved ? (
            <button type="button" className="button button-secondary" onClick={onOpen}>
              Open the report
            </button>
          ) : null}
          <button type="button" className={`button ${saved ? 'button-secondary' : 'button-primary'}`} onClick={onSave} disabled={saving}>
            {saving ? 'Saving…' : saved ? 'Save another copy…' : `Save the report (PDF, ${formatBytes(summary.pdfBytes)})…`}
          </button>
        </div>
      </div>
    </section>
  );
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

const LANGUAGES: Record<string, string> = { eng: 'English', deu: 'German', fra: 'French', spa: 'Spanish', ita: 'Italian', nld: 'Dutch', pol: 'Polish' };

function languageName(code: string): string {
  return LANGUAGES[code] ?? code;
}
