// The app's calls and events for remediation: input schemas, result types and events, merged into
// shared/api.ts. Inputs are validated with these schemas wherever they cross a process boundary.
//
// Flow: listRemediationFiles (what can be done per file) → previewRemediation (the dry run, kept
// per scan as the plan to confirm) → applyRemediation (a job: remediation-step/-action events,
// cancelRemediation) → confirmRemediationChecklist → verifyRemediation (the rescan). The plan
// and its paths stay in the main process; the saved log is masked (cda.remediation-log/1).
// The retention archive: listArchive → unlockArchive → extractFromArchive / destroyArchived (only
// past the end date, typed confirmation); listReminders and extendReminder for end dates passed.
import { z } from 'zod';
import type { ScanProgress } from './progress.js';
import { DECISIONS, KEEP_REASONS, type ActionRecord, type Decision, type KeepReason, type RemediationLog, type RetentionStatus } from './remediation.js';
import type { CategoryCounts, FileFormat, Risk } from './types.js';

const scanId = z.string().regex(/^[a-z0-9-]{1,64}$/);
const planId = z.string().regex(/^[a-f0-9]{8,64}$/);
const filePath = z.string().min(1).max(4096);
const archiveId = z.string().regex(/^[0-9a-f]{16,64}$/);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A kept file's SHA-256 or an archived file's id: never a path. */
const reminderRef = z.string().regex(/^[0-9a-f]{16,64}$/);

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
  /** The retention archive's files: masked name, legal basis, end date, whether it has passed. */
  listArchive: z.undefined(),
  /** Which archived files this passphrase (or, without one, the app's own key) opens. */
  unlockArchive: z.object({ passphrase: z.string().min(MIN_PASSPHRASE).max(1000).optional() }),
  /** Decrypts one archived file into an existing folder the seller chose, under its original name. */
  extractFromArchive: z.object({ id: archiveId, to: filePath, passphrase: z.string().min(MIN_PASSPHRASE).max(1000).optional() }),
  /** Securely deletes archived files whose end date has passed; `confirmation` is the typed phrase. */
  destroyArchived: z.object({ ids: z.array(archiveId).min(1).max(10_000), confirmation: z.string().max(100) }),
  /** Kept and archived files whose end date has passed (the app shows them when it starts). */
  listReminders: z.undefined(),
  /** Moves a reminder to a later date (the archive's own end date, the legal basis, stays as recorded). */
  extendReminder: z.object({ kind: z.enum(['kept', 'archived']), ref: reminderRef, until: isoDay }),
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
  listArchive: ArchiveListing;
  unlockArchive: { opens: string[] };
  extractFromArchive: { path: string; maskedPath: string };
  destroyArchived: { results: ArchiveDestroyResult[] };
  listReminders: Reminders;
  extendReminder: Reminders;
}

/** One archived file as the Archive screen lists it: no real path, no name in the clear. */
export interface ArchiveListEntry {
  id: string;
  maskedPath: string;
  sha256: string;
  size: number;
  createdAt: string;
  reason?: KeepReason;
  until?: string;
  /** The end date has passed: it may be destroyed. */
  expired: boolean;
  locked: 'passphrase' | 'key';
  /** A reminder date the seller moved later (the legal end date above stays). */
  remindOn?: string;
}

export interface ArchiveListing {
  entries: ArchiveListEntry[];
  /** Whether this installation keeps its own archive key (files locked 'key' open without a passphrase). */
  appKey: boolean;
  /** The archive's folder (in the app's own folder), for `cda archive --dir`. */
  folder: string;
}

export type ArchiveDestroyResult = { id: string; ok: true; method: string } | { id: string; ok: false; reasonCode: string; message: string };

/** A kept or archived file whose end date has passed. */
export interface Reminder {
  kind: 'kept' | 'archived';
  /** SHA-256 for a kept file, the archive id for an archived one. */
  ref: string;
  maskedPath: string;
  reason?: KeepReason;
  /** The recorded end date, or the later reminder date the seller chose. */
  until: string;
}

export interface Reminders {
  due: Reminder[];
}

/** The words to type before destroying archived files. */
export function destroyConfirmationPhrase(count: number): string {
  return count === 1 ? 'DESTROY 1 FILE' : `DESTROY ${count} FILES`;
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
