// A file kept as "not customer data" is a false alarm: its path is offered to the scan's
// exclusions so that the next scan does not flag it again (the app adds it to Settings → exclude).
import type { RemediationPlan } from '../../../shared/remediation.js';
import { relative } from 'node:path';

/** Exclusion patterns (root-relative paths) for the files kept as not customer data. */
export function allowlistAdditions(plan: RemediationPlan): string[] {
  return plan.items
    .filter((item) => item.decision === 'keep' && item.reason === 'not-customer-data' && !item.path.includes('!'))
    .flatMap((item) => {
      const root = plan.roots.find((r) => !relative(r, item.path).startsWith('..'));
      return root ? [relative(root, item.path).split('\\').join('/')] : [];
    });
}
