// The app's calls and events for remediation: input schemas, result types and events, merged into
// shared/api.ts. Inputs are validated with these schemas wherever they cross a process boundary.
//
// Flow: listRemediationFiles (what can be done per file) → previewRemediation (the dry run, kept
// per scan as the plan to confirm) → applyRemediation (a job: remediation-step/-action events,
// cancelRemediation) → confirmRemediationChecklist → verifyRemediation (the rescan). The plan
// and its paths stay in the main process; the saved log is masked (cda.remediation-log/1).
import { z } from 'zod';
import type { ScanProgress } from './progress.js';
import { DECISIONS, KEEP_REASONS, type ActionRecord, type Decision, type KeepReason, type RemediationLog, type RetentionStatus } from './remediation.js';
import type { CategoryCounts, FileFormat, Risk } from './types.js';

const scanId = z.string().regex(/^[a-z0-9-]{1,64}$/);
const planId = z.string().regex(/^[a-f0-9]{8,64}$/);
const filePath = z.string().min(1).max(4096);

export const decisionInputSchema = z.object({
  path: filePath,
  decision: z.enum(DECISIONS),
  reason: z.enum(KEEP_REASONS).optional(),
  note: z.string().max(1000).optional(),
  until: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
export type RemediationDecision = z.infer<typeof decisionInputSchema>;

/** The shortest archive passphrase accepted (as on the command line). */
export const MIN_PASSPHRASE = 8;

export const remediationApiInputs = {
  /** The scan's files with customer data, what each can take, and its age against the retention window. */
  listRemediationFiles: z.object({ scanId }),
  /** The dry run of these decisions; the plan is kept (per scan) until it is applied or replaced. */
  previewRemediation: z.object({ scanId, decisions: z.array(decisionInputSchema).min(1).max(100_000) }),
  /** Carries out the previewed plan; `confirmation` is the typed phrase when more than one file is deleted. */
  applyRemediation: z.object({
    scanId,
    planId,
    confirmation: z.string().max(100).optional(),
    /** For archiving when the app keeps no key of its own (or the seller prefers a passphrase). */
    archivePassphrase: z.string().min(MIN_PASSPHRASE).max(1000).optional(),
  }),
  /** Stops after the file in progress: the rest are recorded as skipped, nothing half-done. */
  cancelRemediation: z.object({ scanId }),
  /** Where the scan's remediation stands (the screen asks again when it is opened anew). */
  getRemediation: z.object({ scanId }),
  /** The guidance items the seller ticked, by id (the rest stay unconfirmed). */
  confirmRemediationChecklist: z.object({ scanId, confirmed: z.array(z.string().regex(/^[a-z0-9-]{1,64}$/)).max(50) }),
  /** The verifying rescan of the plan's folders. */
  verifyRemediation: z.object({ scanId }),
} satisfies Record<string, z.ZodType>;

/** A file of the scan that holds customer data, with what can be done to it. */
export interface RemediationFile {
  path: string;
  size: number;
  mtimeMs: number;
  format: FileFormat;
  risk: Risk;
  records: number;
  findings: CategoryCounts;
  /** The decisions this file can take (redact only where the file can be written back faithfully). */
  offered: Decision[];
  retention: RetentionStatus;
}

export interface RemediationFiles {
  files: RemediationFile[];
  /** The roots of the scan: nothing outside them is touched. */
  roots: string[];
  retentionDays: number;
  /** 'app-key': the app keeps an archive key of its own (protected by the system); 'passphrase': the seller types one. */
  archiveKey: 'app-key' | 'passphrase';
}

/** One planned item as the dry run found it. */
export interface RemediationPreviewItem {
  path: string;
  maskedPath: string;
  decision: Decision;
  size: number;
  ok: boolean;
  reasonCode?: string;
  message?: string;
  redaction?: { columns: string[]; cells: number };
  mediumCaveat?: string;
}

export interface RemediationGuidanceItem {
  id: string;
  item: string;
}

export interface RemediationPreview {
  planId: string;
  items: RemediationPreviewItem[];
  totals: { delete: number; redact: number; keep: number; archive: number; bytes: number };
  refused: number;
  guidance: RemediationGuidanceItem[];
  /** The phrase to type before applying, when more than one file would be deleted. */
  confirmationPhrase?: string;
}

/** One carried-out item: the log's record and, for the screen only, the real path it was about. */
export interface RemediationResult {
  index: number;
  path: string;
  record: ActionRecord;
}

export type RemediationStatus = 'none' | 'planned' | 'applying' | 'applied' | 'verifying' | 'verified';

export interface RemediationVerification {
  /** Files the rescan read again (the rest kept their earlier result). */
  filesRead: number;
  remediated: number;
  kept: Array<{ path: string; maskedPath: string; reason?: KeepReason; until?: string }>;
  /** Still holding customer data without a recorded reason; `path` for the screen only. */
  remaining: Array<{ maskedPath: string; explanation: string; path?: string }>;
  clean: boolean;
}

export interface RemediationState {
  status: RemediationStatus;
  preview?: RemediationPreview;
  results: RemediationResult[];
  /** The session log as saved (masked); after applying. */
  log?: RemediationLog;
  verification?: RemediationVerification;
  /** Files kept as not customer data, now skipped by later scans (root-relative patterns). */
  allowlisted?: string[];
  /** The last apply or verify stopped on an unexpected problem. */
  problem?: string;
}

export interface RemediationApiResults {
  listRemediationFiles: RemediationFiles;
  previewRemediation: RemediationPreview;
  applyRemediation: { total: number };
  cancelRemediation: void;
  getRemediation: RemediationState;
  confirmRemediationChecklist: RemediationLog;
  verifyRemediation: RemediationState;
}

/** Events pushed to the interface; `type` starts with 'remediation-'. */
export type RemediationEvent =
  | { type: 'remediation-step'; scanId: string; index: number; total: number; step: string; result: 'done' | 'failed' | 'skipped' }
  | { type: 'remediation-action'; scanId: string; result: RemediationResult; total: number }
  | { type: 'remediation-finished'; scanId: string; state: RemediationState; cancelled: boolean }
  | { type: 'remediation-failed'; scanId: string; message: string }
  | { type: 'remediation-verify-progress'; scanId: string; progress: ScanProgress };

export function isRemediationEvent(event: { type: string }): event is RemediationEvent {
  return event.type.startsWith('remediation-');
}

/** The words to type before deleting more than one file: plain, and different for every count. */
export function deletionConfirmationPhrase(deletions: number): string | undefined {
  return deletions > 1 ? `DELETE ${deletions} FILES` : undefined;
}
