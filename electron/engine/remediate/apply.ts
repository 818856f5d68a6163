// Carrying out a confirmed plan, item by item. One file's failure never stops the others and
// never throws: each item ends as one action record (done, refused, failed or skipped) with its
// steps. The log holds masked paths and hashes only.
import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { maskPath } from '../../../shared/mask.js';
import type { ActionRecord, ActionStep, PlanItem, RemediationLog, RemediationPlan } from '../../../shared/remediation.js';
import { DEFAULT_ANALYZE_OPTIONS } from '../analyze/index.js';
import type { AnalyzeOptions } from '../analyze/options.js';
import { errnoCode } from '../errno.js';
import { detectFormat } from '../formats/detect.js';
import { TOOL } from '../tool-info.js';
import type { ArchiveKey } from './archive-container.js';
import { storeInArchive } from './archive-store.js';
import { mediumCaveat } from './caveat.js';
import type { GuardedFile } from './guard.js';
import { sessionGuidance } from './guidance.js';
import { checkItem, guardItem } from './item-check.js';
import { detectMedium, type Medium } from './medium.js';
import { redactBytes } from './redact.js';
import type { Refusal } from './refusal.js';
import { secureDelete } from './secure-delete.js';

export interface ApplyOptions {
  signal?: AbortSignal;
  onAction?: (record: ActionRecord, index: number, total: number) => void;
  /** Each step of the item in progress (open, overwrite, fsync …), for a live progress line. */
  onStep?: (step: ActionStep, index: number) => void;
  /** Retention archive: where containers go and the key material (passphrase, or a 32-byte key the app protects with safeStorage). */
  archive?: { dir: string; passphrase?: string; key?: Buffer };
  /** The analyser options redaction uses (the seller's identity, threshold, phone regions), as in the scan. */
  analyze?: AnalyzeOptions;
  now?: () => Date;
}

type Outcome = Omit<ActionRecord, 'maskedPath' | 'sha256' | 'decision' | 'at'>;

/** Applies a confirmed plan item by item, never throwing for one file; returns the session log (cda.remediation-log/1, masked). */
export async function applyPlan(plan: RemediationPlan, options: ApplyOptions = {}): Promise<RemediationLog> {
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const actions: ActionRecord[] = [];
  const media: Medium[] = [];
  const total = plan.items.length;
  for (const [index, item] of plan.items.entries()) {
    let outcome: Outcome;
    if (options.signal?.aborted) {
      outcome = { method: 'none', result: 'skipped', reasonCode: 'cancelled', message: 'Stopped before this file: nothing was done to it.' };
    } else {
      try {
        outcome = await applyItem(plan, item, options, media, index);
      } catch (error) {
        // Our own bug or an unexpected error: recorded for this file, the others go on.
        outcome = { method: 'none', result: 'failed', reasonCode: 'io-error', message: `Unexpected error (${errnoCode(error) ?? 'internal'}); check the file.` };
      }
    }
    const record: ActionRecord = {
      maskedPath: maskPath(item.path),
      sha256: item.sha256,
      decision: item.decision,
      at: now().toISOString(),
      ...outcome,
      ...(item.decision === 'keep' || item.decision === 'archive'
        ? { ...(item.reason ? { keepReason: item.reason } : {}), ...(item.until ? { until: item.until.slice(0, 10) } : {}) }
        : {}),
      ...(item.note ? { note: item.note } : {}),
    };
    actions.push(record);
    options.onAction?.(record, index, total);
  }
  return {
    schema: 'cda.remediation-log/1',
    tool: TOOL,
    startedAt,
    finishedAt: now().toISOString(),
    roots: plan.roots.map(maskPath),
    actions,
    checklist: media.length > 0 ? sessionGuidance(media).map((g) => ({ id: g.id, item: g.item, confirmed: false })) : [],
  };
}

async function applyItem(plan: RemediationPlan, item: PlanItem, options: ApplyOptions, media: Medium[], index: number): Promise<Outcome> {
  const invalid = checkItem(item);
  if (invalid) return refused(invalid);
  if (item.decision === 'keep') return { method: 'keep', result: 'done' };

  const key = archiveKey(options);
  if (item.decision === 'archive' && !key) {
    return { method: 'none', result: 'refused', reasonCode: 'no-archive-key', message: 'No archive passphrase or key was given, so the file was not archived. Nothing was done to it.' };
  }

  const guarded = await guardItem(plan, item);
  if (!guarded.ok) return refused(guarded);
  // Known before the file goes: afterwards there is nothing left to look at.
  const medium = await detectMedium(guarded.path);
  const caveat = mediumCaveat(medium);
  const onStep = (step: ActionStep) => options.onStep?.(step, index);

  if (item.decision === 'delete') {
    const deleted = await secureDelete(guarded, { passes: item.passes ?? 1, onStep });
    if (deleted.ok) media.push(medium);
    return deleted.ok
      ? { method: deleted.method, result: 'done', steps: deleted.steps, mediumCaveat: caveat }
      : { method: deleted.method, result: 'failed', steps: deleted.steps, reasonCode: deleted.code ?? 'io-error', message: deleted.message ?? 'The file could not be deleted.', mediumCaveat: caveat };
  }
  if (item.decision === 'redact') return redactItem(guarded, item, options, medium, caveat, media, onStep);
  return archiveItem(guarded, item, options.archive!.dir, key!, medium, caveat, media, onStep);
}

async function redactItem(file: GuardedFile, item: PlanItem, options: ApplyOptions, medium: Medium, caveat: string, media: Medium[], onStep: (s: ActionStep) => void): Promise<Outcome> {
  const bytes = file.bytes ?? Buffer.alloc(0);
  const redaction = redactBytes(bytes, detectFormat(bytes, file.path), options.analyze ?? DEFAULT_ANALYZE_OPTIONS);
  if (!redaction.ok) {
    await file.handle.close().catch(() => undefined);
    return refused(redaction);
  }
  const steps: ActionStep[] = [];
  const step = (entry: ActionStep) => {
    steps.push(entry);
    onStep(entry);
  };
  // The redacted copy is written and flushed beside the original before the original is touched.
  const folder = dirname(file.path);
  const temporary = join(folder, `.cda-${randomBytes(12).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), file.stat.mode & 0o777);
    try {
      await handle.writeFile(redaction.output);
      await handle.sync();
    } finally {
      await handle.close();
    }
    step({ step: 'write-redacted', result: 'done' });
  } catch (error) {
    step({ step: 'write-redacted', result: 'failed', code: errnoCode(error) ?? 'error' });
    await file.handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    return { method: 'redact-columns', result: 'failed', steps, reasonCode: 'io-error', message: 'The redacted copy could not be written beside the file; the original is unchanged.' };
  }
  const deleted = await secureDelete(file, { onStep: step });
  steps.push(...deleted.steps.filter((s) => !steps.includes(s)));
  if (!deleted.ok) {
    await unlink(temporary).catch(() => undefined);
    return { method: `redact-columns,${deleted.method}`, result: 'failed', steps, reasonCode: deleted.code ?? 'io-error', message: `${deleted.message ?? 'The original could not be deleted.'} The redacted copy was discarded.`, mediumCaveat: caveat };
  }
  media.push(medium);
  try {
    await rename(temporary, file.path);
    step({ step: 'rename-redacted', result: 'done' });
  } catch (error) {
    step({ step: 'rename-redacted', result: 'failed', code: errnoCode(error) ?? 'error' });
    return { method: `redact-columns,${deleted.method}`, result: 'failed', steps, reasonCode: 'io-error', message: 'The original was deleted, but the redacted copy could not take its name; it is in the same folder under a name starting with .cda-.', mediumCaveat: caveat };
  }
  return {
    method: `redact-columns,${deleted.method}`,
    result: 'done',
    steps,
    newSha256: createHash('sha256').update(redaction.output).digest('hex'),
    message: redactionSummary(redaction.columns, redaction.cells),
    mediumCaveat: caveat,
  };
}

async function archiveItem(file: GuardedFile, item: PlanItem, dir: string, key: ArchiveKey, medium: Medium, caveat: string, media: Medium[], onStep: (s: ActionStep) => void): Promise<Outcome> {
  const steps: ActionStep[] = [];
  let container: string;
  try {
    const stored = await storeInArchive(
      dir,
      { createdAt: new Date().toISOString(), maskedPath: maskPath(file.path), sha256: file.sha256, size: file.stat.size, ...(item.reason ? { reason: item.reason } : {}), ...(item.until ? { until: item.until.slice(0, 10) } : {}) },
      { path: file.path, mtimeMs: file.stat.mtimeMs, bytes: file.bytes ?? Buffer.alloc(0) },
      key,
    );
    container = stored.path;
    steps.push({ step: 'encrypt-aes-256-gcm', result: 'done' });
    onStep(steps[0]!);
  } catch (error) {
    await file.handle.close().catch(() => undefined);
    return { method: 'none', result: 'failed', steps: [{ step: 'encrypt-aes-256-gcm', result: 'failed', code: errnoCode(error) ?? 'error' }], reasonCode: 'archive-failed', message: 'The encrypted archive copy could not be written; the file was left as it is.' };
  }
  const deleted = await secureDelete(file, { onStep });
  steps.push(...deleted.steps);
  if (deleted.ok) media.push(medium);
  return deleted.ok
    ? { method: `archive-aes-256-gcm,${deleted.method}`, result: 'done', steps, container: maskPath(container), mediumCaveat: caveat }
    : { method: 'archive-aes-256-gcm', result: 'failed', steps, container: maskPath(container), reasonCode: deleted.code ?? 'io-error', message: `The encrypted copy was made, but the original could not be deleted: ${deleted.message ?? ''}`.trim(), mediumCaveat: caveat };
}

/** For the log: column letters only, since a header or sheet name could itself name someone. */
function redactionSummary(columns: readonly string[], cells: number): string {
  const letters = columns.map((c) => c.split(' ')[0]!);
  const cols = letters.length > 0 ? `${letters.length} column${letters.length > 1 ? 's' : ''} (${letters.join(', ')})` : 'no whole column';
  return `Taken out: ${cols}${cells > 0 ? ` and ${cells} cell${cells > 1 ? 's' : ''}` : ''}; everything else kept.`;
}

function archiveKey(options: ApplyOptions): ArchiveKey | undefined {
  const archive = options.archive;
  if (!archive) return undefined;
  if (archive.key) return { key: archive.key };
  if (archive.passphrase) return { passphrase: archive.passphrase };
  return undefined;
}

function refused(refusal: Refusal): Outcome {
  return { method: 'none', result: 'refused', reasonCode: refusal.code, message: refusal.message };
}

/** Records the guidance checklist items the seller confirmed. */
export function confirmChecklist(log: RemediationLog, confirmedIds: readonly string[]): RemediationLog {
  const ids = new Set(confirmedIds);
  return { ...log, checklist: log.checklist.map((c) => (c.id !== undefined && ids.has(c.id) ? { ...c, confirmed: true } : c)) };
}
