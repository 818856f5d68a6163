// The verdict rules. clean: no customer data remains and every file was inspected.
// clean-with-exceptions: no customer data remains except in files kept with a recorded reason,
// or some files could not be inspected, or the scan was cancelled, or a remediation was not
// confirmed by a verifying rescan. customer-data-remains: anything else. The one-line verdict
// names every exception, so a report with files not inspected always says so at the top.
import { VERDICT_TITLES, type Verdict } from '../../../shared/attestation.js';

export interface Outcome {
  /** Files still holding customer data that were not kept with a recorded reason. */
  filesWithCustomerData: number;
  filesKept: number;
  filesNotInspected: number;
  remediated: boolean;
  verifiedByRescan: boolean;
}

export interface VerdictFacts extends Outcome {
  scanCancelled: boolean;
  filesExamined: number;
  /** Files where the original scan found customer data. */
  filesFound: number;
}

export function decideVerdict(facts: VerdictFacts): { verdict: Verdict; verdictLine: string } {
  const notInspected = facts.filesNotInspected > 0 ? `${files(facts.filesNotInspected)} could not be inspected` : undefined;
  const cancelled = facts.scanCancelled ? 'the scan was cancelled before every file was read' : undefined;
  const unverified = facts.remediated && !facts.verifiedByRescan ? 'the clean-up was not confirmed by a verifying rescan' : undefined;

  if (facts.filesWithCustomerData > 0) {
    const still = `${files(facts.filesWithCustomerData)} still ${facts.filesWithCustomerData === 1 ? 'holds' : 'hold'} customer data`;
    const kept = facts.filesKept > 0 ? `${files(facts.filesKept)} kept with a recorded reason` : undefined;
    return line('customer-data-remains', [still, kept, notInspected, cancelled, unverified]);
  }
  const exceptions = [notInspected, cancelled, unverified];
  if (facts.filesKept > 0) {
    return line('clean-with-exceptions', [`no customer data remains except in ${files(facts.filesKept)} kept with a recorded reason`, ...exceptions]);
  }
  if (exceptions.some(Boolean)) {
    return line('clean-with-exceptions', [`no customer data remains in the ${files(facts.filesExamined)} examined`, ...exceptions]);
  }
  const base = facts.filesFound > 0
    ? `the customer data found in ${files(facts.filesFound)} was removed and a verifying rescan found none left`
    : `no customer data was found in the ${files(facts.filesExamined)} examined, and every file was inspected`;
  return line('clean', [base]);
}

function line(verdict: Verdict, parts: Array<string | undefined>): { verdict: Verdict; verdictLine: string } {
  return { verdict, verdictLine: `${VERDICT_TITLES[verdict]}: ${parts.filter(Boolean).join('; ')}.` };
}

function files(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'file' : 'files'}`;
}
