// One row per checked report: a clear pass or fail, the verdict and seller of a report that
// verified, and for one that did not, the reason in a sentence (never its untrusted content).
import type { VerifiedReport, VerifyReportsResult } from '../../../shared/api-attestation';
import { VERDICT_TITLES, type Verdict } from '../../../shared/attestation';
import { groupFingerprint } from './AttestResult';
import { Icon } from './Icon';

const VERDICT_CLASS: Record<Verdict, string> = { clean: 'is-clean', 'clean-with-exceptions': 'is-exceptions', 'customer-data-remains': 'is-remains' };

const REASON_TITLES: Record<Extract<VerifiedReport, { ok: false }>['reason'], string> = {
  unreadable: 'Cannot be read',
  'json-invalid': 'Not a report',
  'pdf-unreadable': 'Damaged PDF',
  'attachment-missing': 'No signed data inside',
  'schema-invalid': 'Not a valid report',
  'fingerprint-mismatch': 'Altered',
  'signature-invalid': 'Altered after signing',
  'json-pdf-mismatch': 'Pages do not match',
  'key-mismatch': 'Signed by another key',
};

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function VerifyResults({ result }: { result: VerifyReportsResult }) {
  const { rows } = result;
  const passed = rows.filter((r) => r.ok).length;
  const keyChecked = result.expectedFingerprint !== undefined;
  return (
    <section className="card verify-results" aria-labelledby="verify-results-title">
      <div className="section-head">
        <h2 id="verify-results-title" tabIndex={-1}>
          {passed === rows.length ? (rows.length === 1 ? 'The report verified' : `All ${rows.length} reports verified`) : `${passed} of ${rows.length} ${rows.length === 1 ? 'report' : 'reports'} verified`}
        </h2>
        <p className="section-aside">
          {keyChecked ? (
            <>
              Checked against key <span className="verify-fingerprint">{groupFingerprint(result.expectedFingerprint!).slice(0, 19)}…</span>
            </>
          ) : (
            'No seller key given'
          )}
        </p>
      </div>
      <div className="verify-table-wrap">
        <table className="verify-table">
          <thead>
            <tr>
              <th scope="col">Report</th>
              <th scope="col">Check</th>
              <th scope="col">Verdict and seller</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={`${i}-${row.name}`} className={row.ok ? 'is-verified' : 'is-failed'}>
                <th scope="row" className="verify-name">
                  {row.name}
                  {row.form ? <span className="verify-form">{row.form === 'pdf' ? 'PDF' : 'JSON'}</span> : null}
                </th>
                <td>
                  <span className={`verify-status ${row.ok ? 'is-verified' : 'is-failed'}`}>
                    <Icon name={row.ok ? 'check' : 'close'} size={16} />
                    {row.ok ? 'Verified' : 'Not verified'}
                  </span>
                </td>
                {row.ok ? (
                  <>
                    <td>
                      <span className={`verify-verdict ${VERDICT_CLASS[row.verdict]}`}>{VERDICT_TITLES[row.verdict]}</span>
                      <span className="verify-seller">
                        {row.business}
                        {row.reference ? ` · ${row.reference}` : ''}
                      </span>
                      <span className="verify-meta">
                        Issued {dateFormat.format(new Date(row.issuedAt))} by {row.attester}
                      </span>
                    </td>
                    <td className="verify-detail">
                      <p>{row.verdictLine}</p>
                      <p className="verify-meta">
                        Report code {row.code} · key <span className="verify-fingerprint">{groupFingerprint(row.keyFingerprint)}</span>
                      </p>
                      {keyChecked ? null : <p className="verify-note">The report is intact. Compare its key with the fingerprint the seller gave you, or enter it above.</p>}
                    </td>
                  </>
                ) : (
                  <>
                    <td>
                      <span className="verify-reason-title">{REASON_TITLES[row.reason]}</span>
                    </td>
                    <td className="verify-detail">
                      <p>{row.message}</p>
                      {row.keyFingerprint ? (
                        <p className="verify-meta">
                          Signed with key <span className="verify-fingerprint">{groupFingerprint(row.keyFingerprint)}</span>
                        </p>
                      ) : null}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
