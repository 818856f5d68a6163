// The remediation of each scan: the plan the seller last previewed, the apply job (progress events,
// cancel), the session log and the verifying rescan. The plan and its real paths stay here; the
// log, saved after every change to <userDataDir>/remediation-logs/<scanId>.json, is masked.
//
// A seller may plan and apply more than once for the same scan (retrying a locked file, say): the
// rounds' plan items and actions are appended in the same order, so item i is still action i —
// which is how the verifying rescan matches the two.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppEvent } from '../../shared/api.js';
import { maskPath } from '../../shared/mask.js';
import { deletionConfirmationPhrase, type RemediationDecision, type RemediationPreview, type RemediationResult, type RemediationState, type RemediationVerification } from '../../shared/api-remediation.js';
import { remediationLogSchema, type RemediationLog, type RemediationPlan } from '../../shared/remediation.js';
import type { Settings } from '../../shared/settings.js';
import type { ScanReport } from '../../shared/types.js';
import { allowlistAdditions, applyPlan, buildPlan, isClean, previewPlan, verifyRemediation } from '../engine/remediate/index.js';
import { taskOptions } from '../engine/task-options.js';
import { ApiFailure } from './api-failure.js';
import type { ArchiveKeyProvider } from './remediation-archive-key.js';

const SCAN_ID = /^[a-z0-9-]{1,64}$/;

interface Session {
  scanId: string;
  status: RemediationState['status'];
  /** The previewed plan waiting for confirmation. */
  pending?: { planId: string; plan: RemediationPlan; preview: RemediationPreview };
  /** Every applied round's items, in the order of the log's actions. */
  applied?: RemediationPlan;
  results: RemediationResult[];
  log?: RemediationLog;
  verification?: RemediationVerification;
  allowlisted?: string[];
  problem?: string;
  controller?: AbortController;
}

export interface RemediationServices {
  userDataDir: string;
  emit: (event: AppEvent) => void;
  loadSettings: () => Promise<Settings>;
  saveSettings: (settings: Settings) => Promise<Settings>;
  archiveKey?: ArchiveKeyProvider;
}

export class RemediationSessions {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly services: RemediationServices) {}

  state(scanId: string): RemediationState {
    const session = this.sessions.get(scanId);
    if (!session) return { status: 'none', results: [] };
    return {
      status: session.status,
      ...(session.pending ? { preview: session.pending.preview } : {}),
      results: [...session.results],
      ...(session.log ? { log: session.log } : {}),
      ...(session.verification ? { verification: session.verification } : {}),
      ...(session.allowlisted ? { allowlisted: session.allowlisted } : {}),
      ...(session.problem ? { problem: session.problem } : {}),
    };
  }

  async preview(scan: ScanReport, scanId: string, decisions: readonly RemediationDecision[]): Promise<RemediationPreview> {
    const session = this.session(scanId);
    this.refuseWhileBusy(session);
    const plan = buildPlan(scan, decisions);
    const settings = await this.services.loadSettings();
    const dryRun = await previewPlan(plan, { analyze: analyzeOptions(settings) });
    const planId = randomBytes(12).toString('hex');
    const confirmationPhrase = deletionConfirmationPhrase(dryRun.totals.delete);
    const preview: RemediationPreview = { planId, ...dryRun, ...(confirmationPhrase ? { confirmationPhrase } : {}) };
    session.pending = { planId, plan, preview };
    if (session.status === 'none') session.status = 'planned';
    return preview;
  }

  /** Starts carrying out the previewed plan; progress and results arrive as events. */
  async apply(scan: ScanReport, scanId: string, request: { planId: string; confirmation?: string; archivePassphrase?: string }): Promise<{ total: number }> {
    const session = this.session(scanId);
    this.refuseWhileBusy(session);
    const pending = session.pending;
    if (!pending || pending.planId !== request.planId) {
      throw new ApiFailure('not-found', 'This plan is no longer the latest one. Look at the plan again before carrying it out.');
    }
    const phrase = pending.preview.confirmationPhrase;
    if (phrase && request.confirmation?.trim().toUpperCase() !== phrase) {
      throw new ApiFailure('invalid-input', `To delete these files, type ${phrase} exactly.`);
    }
    const archive = pending.plan.items.some((i) => i.decision === 'archive') ? await this.archiveOptions(request.archivePassphrase) : undefined;
    const settings = await this.services.loadSettings();

    const plan = pending.plan;
    const offset = session.applied?.items.length ?? 0;
    const controller = new AbortController();
    session.pending = undefined;
    session.controller = controller;
    session.status = 'applying';
    session.problem = undefined;
    session.verification = undefined;
    const total = plan.items.length;
    const { emit } = this.services;

    void applyPlan(plan, {
      signal: controller.signal,
      analyze: analyzeOptions(settings),
      ...(archive ? { archive } : {}),
      onStep: (step, index) => emit({ type: 'remediation-step', scanId, index, total, step: step.step, result: step.result }),
      onAction: (record, index) => {
        const result: RemediationResult = { index: offset + index, path: plan.items[index]!.path, record };
        session.results.push(result);
        emit({ type: 'remediation-action', scanId, result, total });
      },
    })
      .then(async (log) => {
        session.applied = session.applied ? { ...session.applied, items: [...session.applied.items, ...plan.items] } : plan;
        session.log = session.log ? mergeLogs(session.log, log) : log;
        session.status = 'applied';
        session.allowlisted = await this.allowlist(plan, session.allowlisted ?? []);
        await this.save(session);
      })
      .catch(() => {
        session.status = session.log ? 'applied' : 'none';
        session.problem = 'Carrying out the plan stopped because of an unexpected problem. The results below show what was done.';
      })
      .finally(() => {
        session.controller = undefined;
        if (session.problem && session.status === 'none') emit({ type: 'remediation-failed', scanId, message: session.problem });
        else emit({ type: 'remediation-finished', scanId, state: this.state(scanId), cancelled: controller.signal.aborted });
      });
    return { total };
  }

  cancel(scanId: string): void {
    this.sessions.get(scanId)?.controller?.abort();
  }

  async confirmChecklist(scanId: string, confirmed: readonly string[]): Promise<RemediationLog> {
    const session = this.sessions.get(scanId);
    if (!session?.log) throw new ApiFailure('not-found', 'Nothing has been carried out yet, so there is nothing to confirm.');
    // The ticks as they are now: an item ticked by mistake can be unticked again.
    const ids = new Set(confirmed);
    session.log = { ...session.log, checklist: session.log.checklist.map((c) => ({ ...c, confirmed: c.id !== undefined && ids.has(c.id) })) };
    await this.save(session);
    return session.log;
  }

  async verify(scan: ScanReport, scanId: string): Promise<RemediationState> {
    const session = this.sessions.get(scanId);
    if (!session?.log || !session.applied) throw new ApiFailure('not-found', 'Carry out a plan first; then the folders can be checked again.');
    this.refuseWhileBusy(session);
    const settings = await this.services.loadSettings();
    const controller = new AbortController();
    session.controller = controller;
    session.status = 'verifying';
    try {
      const verified = await verifyRemediation(
        session.log,
        session.applied,
        {
          jobs: settings.jobs,
          identity: settings.identity,
          exclude: settings.exclude,
          ocr: settings.ocr,
          phoneRegions: settings.phoneRegions,
          minConfidence: settings.minConfidence,
          signal: controller.signal,
          onProgress: (progress) => this.services.emit({ type: 'remediation-verify-progress', scanId, progress }),
        },
        scan,
      );
      session.log = verified.log;
      session.verification = summarizeVerification(session, verified.filesRead, verified.report);
      session.status = 'verified';
      session.problem = undefined;
      await this.save(session);
    } catch {
      session.status = 'applied';
      session.problem = 'The check could not finish because of an unexpected problem. Please try again.';
    } finally {
      session.controller = undefined;
    }
    return this.state(scanId);
  }

  cancelAll(): void {
    for (const session of this.sessions.values()) session.controller?.abort();
  }

  private session(scanId: string): Session {
    let session = this.sessions.get(scanId);
    if (!session) {
      session = { scanId, status: 'none', results: [] };
      this.sessions.set(scanId, session);
    }
    return session;
  }

  private refuseWhileBusy(session: Session): void {
    if (session.status === 'applying' || session.status === 'verifying') {
      throw new ApiFailure('not-allowed', 'Please wait: the files are still being worked on.');
    }
  }

  private async archiveOptions(passphrase: string | undefined): Promise<{ dir: string; passphrase?: string; key?: Buffer }> {
    const dir = join(this.services.userDataDir, 'retention-archive');
    if (passphrase) return { dir, passphrase };
    if (this.services.archiveKey) {
      try {
        return { dir, key: await this.services.archiveKey.key() };
      } catch {
        throw new ApiFailure('failed', "The app's archive key could not be opened. Type a passphrase for the archive instead.");
      }
    }
    throw new ApiFailure('invalid-input', 'Archiving needs a passphrase: type one of at least 8 characters, and keep it safe.');
  }

  /** Files kept as "not customer data" are false alarms: later scans skip them (Settings → skip). */
  private async allowlist(plan: RemediationPlan, already: string[]): Promise<string[]> {
    const additions = allowlistAdditions(plan);
    if (additions.length === 0) return already;
    try {
      const settings = await this.services.loadSettings();
      const exclude = [...new Set([...settings.exclude, ...additions])].slice(0, 500);
      await this.services.saveSettings({ ...settings, exclude });
      return [...new Set([...already, ...additions])];
    } catch {
      return already;
    }
  }

  private async save(session: Session): Promise<void> {
    if (!session.log) return;
    const dir = join(this.services.userDataDir, 'remediation-logs');
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const file = join(dir, `${session.scanId}.json`);
    const temp = `${file}.${process.pid}.tmp`;
    // Validated before writing: the saved log is exactly the masked contract, nothing more.
    await writeFile(temp, JSON.stringify(remediationLogSchema.parse(session.log), null, 2) + '\n', { mode: 0o600 });
    await rename(temp, file);
  }
}

/** The saved log of a scan's remediation, for the Attest screen; null when there is none or it is damaged. */
export async function readRemediationLog(userDataDir: string, scanId: string): Promise<RemediationLog | null> {
  if (!SCAN_ID.test(scanId)) return null;
  try {
    const parsed = remediationLogSchema.safeParse(JSON.parse(await readFile(join(userDataDir, 'remediation-logs', `${scanId}.json`), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function analyzeOptions(settings: Settings) {
  return taskOptions({ identity: settings.identity, minConfidence: settings.minConfidence, phoneRegions: settings.phoneRegions }).analyze;
}

/** A later round's log appended to the session's: actions in order, checklist items by id. */
function mergeLogs(earlier: RemediationLog, later: RemediationLog): RemediationLog {
  const checklist = [...earlier.checklist];
  for (const item of later.checklist) if (!checklist.some((c) => c.id === item.id)) checklist.push(item);
  const { verification: _stale, ...rest } = earlier;
  return { ...rest, finishedAt: later.finishedAt, actions: [...earlier.actions, ...later.actions], checklist };
}

/** The rescan in the seller's terms: what was remediated, what is kept and why, what remains. */
function summarizeVerification(session: Session, filesRead: number, rescan: ScanReport): RemediationVerification {
  const log = session.log!;
  const items = session.applied!.items;
  // The last round's outcome for each file counts.
  const latest = new Map<string, number>();
  items.forEach((item, i) => latest.set(item.path, i));
  let remediated = 0;
  const kept: RemediationVerification['kept'] = [];
  for (const [path, i] of latest) {
    const action = log.actions[i];
    if (!action || action.result !== 'done') continue;
    if (action.decision === 'keep') kept.push({ path, maskedPath: action.maskedPath, ...(action.keepReason ? { reason: action.keepReason } : {}), ...(action.until ? { until: action.until } : {}) });
    else remediated++;
  }
  // The screen may name the real file; the log keeps the masked path only.
  const byMasked = new Map(rescan.files.map((f) => [maskPath(f.path), f.path]));
  const remaining = (log.verification?.remaining ?? []).map((r) => {
    const path = byMasked.get(r.maskedPath);
    return { maskedPath: r.maskedPath, explanation: r.explanation, ...(path ? { path } : {}) };
  });
  return { filesRead, remediated, kept, remaining, clean: isClean(log) };
}
