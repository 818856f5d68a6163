// The plan a seller confirms: one item per file of the scan with the decision taken for it.
// Hashes come from the scan, so a file changed since is refused when the plan is applied.
import type { FileResult, ScanReport } from '../../../shared/types.js';
import { planSchema, type Decision, type KeepReason, type PlanItem, type RemediationPlan } from '../../../shared/remediation.js';

/** One decision the seller took for a file of the scan. */
export interface DecisionInput {
  path: string;
  decision: Decision;
  reason?: KeepReason;
  note?: string;
  until?: string;
  passes?: number;
}

/** Formats that are written back faithfully after taking columns or cells out. */
const REDACTABLE = new Set<FileResult['format']>(['csv', 'tsv', 'xlsx']);

/** Which decisions a file of the scan can take (redact only for formats written back faithfully; nothing but keep inside archives). */
export function decisionsOffered(file: FileResult): Decision[] {
  // An entry inside a ZIP or mail is no file of its own: the archive holding it is acted on.
  if (isArchiveEntry(file.path)) return ['keep'];
  const offered: Decision[] = ['delete'];
  if (file.status === 'scanned' && REDACTABLE.has(file.format) && file.risk !== 'none') offered.push('redact');
  offered.push('keep', 'archive');
  return offered;
}

export function isArchiveEntry(path: string): boolean {
  return path.includes('!');
}

/** `--delete-all-high`: every high-risk file of the scan, decision delete. */
export function highRiskDecisions(scan: ScanReport): DecisionInput[] {
  return scan.files.filter((f) => f.risk === 'high' && !isArchiveEntry(f.path)).map((f) => ({ path: f.path, decision: 'delete' as const }));
}

/**
 * Builds a cda.plan/1 from the scan and the decisions. A decision for a path the scan does not
 * know (or without a hash) keeps an all-zero hash, so applying it is refused as changed: the
 * plan never lets a file be touched that the scan did not see as it is now.
 */
export function buildPlan(scan: ScanReport, decisions: readonly DecisionInput[], now: Date = new Date()): RemediationPlan {
  const byPath = new Map(scan.files.map((f) => [f.path, f]));
  const seen = new Set<string>();
  const items: PlanItem[] = [];
  for (const d of decisions) {
    if (seen.has(d.path)) continue;
    seen.add(d.path);
    const file = byPath.get(d.path);
    items.push({
      path: d.path,
      sha256: file?.sha256 ?? UNKNOWN_SHA256,
      decision: d.decision,
      ...(d.reason ? { reason: d.reason } : {}),
      ...(d.note ? { note: d.note.slice(0, 1000) } : {}),
      ...(d.until ? { until: d.until } : {}),
      ...(d.passes ? { passes: d.passes } : {}),
    });
  }
  return planSchema.parse({ schema: 'cda.plan/1', createdAt: now.toISOString(), roots: scan.roots, scanStartedAt: scan.startedAt, items });
}

/** Stands for "the scan has no hash for this file": no real file hashes to it. */
export const UNKNOWN_SHA256 = '0'.repeat(64);
