// The handlers of the remediation calls (shared/api-remediation.ts), over the engine. Only files
// the scan itself reported with customer data can be planned, and only with a decision the engine
// offers them; the plan that is carried out is the one the seller previewed, kept here.
import type { RemediationDecision, RemediationFile, remediationApiInputs } from '../../shared/api-remediation.js';
import { DEFAULT_RETENTION_DAYS, retentionStatus } from '../../shared/remediation.js';
import { holdsCustomerData, type ScanReport } from '../../shared/types.js';
import { decisionsOffered } from '../engine/remediate/index.js';
import { ApiFailure } from './api-failure.js';
import type { DomainHandlers, HandlerDeps } from './handler-types.js';
import { createArchiveHandlers } from './remediation-archive.js';
import { RemediationSessions } from './remediation-sessions.js';

export { readRemediationLog } from './remediation-sessions.js';

export function createRemediationHandlers(deps: HandlerDeps): DomainHandlers<keyof typeof remediationApiInputs> {
  const sessions = new RemediationSessions({
    userDataDir: deps.userDataDir,
    emit: deps.emit,
    loadSettings: () => deps.settings.load(),
    saveSettings: (settings) => deps.settings.save(settings),
    ...(deps.archiveKey ? { archiveKey: deps.archiveKey } : {}),
  });

  const finishedScan = (scanId: string): ScanReport => {
    const report = deps.scans.report(scanId);
    if (!report) throw new ApiFailure('not-found', 'That scan is not finished or no longer available. Please scan again before cleaning up.');
    return report;
  };

  return {
    listRemediationFiles: async ({ scanId }) => {
      const report = finishedScan(scanId);
      const settings = await deps.settings.load();
      const retentionDays = settings.retentionDays ?? DEFAULT_RETENTION_DAYS;
      const now = new Date();
      const files: RemediationFile[] = report.files.filter(holdsCustomerData).map((file) => ({
        path: file.path,
        size: file.size,
        mtimeMs: file.mtimeMs,
        format: file.format,
        risk: file.risk,
        records: file.records,
        findings: file.findings,
        offered: decisionsOffered(file),
        retention: retentionStatus(file.mtimeMs, { windowDays: retentionDays, now }),
      }));
      return { files, roots: report.roots, retentionDays, archiveKey: deps.archiveKey ? 'app-key' : 'passphrase' };
    },
    previewRemediation: async ({ scanId, decisions }) => {
      const report = finishedScan(scanId);
      checkDecisions(report, decisions);
      return sessions.preview(report, scanId, decisions);
    },
    applyRemediation: async ({ scanId, planId, confirmation, archivePassphrase }) =>
      sessions.apply(finishedScan(scanId), scanId, { planId, ...(confirmation !== undefined ? { confirmation } : {}), ...(archivePassphrase ? { archivePassphrase } : {}) }),
    cancelRemediation: async ({ scanId }) => sessions.cancel(scanId),
    getRemediation: async ({ scanId }) => sessions.state(scanId),
    confirmRemediationChecklist: async ({ scanId, confirmed }) => sessions.confirmChecklist(scanId, confirmed),
    verifyRemediation: async ({ scanId }) => sessions.verify(finishedScan(scanId), scanId),
    // The retention archive and its end-date reminders.
    ...createArchiveHandlers(deps),
  };
}

/** Every decision names a file the scan found customer data in, once, with a decision it is offered. */
function checkDecisions(report: ScanReport, decisions: readonly RemediationDecision[]): void {
  const byPath = new Map(report.files.map((f) => [f.path, f]));
  const seen = new Set<string>();
  for (const d of decisions) {
    const file = byPath.get(d.path);
    if (!file || !holdsCustomerData(file)) throw new ApiFailure('not-allowed', 'The plan names a file that is not among this scan’s files with customer data.');
    if (seen.has(d.path)) throw new ApiFailure('invalid-input', 'The plan names the same file twice.');
    seen.add(d.path);
    if (!decisionsOffered(file).includes(d.decision)) throw new ApiFailure('invalid-input', 'The plan asks for something this file cannot take (only spreadsheets and CSV files can have columns removed).');
  }
}
