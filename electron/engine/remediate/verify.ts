// The verifying rescan: the plan's roots are scanned again and every file still holding customer
// data is either kept with a recorded reason or listed as remaining, with why. A clean result has
// nothing remaining.
import { maskPath } from '../../../shared/mask.js';
import type { RemediationLog, RemediationPlan } from '../../../shared/remediation.js';
import { holdsCustomerData, type ScanReport } from '../../../shared/types.js';
import type { ScanOptions } from '../scan-options.js';
import { rescanChanged } from './rescan.js';

const KEEP_LABELS: Record<string, string> = {
  'tax-retention': 'tax or accounting retention',
  'legal-hold': 'legal hold',
  'not-customer-data': 'not customer data',
  'test-data': 'test data',
};

/**
 * Rescans the plan's roots, fills log.verification: remaining customer data not kept with a
 * reason. Given the scan the plan came from, only files the plan touched or that changed since
 * are read again (`filesRead`).
 */
export async function verifyRemediation(
  log: RemediationLog,
  plan: RemediationPlan,
  scanOptions: Partial<ScanOptions> = {},
  previous?: ScanReport,
): Promise<{ log: RemediationLog; report: ScanReport; filesRead: number }> {
  const touched = new Set(plan.items.map((i) => i.path));
  const { report, filesRead } = await rescanChanged(plan.roots, touched, scanOptions, previous);
  // The log's actions are in the plan's order: item i was carried out as action i.
  const outcomeByPath = new Map(plan.items.map((item, i) => [item.path, { item, action: log.actions[i] }]));
  const remaining: NonNullable<RemediationLog['verification']>['remaining'] = [];
  for (const file of report.files) {
    if (!holdsCustomerData(file)) continue;
    const outer = file.path.split('!')[0]!;
    const found = outcomeByPath.get(file.path) ?? outcomeByPath.get(outer);
    const action = found?.action;
    if (action?.decision === 'keep' && action.result === 'done') continue;
    remaining.push({ maskedPath: maskPath(file.path), ...(file.sha256 ? { sha256: file.sha256 } : {}), explanation: explain(found?.item.decision, action) });
  }
  const verification = {
    at: new Date().toISOString(),
    filesScanned: report.summary.filesScanned,
    filesWithCustomerData: report.summary.filesWithCustomerData,
    filesNotInspected: report.summary.filesNotInspected,
    remaining,
  };
  return { log: { ...log, verification }, report, filesRead };
}

function explain(decision: string | undefined, action: RemediationLog['actions'][number] | undefined): string {
  if (!decision || !action) return 'No decision was taken for this file: delete, redact, archive or keep it with a reason.';
  if (action.result === 'refused' || action.result === 'failed') return `Not remediated (${action.reasonCode ?? action.result}): ${action.message ?? 'see the log.'}`;
  if (action.result === 'skipped') return 'Skipped: the run was stopped before this file.';
  if (decision === 'redact') return 'Redacted, but customer data is still found in the file written back: delete or archive it.';
  if (decision === 'keep') return `Kept (${KEEP_LABELS[action.keepReason ?? ''] ?? 'no reason'}).`;
  return 'Still found after remediation: a file with the same name is there again.';
}

/** Whether the verification is clean: nothing remaining and the rescan read everything. */
export function isClean(log: RemediationLog): boolean {
  return log.verification !== undefined && log.verification.remaining.length === 0;
}
