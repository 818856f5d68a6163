// Reminders for retention end dates: files kept with an end date (from the saved remediation logs,
// <userDataDir>/remediation-logs/*.json) and archived files (from the archive's clear headers)
// whose date has passed. A seller may move a reminder later; those dates are kept in
// <userDataDir>/retention-reminders.json by SHA-256 or archive id only — never a path or a name.
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Reminder } from '../../shared/api-remediation.js';
import { isPastDate, remediationLogSchema, type ActionRecord, type KeepReason } from '../../shared/remediation.js';
import type { ArchiveEntry } from '../engine/remediate/index.js';

export const REMINDERS_FILE = 'retention-reminders.json';
const MAX_LOGS = 5000;

const storedSchema = z.object({
  schema: z.literal('cda.reminders/1'),
  /** ref (SHA-256 or archive id) → the later date the seller chose (YYYY-MM-DD). */
  later: z.record(z.string().regex(/^[0-9a-f]{16,64}$/), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
});
type StoredReminders = z.infer<typeof storedSchema>;

/** A file still kept with an end date: the latest recorded decision about it was 'keep'. */
export interface KeptFile {
  sha256: string;
  maskedPath: string;
  reason?: KeepReason;
  until: string;
}

/** The later reminder dates the seller chose; an unreadable or damaged file counts as none. */
export async function readLaterDates(userDataDir: string): Promise<Record<string, string>> {
  try {
    const parsed = storedSchema.safeParse(JSON.parse(await readFile(join(userDataDir, REMINDERS_FILE), 'utf8')));
    return parsed.success ? parsed.data.later : {};
  } catch {
    return {};
  }
}

export async function saveLaterDate(userDataDir: string, ref: string, until: string): Promise<void> {
  const later = { ...(await readLaterDates(userDataDir)), [ref]: until };
  const stored: StoredReminders = { schema: 'cda.reminders/1', later };
  await mkdir(userDataDir, { recursive: true });
  const file = join(userDataDir, REMINDERS_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(stored, null, 2) + '\n', { mode: 0o600 });
  await rename(temp, file);
}

/**
 * Files whose latest recorded decision, across every saved session log, is a completed 'keep'
 * with an end date. A file deleted, redacted or archived in a later session is no longer kept.
 */
export async function keptFiles(userDataDir: string): Promise<KeptFile[]> {
  const dir = join(userDataDir, 'remediation-logs');
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).slice(0, MAX_LOGS);
  } catch {
    return [];
  }
  const latest = new Map<string, ActionRecord>();
  for (const name of names) {
    let actions: ActionRecord[];
    try {
      const parsed = remediationLogSchema.safeParse(JSON.parse(await readFile(join(dir, name), 'utf8')));
      if (!parsed.success) continue;
      actions = parsed.data.actions;
    } catch {
      continue; // a damaged log is skipped, never fatal
    }
    for (const action of actions) {
      if (action.result !== 'done') continue;
      const earlier = latest.get(action.sha256);
      if (!earlier || earlier.at <= action.at) latest.set(action.sha256, action);
    }
  }
  const kept: KeptFile[] = [];
  for (const action of latest.values()) {
    if (action.decision !== 'keep' || !action.until) continue;
    kept.push({ sha256: action.sha256, maskedPath: action.maskedPath, ...(action.keepReason ? { reason: action.keepReason } : {}), until: action.until.slice(0, 10) });
  }
  return kept;
}

/** The date that counts for a reminder: the recorded end date, or the seller's later one. */
export function reminderDate(until: string, later: string | undefined): string {
  return later && later > until ? later : until;
}

/** Kept and archived files whose reminder date has passed, kept files first, oldest date first. */
export function dueReminders(kept: readonly KeptFile[], archived: readonly ArchiveEntry[], later: Readonly<Record<string, string>>, now: Date): Reminder[] {
  const due: Reminder[] = [];
  for (const file of kept) {
    const until = reminderDate(file.until, later[file.sha256]);
    if (isPastDate(until, now)) due.push({ kind: 'kept', ref: file.sha256, maskedPath: file.maskedPath, ...(file.reason ? { reason: file.reason } : {}), until });
  }
  for (const entry of archived) {
    if (!entry.until) continue;
    const until = reminderDate(entry.until, later[entry.id]);
    if (isPastDate(until, now)) due.push({ kind: 'archived', ref: entry.id, maskedPath: entry.maskedPath, ...(entry.reason ? { reason: entry.reason } : {}), until });
  }
  return due.sort((a, b) => (a.kind === b.kind ? a.until.localeCompare(b.until) : a.kind === 'kept' ? -1 : 1));
}
