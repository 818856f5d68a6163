// The human summary of a scan printed to stdout: files with customer data by risk, then what
// could not be checked. Counts, paths and masked evidence only.
import { formatBytes } from '../../shared/bytes.js';
import { CATEGORIES, RISKS, type FileResult, type Risk, type ScanReport } from '../../shared/types.js';

const RISK_ORDER: Record<Risk, number> = { high: 0, medium: 1, low: 2, none: 3 };
const MAX_LISTED = 50;

export function formatScanSummary(report: ScanReport): string {
  const lines: string[] = [];
  const found = report.files.filter((f) => f.risk !== 'none');
  const notInspected = report.files.filter((f) => f.status !== 'scanned');
  const s = report.summary;

  found.sort((a, b) => RISK_ORDER[a.risk] - RISK_ORDER[b.risk] || b.records - a.records || (a.path < b.path ? -1 : 1));
  if (found.length > 0) {
    lines.push('Files with customer data');
    lines.push(table(
      ['Risk', 'Records', 'Names', 'Emails', 'Phones', 'Addresses', 'File'],
      found.slice(0, MAX_LISTED).map((f) => [f.risk, String(f.records), ...CATEGORIES.map((c) => String(f.findings[c])), f.path]),
    ));
    if (found.length > MAX_LISTED) lines.push(`… and ${found.length - MAX_LISTED} more (see --json for the full list)`);
    lines.push('');
  }

  if (notInspected.length > 0) {
    lines.push('Not inspected (the scan cannot vouch for these)');
    lines.push(table(['Reason', 'File', 'Why'], notInspected.slice(0, MAX_LISTED).map((f) => [f.reason ?? '', f.path, f.message ?? ''])));
    if (notInspected.length > MAX_LISTED) lines.push(`… and ${notInspected.length - MAX_LISTED} more (see --json for the full list)`);
    lines.push('');
  }

  lines.push('Summary');
  const byRisk = RISKS.filter((r) => r !== 'none').map((r) => `${report.files.filter((f) => f.risk === r).length} ${r}`).join(', ');
  lines.push(table(['', ''], [
    ['Files seen', String(s.filesSeen)],
    ['Files checked', `${s.filesScanned} (${formatBytes(s.bytesScanned)})`],
    ['With customer data', `${s.filesWithCustomerData} (${byRisk})`],
    ['Customer records', String(s.records)],
    ['Values found', CATEGORIES.map((c) => `${s.byCategory[c]} ${c}`).join(', ')],
    ['Not inspected', String(s.filesNotInspected)],
  ]));
  if (report.cancelled) lines.push('The scan was cancelled: only part of the folders was checked.');
  else if (s.filesWithCustomerData === 0 && s.filesNotInspected === 0) lines.push('No customer data found.');
  else if (s.filesWithCustomerData === 0) lines.push(`No customer data found in the files checked, but ${s.filesNotInspected} could not be checked (listed above).`);
  return lines.join('\n') + '\n';
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))));
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const out = header.some(Boolean) ? [fmt(header), fmt(widths.map((w) => '─'.repeat(w)))] : [];
  for (const row of rows) out.push(fmt(row.map(printable)));
  return out.join('\n');
}

/** File names may hold newlines or terminal escapes: show them escaped, never interpreted. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
