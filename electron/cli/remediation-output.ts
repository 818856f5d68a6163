// What the remediation commands print: the dry run, one line per action as it happens, the
// medium's caveats once, the checklist and the verifying rescan. Paths on screen; the log itself
// holds masked paths only.
import { formatBytes } from '../../shared/bytes.js';
import type { ActionRecord, RemediationLog } from '../../shared/remediation.js';
import type { PlanPreview } from '../engine/remediate/index.js';

const VERB: Record<string, string> = { delete: 'delete', redact: 'redact', keep: 'keep', archive: 'archive' };

/** File names may hold newlines or terminal escapes: shown escaped, never interpreted. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function formatPreview(preview: PlanPreview): string {
  const lines: string[] = ['Plan (dry run: nothing has been changed)'];
  for (const item of preview.items) {
    const what = item.ok ? VERB[item.decision]! : `cannot ${VERB[item.decision]!}`;
    lines.push(`  ${what.padEnd(16)} ${printable(item.path)}${item.size ? ` (${formatBytes(item.size)})` : ''}`);
    if (item.redaction) {
      const cols = item.redaction.columns.length > 0 ? `columns ${item.redaction.columns.join(', ')}` : 'no whole column';
      lines.push(`                   takes out ${printable(cols)}${item.redaction.cells ? ` and ${item.redaction.cells} cells` : ''}`);
    }
    if (!item.ok) lines.push(`                   ${item.reasonCode}: ${item.message ?? ''}`);
  }
  const t = preview.totals;
  lines.push('');
  lines.push(`Total: ${t.delete} to delete, ${t.redact} to redact, ${t.archive} to archive, ${t.keep} to keep (${formatBytes(t.bytes)} removed or rewritten)${preview.refused ? `; ${preview.refused} cannot be done` : ''}.`);
  const caveats = [...new Set(preview.items.flatMap((i) => (i.ok && i.mediumCaveat ? [i.mediumCaveat] : [])))];
  if (caveats.length > 0) {
    lines.push('');
    lines.push('What deleting can and cannot assure here:');
    for (const c of caveats) lines.push(`  ${c}`);
  }
  return lines.join('\n') + '\n';
}

export function formatAction(record: ActionRecord, path: string, index: number, total: number): string {
  const head = `[${index + 1}/${total}] ${record.result.padEnd(8)} ${VERB[record.decision]!.padEnd(8)} ${printable(path)}`;
  const detail = record.result === 'done' ? (record.message ? `\n          ${record.message}` : '') : `\n          ${record.reasonCode ?? ''}: ${record.message ?? ''}`;
  return head + detail + '\n';
}

export function formatChecklist(log: RemediationLog): string {
  if (log.checklist.length === 0) return '';
  const lines = ['', 'To finish the job outside this tool (confirm each with --confirmed ID once done):'];
  for (const c of log.checklist) lines.push(`  [${c.confirmed ? 'x' : ' '}] ${c.id ?? ''}: ${c.item}`);
  return lines.join('\n') + '\n';
}

export function formatVerification(log: RemediationLog): string {
  const v = log.verification;
  if (!v) return '';
  const done = log.actions.filter((a) => a.result === 'done' && a.decision !== 'keep').length;
  const kept = log.actions.filter((a) => a.result === 'done' && a.decision === 'keep');
  const lines = ['', 'Verifying rescan', `  Files remediated: ${done}`, `  Files kept with a reason: ${kept.length}`];
  for (const k of kept) lines.push(`    ${k.maskedPath}: ${k.keepReason ?? ''}${k.until ? ` until ${k.until}` : ''}`);
  lines.push(`  Customer data remaining: ${v.remaining.length}`);
  for (const r of v.remaining) lines.push(`    ${r.maskedPath}: ${r.explanation}`);
  if (v.filesNotInspected > 0) lines.push(`  ${v.filesNotInspected} files could not be inspected by the rescan.`);
  lines.push(v.remaining.length === 0 ? '  Clean: no customer data remains outside what is kept with a reason.' : '  Not clean: see the files above.');
  return lines.join('\n') + '\n';
}
