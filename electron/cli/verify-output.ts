// What `cda verify` prints: a detailed summary for one report, one row per report for a batch,
// and the CSV of `--csv`. A report that fails shows its reason only, never its (untrusted) verdict.
import { formatBytes } from '../../shared/bytes.js';
import { VERDICT_TITLES } from '../../shared/attestation.js';
import { formatFingerprint } from '../engine/attest/keys.js';
import { formatCount, formatTime, plural } from '../engine/attest/report-wording.js';
import type { VerifyOutcome } from '../engine/attest/verify.js';

export interface Checked {
  file: string;
  outcome: VerifyOutcome;
}

export function formatDetail({ file, outcome }: Checked, keyChecked: boolean): string {
  if (!outcome.ok) return `NOT VERIFIED  ${printable(file)}\n  Reason: ${outcome.reason}. ${outcome.message}\n`;
  const { payload: p, signature } = outcome.attestation;
  const o = p.outcome;
  const rows: Array<[string, string]> = [
    ['Verdict', p.verdictLine],
    ['Business', p.seller.business],
    ['Attested by', p.seller.attester],
    ['Reference', p.seller.reference ?? '(none)'],
    ['Issued', formatTime(p.generatedAt)],
    ['Scan', `${formatTime(p.times.scanStartedAt)} to ${formatTime(p.times.scanFinishedAt)}, ${plural(p.scope.roots.length, 'folder')}`],
    ['Examined', `${plural(p.examined.files, 'file')} (${formatBytes(p.examined.bytes)}); not inspected: ${formatCount(p.notInspected.length)}`],
    ['Found', p.found.files === 0 ? 'no customer data' : `${plural(p.found.files, 'file')} with customer data, ${plural(p.found.records, 'record')}`],
    ['Now', `${plural(o.filesWithCustomerData, 'file')} with customer data, ${formatCount(o.filesKept)} kept with a reason${o.verifiedByRescan ? ', confirmed by a rescan' : ''}`],
    ['Actions', p.actions.length === 0 ? 'none recorded' : `${formatCount(p.actions.length)} (${formatCount(p.actions.filter((a) => a.result === 'done').length)} done)`],
    ['Signed with', `${formatFingerprint(signature.fingerprint)}${keyChecked ? ' (the expected key)' : ''}`],
    ['Report code', outcome.code],
  ];
  const lines = [`VERIFIED  ${printable(file)}  (${outcome.form === 'pdf' ? 'PDF and its signed attachment' : 'signed JSON'})`];
  for (const [label, value] of rows) lines.push(`  ${label.padEnd(12)} ${printable(value)}`);
  if (!keyChecked) lines.push('  Note: the signature is intact, but no --key was given: compare the fingerprint above with the one the seller gave you.');
  return lines.join('\n') + '\n';
}

export function formatBatch(checked: Checked[], keyChecked: boolean): string {
  const header = ['Status', 'Verdict', 'Business', 'Reference', 'Issued', 'Code', 'File / reason'];
  const rows = checked.map(({ file, outcome }) =>
    outcome.ok
      ? ['verified', VERDICT_TITLES[outcome.attestation.payload.verdict], outcome.attestation.payload.seller.business, outcome.attestation.payload.seller.reference ?? '', outcome.attestation.payload.generatedAt.slice(0, 10), outcome.code, file]
      : ['FAILED', '', '', '', '', '', `${file}: ${outcome.reason}: ${outcome.message}`],
  );
  const widths = header.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => printable(r[i] ?? '').length))));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? printable(c) : fit(printable(c), widths[i]!))).join('  ').trimEnd();
  const ok = checked.filter((c) => c.outcome.ok).length;
  const lines = [fmt(header), fmt(widths.map((w) => '─'.repeat(w))), ...rows.map(fmt), '', `${ok} of ${checked.length} reports verified.`];
  if (!keyChecked && ok > 0) lines.push('No --key was given: signatures are intact, but whose key signed them was not checked.');
  return lines.join('\n') + '\n';
}

const CSV_HEADER = [
  'file', 'status', 'reason', 'message', 'verdict', 'verdict_line', 'business', 'attester', 'reference', 'issued_at',
  'scan_started_at', 'scan_finished_at', 'files_examined', 'files_not_inspected', 'files_with_customer_data_found',
  'files_with_customer_data_now', 'files_kept', 'verified_by_rescan', 'key_fingerprint', 'report_code',
];

export function formatCsv(checked: Checked[]): string {
  const rows = checked.map(({ file, outcome }) => {
    if (!outcome.ok) return [file, 'failed', outcome.reason, outcome.message, ...Array(CSV_HEADER.length - 4).fill('')];
    const { payload: p, signature } = outcome.attestation;
    return [
      file, 'verified', '', '', p.verdict, p.verdictLine, p.seller.business, p.seller.attester, p.seller.reference ?? '', p.generatedAt,
      p.times.scanStartedAt, p.times.scanFinishedAt, p.examined.files, p.notInspected.length, p.found.files,
      p.outcome.filesWithCustomerData, p.outcome.filesKept, p.outcome.verifiedByRescan, signature.fingerprint, outcome.code,
    ];
  });
  return [CSV_HEADER, ...rows].map((row) => row.map((cell) => csvCell(String(cell))).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  // A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** File names and report fields may hold terminal escapes: show them escaped, never interpreted. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
