// The checks a plan item passes before anything is done to its file, shared by the dry run and
// the real run so that the dry run refuses exactly what the real run would.
import type { PlanItem, RemediationPlan } from '../../../shared/remediation.js';
import { guardFile, type GuardedFile } from './guard.js';
import { isArchiveEntry, UNKNOWN_SHA256 } from './plan.js';
import { refuse, type Refusal } from './refusal.js';

/** Whether the item's own fields are complete, before the file is looked at. */
export function checkItem(item: PlanItem): Refusal | undefined {
  if (isArchiveEntry(item.path)) {
    return item.decision === 'keep' ? undefined : refuse('inside-archive', 'This is an entry inside an archive or mail file; act on the archive file itself.');
  }
  if (item.sha256 === UNKNOWN_SHA256) return refuse('not-in-scan', 'The scan has no fingerprint of this file, so it is not touched. Scan it first.');
  if ((item.decision === 'keep' || item.decision === 'archive') && !item.reason) {
    return refuse('reason-required', 'Keeping or archiving a file needs a reason (tax or accounting retention, legal hold, not customer data, test data).');
  }
  return undefined;
}

/** Opens the file for the item's decision (write for anything that changes it), after every check. */
export function guardItem(plan: RemediationPlan, item: PlanItem): Promise<GuardedFile | Refusal> {
  return guardFile({
    path: item.path,
    roots: plan.roots,
    sha256: item.sha256,
    mode: 'write',
    keepBytes: item.decision === 'redact' || item.decision === 'archive',
  });
}
