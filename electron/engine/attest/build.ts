// Scan + optional remediation log + seller details → the attestation payload. Every path is
// masked word by word and files are named by hash; the seller's free-text notes from the log are
// left out (a note may name a customer).
import { createHash } from 'node:crypto';
import { arch, hostname as osHostname, platform, release } from 'node:os';
import { attestationPayloadSchema, type AttestationPayload } from '../../../shared/attestation.js';
import { maskPath } from '../../../shared/mask.js';
import type { RemediationLog } from '../../../shared/remediation.js';
import { CATEGORIES, type FileResult, type ScanReport } from '../../../shared/types.js';
import { DEFAULT_EXCLUDES } from '../walk.js';
import { limitSentences } from './limits.js';
import { decideVerdict, type Outcome } from './verdict.js';

export interface AttestInput {
  scan: ScanReport;
  log?: RemediationLog;
  seller: { business: string; attester: string; reference?: string };
  /** The machine's name as the seller entered it; without it only its SHA-256 is recorded. */
  hostname?: string;
  /** Whether OCR ran and with which languages, when the caller knows; otherwise read from the scan's files. */
  ocr?: { enabled: boolean; languages: string[] };
  now?: Date;
}

/** The log does not belong to the scan: the report would mix two different jobs. */
export class AttestInputError extends Error {
  override readonly name = 'AttestInputError';
}

export function buildPayload(input: AttestInput): AttestationPayload {
  const { scan, log } = input;
  if (log) checkLogMatchesScan(scan, log);
  const examinedFiles = scan.files.filter((f) => f.status === 'scanned');
  const foundFiles = scan.files.filter((f) => f.risk !== 'none');
  const notInspected = scan.files.filter((f) => f.status !== 'scanned');
  // Kept means kept with a recorded reason: a keep without one is customer data that remains.
  const kept = (log?.actions ?? []).flatMap((a) =>
    a.result === 'done' && (a.decision === 'keep' || a.decision === 'archive') && a.keepReason
      ? [{ maskedPath: a.maskedPath, sha256: a.sha256, decision: a.decision, reason: a.keepReason, ...(a.until ? { until: a.until } : {}) }]
      : [],
  );
  const ocr = input.ocr ?? ocrFromScan(scan);
  const verification = log?.verification;
  const outcome = computeOutcome(scan, foundFiles, log, kept.length);

  const { verdict, verdictLine } = decideVerdict({
    ...outcome,
    scanCancelled: scan.cancelled === true,
    filesExamined: examinedFiles.length,
    filesFound: foundFiles.length,
  });

  const payload: AttestationPayload = {
    verdict,
    verdictLine,
    generatedAt: (input.now ?? new Date()).toISOString(),
    seller: {
      business: input.seller.business.trim(),
      attester: input.seller.attester.trim(),
      ...(input.seller.reference?.trim() ? { reference: input.seller.reference.trim() } : {}),
    },
    machine: {
      os: describeOs(),
      ...(input.hostname?.trim() ? { hostname: input.hostname.trim() } : { hostnameHash: sha256Hex(osHostname().toLowerCase()) }),
    },
    tool: { name: scan.tool.name, version: scan.tool.version, rules: scan.tool.rules, ocr },
    scope: {
      roots: scan.roots.map(maskPath),
      // The built-in exclusions are tool folders; the seller's own patterns may name a person.
      exclusions: scan.excluded.map((pattern) => (DEFAULT_EXCLUDES.includes(pattern) ? pattern : maskPath(pattern))),
      cancelled: scan.cancelled === true,
    },
    times: {
      scanStartedAt: isoTime(scan.startedAt, 'the scan start'),
      scanFinishedAt: isoTime(scan.finishedAt, 'the scan end'),
      ...(log && log.actions.length > 0 ? { remediatedAt: isoTime(log.finishedAt, 'the remediation end') } : {}),
      ...(verification ? { verifiedAt: isoTime(verification.at, 'the verifying rescan') } : {}),
    },
    examined: {
      files: examinedFiles.length,
      bytes: scan.summary.bytesScanned,
      byFormat: byFormat(examinedFiles),
    },
    notInspected: notInspected.map((f) => ({
      maskedPath: maskPath(f.path),
      ...(f.sha256 ? { sha256: f.sha256 } : {}),
      format: f.format,
      ...(f.reason ? { reason: f.reason } : {}),
    })) as AttestationPayload['notInspected'],
    found: {
      files: foundFiles.length,
      records: scan.summary.records,
      byCategory: { ...scan.summary.byCategory },
      byRisk: {
        low: foundFiles.filter((f) => f.risk === 'low').length,
        medium: foundFiles.filter((f) => f.risk === 'medium').length,
        high: foundFiles.filter((f) => f.risk === 'high').length,
      },
      list: foundFiles.map((f) => ({
        maskedPath: maskPath(f.path),
        ...(f.sha256 ? { sha256: f.sha256 } : {}),
        format: f.format,
        risk: f.risk as 'low' | 'medium' | 'high',
        records: f.records,
        byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, f.findings[c]])) as Record<(typeof CATEGORIES)[number], number>,
      })),
    },
    outcome: { ...outcome },
    actions: (log?.actions ?? []).map((a) => ({
      maskedPath: a.maskedPath,
      sha256: a.sha256,
      decision: a.decision,
      method: a.method,
      result: a.result,
      ...(a.reasonCode ? { reasonCode: a.reasonCode } : {}),
      ...(a.message ? { message: a.message } : {}),
      at: a.at,
      ...(a.mediumCaveat ? { mediumCaveat: a.mediumCaveat } : {}),
      ...(a.keepReason ? { keepReason: a.keepReason } : {}),
      ...(a.until ? { until: a.until } : {}),
    })),
    kept,
    checklist: (log?.checklist ?? []).map((c) => ({ item: c.item, confirmed: c.confirmed })),
    ...(verification
      ? {
          verification: {
            at: verification.at,
            filesScanned: verification.filesScanned,
            filesWithCustomerData: verification.filesWithCustomerData,
            filesNotInspected: verification.filesNotInspected,
            remaining: verification.remaining.map((r) => ({ maskedPath: r.maskedPath, ...(r.sha256 ? { sha256: r.sha256 } : {}), explanation: r.explanation })),
          },
        }
      : {}),
    limits: limitSentences({
      ocrEnabled: ocr.enabled,
      filesNotInspected: outcome.filesNotInspected,
      scanCancelled: scan.cancelled === true,
      deleted: (log?.actions ?? []).some((a) => a.decision === 'delete' && a.result === 'done'),
      verifiedByRescan: outcome.verifiedByRescan,
    }),
  };
  // Our own output must meet our own contract; a failure here is a bug, not bad input.
  return attestationPayloadSchema.parse(payload) as AttestationPayload;
}

function computeOutcome(scan: ScanReport, foundFiles: FileResult[], log: RemediationLog | undefined, filesKept: number): Outcome {
  const verification = log?.verification;
  if (verification) {
    // The rescan is the state that counts. Files it still finds beyond the kept ones remain,
    // even if the log's list of remaining files is shorter.
    return {
      filesWithCustomerData: Math.max(verification.remaining.length, verification.filesWithCustomerData - filesKept),
      filesKept,
      filesNotInspected: verification.filesNotInspected,
      remediated: log.actions.length > 0,
      verifiedByRescan: true,
    };
  }
  if (!log || log.actions.length === 0) {
    return { filesWithCustomerData: foundFiles.length, filesKept: 0, filesNotInspected: scan.summary.filesNotInspected, remediated: false, verifiedByRescan: false };
  }
  // No rescan: a file counts as dealt with when an action on it (or on the archive holding it) was
  // done: deleted, redacted, or kept with a recorded reason.
  const resolving = log.actions.filter((a) => a.result === 'done' && (a.decision === 'delete' || a.decision === 'redact' || a.keepReason !== undefined));
  const done = new Set(resolving.flatMap((a) => [a.sha256, `path:${a.maskedPath}`]));
  const shaByPath = new Map(scan.files.map((f) => [f.path, f.sha256]));
  const isDone = (path: string, sha?: string) => (sha !== undefined && done.has(sha)) || done.has(`path:${maskPath(path)}`);
  const remaining = foundFiles.filter((f) => {
    if (isDone(f.path, f.sha256)) return false;
    const outer = f.path.split('!')[0]!;
    return !(outer !== f.path && isDone(outer, shaByPath.get(outer)));
  });
  return {
    filesWithCustomerData: remaining.length,
    filesKept,
    filesNotInspected: scan.summary.filesNotInspected,
    remediated: true,
    verifiedByRescan: false,
  };
}

/** The languages OCR reads (electron/engine/ocr/engine.ts: English unless configured otherwise). */
export const OCR_LANGUAGES = ['eng'];

/**
 * Whether OCR ran, from what cda.scan/1 shows: a file read by OCR, or a picture scanned without a
 * 'needs-ocr' refusal, means on; a 'needs-ocr' file means off. A scan without pictures shows
 * neither: then `setting` (the app's OCR setting) decides, and without it the report says off.
 */
export function ocrFromScan(scan: ScanReport, setting?: boolean): { enabled: boolean; languages: string[] } {
  // Scans since cda.scan/1 gained `ocr` say it themselves; older ones are judged by their files.
  if (scan.ocr) return { enabled: scan.ocr.enabled, languages: [...scan.ocr.languages] };
  const refused = scan.files.some((f) => f.reason === 'needs-ocr');
  const read = scan.files.some((f) => f.ocr) || (!refused && scan.files.some((f) => f.format === 'image' && f.status === 'scanned'));
  const enabled = read || (!refused && setting === true);
  return { enabled, languages: enabled ? [...OCR_LANGUAGES] : [] };
}

function checkLogMatchesScan(scan: ScanReport, log: RemediationLog): void {
  const scanRoots = [...new Set(scan.roots.map(maskPath))].sort();
  const logRoots = [...new Set(log.roots)].sort();
  if (scanRoots.join('\n') !== logRoots.join('\n')) {
    throw new AttestInputError('The remediation log is for other folders than the scan (their roots differ). Use the log written for this scan.');
  }
  if (Date.parse(log.startedAt) < Date.parse(scan.startedAt)) {
    throw new AttestInputError('The remediation log started before the scan did, so it cannot belong to this scan.');
  }
}

function byFormat(files: FileResult[]): AttestationPayload['examined']['byFormat'] {
  const map = new Map<string, { files: number; bytes: number }>();
  for (const f of files) {
    const entry = map.get(f.format) ?? { files: 0, bytes: 0 };
    entry.files++;
    // Archive entries are counted as files; their bytes are already in the archive's size.
    if (!f.path.includes('!')) entry.bytes += f.size;
    map.set(f.format, entry);
  }
  return [...map].map(([format, c]) => ({ format, ...c })).sort((a, b) => b.files - a.files || (a.format < b.format ? -1 : 1));
}

function isoTime(text: string, what: string): string {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new AttestInputError(`The time of ${what} (${JSON.stringify(text.slice(0, 40))}) is not a date.`);
  return new Date(ms).toISOString();
}

const OS_NAMES: Partial<Record<NodeJS.Platform, string>> = { darwin: 'macOS', win32: 'Windows', linux: 'Linux' };

function describeOs(): string {
  return `${OS_NAMES[platform()] ?? platform()} ${release()} (${arch()})`;
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
