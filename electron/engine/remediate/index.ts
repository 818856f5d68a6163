// The remediation engine's public interface, used by the command line (electron/cli/remediate-
// command.ts, delete-command.ts, archive-command.ts) and the app's handlers. Plain Node; it never
// imports Electron. The plan names real paths and stays on this machine; the log (masked paths,
// hashes, decisions, reasons, times, results) is what the attestation is built from.
//
// Flow: buildPlan(scan, decisions) → previewPlan(plan, { analyze }) (the dry run, shown and
// confirmed) → applyPlan(plan, { archive, onAction, onStep, signal }) → confirmChecklist(log, ids)
// → verifyRemediation(log, plan, scanOptions, scan) (given the scan, only changed files are read).
// decisionsOffered(file) says which decisions a file can take; retentionStatus(file.mtimeMs) its
// age against the retention window (also in shared/remediation.ts for the renderer). Refusals
// carry a machine reasonCode (REFUSAL_CODES) and a sentence that names no file and no value.
// The app keeps each session's log at <userDataDir>/remediation-logs/<scanId>.json, which the
// Attest screen reads.
export { buildPlan, decisionsOffered, highRiskDecisions, isArchiveEntry, UNKNOWN_SHA256, type DecisionInput } from './plan.js';
export { previewPlan, type PlanPreview, type PlanPreviewItem, type PreviewOptions } from './preview.js';
export { applyPlan, confirmChecklist, type ApplyOptions } from './apply.js';
export { verifyRemediation, isClean } from './verify.js';
export { sessionGuidance, type GuidanceItem } from './guidance.js';
export { mediumCaveat } from './caveat.js';
export { detectMedium, type Medium } from './medium.js';
export { retentionStatus, isPastDate, DEFAULT_RETENTION_DAYS, type RetentionStatus } from './retention.js';
export { listArchive, extractFromArchive, destroyInArchive, type ArchiveEntry } from './archive-store.js';
export { type ArchiveKey } from './archive-container.js';
export { REFUSAL_CODES, type RefusalCode } from './refusal.js';
export { allowlistAdditions } from './allowlist.js';
