// Remediation contracts: the plan a seller confirms (`cda.plan/1`, a local working file that
// names real paths) and the decision log (`cda.remediation-log/1`, masked paths and hashes only)
// that the attestation is built from.
import { z } from 'zod';

export const DECISIONS = ['delete', 'redact', 'keep', 'archive'] as const;
export type Decision = (typeof DECISIONS)[number];

export const KEEP_REASONS = ['tax-retention', 'legal-hold', 'not-customer-data', 'test-data'] as const;
export type KeepReason = (typeof KEEP_REASONS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const planItemSchema = z.object({
  path: z.string().min(1),
  sha256,
  decision: z.enum(DECISIONS),
  /** For keep and archive: the recorded legal reason. */
  reason: z.enum(KEEP_REASONS).optional(),
  note: z.string().max(1000).optional(),
  /** For keep and archive: when the reason ends (retention expiry, reminder date). */
  until: isoDate.optional(),
  /** Overwrite passes for delete (default 1: NIST SP 800-88 'clear'). */
  passes: z.number().int().min(1).max(7).optional(),
});
export type PlanItem = z.infer<typeof planItemSchema>;

export const planSchema = z.object({
  schema: z.literal('cda.plan/1'),
  createdAt: z.string(),
  /** The chosen roots of the scan the plan came from: nothing outside them is touched. */
  roots: z.array(z.string()).min(1),
  scanStartedAt: z.string(),
  items: z.array(planItemSchema),
});
export type RemediationPlan = z.infer<typeof planSchema>;

export const ACTION_RESULTS = ['done', 'refused', 'failed', 'skipped'] as const;

export const actionStepSchema = z.object({
  step: z.string(),
  result: z.enum(['done', 'failed', 'skipped']),
  /** Error code when the step failed (EACCES, EBUSY …), never a message that could quote content. */
  code: z.string().optional(),
});
export type ActionStep = z.infer<typeof actionStepSchema>;

export const actionRecordSchema = z.object({
  maskedPath: z.string(),
  sha256,
  decision: z.enum(DECISIONS),
  /** How it was done, e.g. 'overwrite-1-pass,fsync,rename,unlink', 'redact-columns', 'archive-aes-256-gcm', 'keep'. */
  method: z.string(),
  result: z.enum(ACTION_RESULTS),
  /** Machine reason when refused or failed: changed-since-scan, outside-roots, symlink, not-regular-file, permission-denied, read-only … */
  reasonCode: z.string().optional(),
  /** Human sentence, no raw values. */
  message: z.string().optional(),
  at: z.string(),
  /** What the storage medium means for this deletion (SSD, copy-on-write, cloud-sync folder, Trash …). */
  mediumCaveat: z.string().optional(),
  keepReason: z.enum(KEEP_REASONS).optional(),
  until: isoDate.optional(),
  note: z.string().max(1000).optional(),
  /** Each step of the method and how it went (open, overwrite, fsync, truncate, rename, unlink, fsync-folder …). */
  steps: z.array(actionStepSchema).optional(),
  /** For redact: the SHA-256 of the file written back in the original's place. */
  newSha256: sha256.optional(),
  /** For archive: the masked path of the encrypted container the file was moved into. */
  container: z.string().optional(),
});
export type ActionRecord = z.infer<typeof actionRecordSchema>;

export const checklistItemSchema = z.object({
  item: z.string(),
  confirmed: z.boolean(),
  /** Stable id of the guidance item (empty-trash, cloud-dropbox …), for confirming it on the command line. */
  id: z.string().optional(),
});

export const remediationLogSchema = z.object({
  schema: z.literal('cda.remediation-log/1'),
  tool: z.object({ name: z.literal('customer-data-auditor'), version: z.string(), rules: z.string() }),
  startedAt: z.string(),
  finishedAt: z.string(),
  /** Masked roots (a folder name may be a person's name). */
  roots: z.array(z.string()),
  actions: z.array(actionRecordSchema),
  checklist: z.array(checklistItemSchema),
  /** The verifying rescan after remediation. */
  verification: z
    .object({
      at: z.string(),
      filesScanned: z.number().int().min(0),
      filesWithCustomerData: z.number().int().min(0),
      filesNotInspected: z.number().int().min(0),
      /** Files still holding customer data that were not kept with a reason. */
      remaining: z.array(z.object({ maskedPath: z.string(), sha256: sha256.optional(), explanation: z.string() })),
    })
    .optional(),
});
export type RemediationLog = z.infer<typeof remediationLogSchema>;

// The retention window, shared with the renderer (Review flags files past it). Marketplaces
// (Amazon's Data Protection Policy among them) ask for customer data to be deleted 30 days after
// delivery unless the law requires longer; the file's modification time stands in for the
// delivery date, which the file does not tell.
export const DEFAULT_RETENTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionStatus {
  /** Whole days since the file's date. */
  ageDays: number;
  /** The date (YYYY-MM-DD) after which the file is past the window. */
  dueDate: string;
  /** Customer data older than the window. */
  overdue: boolean;
}

export function retentionStatus(mtimeMs: number, options: { windowDays?: number; now?: Date } = {}): RetentionStatus {
  const windowDays = options.windowDays ?? DEFAULT_RETENTION_DAYS;
  const now = (options.now ?? new Date()).getTime();
  const ageDays = Math.max(0, Math.floor((now - mtimeMs) / DAY_MS));
  const due = mtimeMs + windowDays * DAY_MS;
  return { ageDays, dueDate: new Date(due).toISOString().slice(0, 10), overdue: now > due };
}

/** Whether a keep-until or archive expiry date (YYYY-MM-DD) has passed: the day itself still counts as kept. */
export function isPastDate(until: string, now: Date = new Date()): boolean {
  return now.toISOString().slice(0, 10) > until.slice(0, 10);
}
