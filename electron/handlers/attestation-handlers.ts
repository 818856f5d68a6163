// The handlers of the attestation calls (shared/api-attestation.ts), over the engine. A report is
// built from the scan the app holds and the clean-up log saved for it, signed with this
// installation's key, and kept here (PDF bytes and JSON) until the seller saves it. Reports an
// account manager drops in arrive as bytes and are checked in memory; nothing of theirs is written.
import { createPrivateKey, createPublicKey, randomUUID } from 'node:crypto';
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import type { AttestationSetup, AttestationSummary, SavedAttestation, VerifiedReport, attestationApiInputs } from '../../shared/api-attestation.js';
import type { Attestation } from '../../shared/attestation.js';
import { AttestInputError, buildPayload, ocrFromScan } from '../engine/attest/build.js';
import { fileKeyStore, fingerprintOf, loadOrCreateSigningKey, parseExpectedKey, rawPublicKey, type SigningKey } from '../engine/attest/keys.js';
import { attestationJson, renderReportPdf } from '../engine/attest/pdf.js';
import { reportCode, reportHash } from '../engine/attest/report-code.js';
import { signPayload } from '../engine/attest/sign.js';
import { verifyReportBytes } from '../engine/attest/verify.js';
import { ApiFailure } from './api-failure.js';
import type { DomainHandlers, HandlerDeps } from './handler-types.js';
import { readRemediationLog } from './remediation-handlers.js';

/** Reports kept in memory until saved; older ones are forgotten (the seller can make them again). */
const KEPT_REPORTS = 5;
/** Where reports go when the host has no save dialog (the development bridge). */
export const REPORTS_FOLDER = 'reports';

interface MadeReport {
  attestation: Attestation;
  json: string;
  pdf: Buffer;
  /** The file name the PDF's verification instruction names. */
  pdfName: string;
  saved?: SavedAttestation;
}

export function createAttestationHandlers(deps: HandlerDeps): DomainHandlers<keyof typeof attestationApiInputs> {
  const reports = new Map<string, MadeReport>();
  const keyStore = fileKeyStore(deps.userDataDir, deps.keyProtector);
  let key: Promise<SigningKey & { created: boolean }> | undefined;
  /** The key's creation is news for the first report only. */
  let creationTold = false;
  const signingKey = () => {
    key ??= loadOrCreateSigningKey(keyStore).catch((error: unknown) => {
      key = undefined;
      throw new ApiFailure('failed', `The report cannot be signed: ${error instanceof Error ? error.message : 'the signing key is unavailable.'}`);
    });
    return key;
  };

  const finishedScan = (scanId: string) => {
    const scan = deps.scans.report(scanId);
    if (!scan) throw new ApiFailure('not-found', 'That scan is not finished or no longer available. Please scan again before making a report.');
    return scan;
  };

  const madeReport = (reportId: string): MadeReport => {
    const report = reports.get(reportId);
    if (!report) throw new ApiFailure('not-found', 'That report is no longer available. Please make it again.');
    return report;
  };

  return {
    getAttestationSetup: async ({ scanId }): Promise<AttestationSetup> => {
      const scan = finishedScan(scanId);
      const log = await readRemediationLog(deps.userDataDir, scanId);
      const settings = await deps.settings.load();
      return {
        hostname: hostname(),
        ...(await existingFingerprint(keyStore)),
        keyProtection: deps.keyProtector ? 'os-secret-store' : 'owner-only-file',
        remediation: { recorded: (log?.actions.length ?? 0) > 0, actions: log?.actions.length ?? 0, verifiedByRescan: log?.verification !== undefined },
        ocr: ocrFromScan(scan, settings.ocr),
      };
    },

    createAttestation: async ({ scanId, business, attester, reference, computer }): Promise<AttestationSummary> => {
      const scan = finishedScan(scanId);
      const log = (await readRemediationLog(deps.userDataDir, scanId)) ?? undefined;
      const settings = await deps.settings.load();
      let payload;
      try {
        payload = buildPayload({
          scan,
          ...(log ? { log } : {}),
          seller: { business, attester, ...(reference ? { reference } : {}) },
          ...(computer.mode === 'named' ? { hostname: computer.name } : {}),
          ocr: ocrFromScan(scan, settings.ocr),
        });
      } catch (error) {
        if (error instanceof AttestInputError) throw new ApiFailure('invalid-input', error.message);
        throw error;
      }
      const signing = await signingKey();
      const attestation = signPayload(payload, signing);
      const code = reportCode(attestation);
      const pdfName = suggestedName(attestation.payload.generatedAt, code);
      const pdf = await renderReportPdf(attestation, { fileName: pdfName });
      const keyCreated = signing.created && !creationTold;
      creationTold = true;
      const reportId = randomUUID();
      reports.set(reportId, { attestation, json: attestationJson(attestation), pdf, pdfName });
      for (const id of [...reports.keys()].slice(0, Math.max(0, reports.size - KEPT_REPORTS))) reports.delete(id);

      const p = attestation.payload;
      return {
        reportId,
        verdict: p.verdict,
        verdictLine: p.verdictLine,
        code,
        reportHash: reportHash(attestation),
        keyFingerprint: attestation.signature.fingerprint,
        keyCreated,
        generatedAt: p.generatedAt,
        business: p.seller.business,
        ...(p.seller.reference ? { reference: p.seller.reference } : {}),
        counts: {
          filesExamined: p.examined.files,
          bytesExamined: p.examined.bytes,
          filesNotInspected: p.outcome.filesNotInspected,
          filesFound: p.found.files,
          records: p.found.records,
          filesRemaining: p.outcome.filesWithCustomerData,
          filesKept: p.outcome.filesKept,
          actions: p.actions.length,
        },
        remediated: p.outcome.remediated,
        verifiedByRescan: p.outcome.verifiedByRescan,
        ocr: { enabled: p.tool.ocr.enabled, languages: [...p.tool.ocr.languages] },
        pdfBytes: pdf.length,
        suggestedName: pdfName,
      };
    },

    saveAttestation: async ({ reportId }) => {
      const report = madeReport(reportId);
      let pdfPath: string;
      if (deps.host.pickSavePath) {
        const picked = await deps.host.pickSavePath(report.pdfName);
        if (!picked) return null;
        pdfPath = extname(picked).toLowerCase() === '.pdf' ? picked : `${picked}.pdf`;
      } else {
        const folder = join(deps.userDataDir, REPORTS_FOLDER);
        await mkdir(folder, { recursive: true });
        pdfPath = await freeName(folder, report.pdfName);
      }
      const jsonPath = pdfPath.replace(/\.pdf$/i, '.json');
      // The PDF tells its reader to run `cda verify <its own name>`: printed again under the chosen name.
      const name = basename(pdfPath);
      const pdf = name === report.pdfName || !/^[\w .()-]{1,60}\.pdf$/i.test(name) ? report.pdf : await renderReportPdf(report.attestation, { fileName: name });
      try {
        await writeAtomically(jsonPath, report.json);
        await writeAtomically(pdfPath, pdf);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why = code === 'EACCES' || code === 'EPERM' ? 'you do not have permission to write there' : code === 'ENOSPC' ? 'the disk is full' : code === 'ENOENT' ? 'that folder does not exist' : 'the file could not be written';
        throw new ApiFailure('failed', `The report could not be saved in ${dirname(pdfPath)}: ${why}. Please choose another place.`);
      }
      report.saved = { pdfPath, jsonPath };
      return report.saved;
    },

    openAttestation: async ({ reportId }) => {
      const { saved } = madeReport(reportId);
      if (!saved) throw new ApiFailure('not-allowed', 'Save the report first, then open it.');
      if (deps.host.openPath) await deps.host.openPath(saved.pdfPath);
      else await deps.host.showInFolder(saved.pdfPath);
    },

    verifyReports: async ({ files, expectedKey }) => {
      let expectedFingerprint: string | undefined;
      if (expectedKey) {
        expectedFingerprint = parseExpectedKey(expectedKey);
        if (!expectedFingerprint) throw new ApiFailure('invalid-input', 'That is not a key fingerprint: it has 64 letters and digits (0–9, a–f), as the seller’s report shows it. Check it, or leave the field empty.');
      }
      const rows: VerifiedReport[] = [];
      // One at a time: a batch of PDFs is parsed without holding every parser at once.
      for (const file of files) rows.push(await checkOne(file.name, file.bytesBase64, expectedFingerprint));
      return { rows, ...(expectedFingerprint ? { expectedFingerprint } : {}) };
    },
  };
}

async function checkOne(name: string, base64: string, expectedFingerprint: string | undefined): Promise<VerifiedReport> {
  const bytes = Buffer.from(base64, 'base64');
  let outcome;
  try {
    outcome = await verifyReportBytes(bytes, expectedFingerprint ? { expectedFingerprint } : {});
  } catch {
    return { name, ok: false, reason: 'unreadable', message: 'The file could not be read as a report.' };
  }
  if (!outcome.ok) {
    return {
      name,
      ok: false,
      ...(outcome.form ? { form: outcome.form } : {}),
      reason: outcome.reason,
      message: outcome.message,
      ...(outcome.reason === 'key-mismatch' && outcome.attestation ? { keyFingerprint: outcome.attestation.signature.fingerprint } : {}),
    };
  }
  const p = outcome.attestation.payload;
  return {
    name,
    ok: true,
    form: outcome.form,
    verdict: p.verdict,
    verdictLine: p.verdictLine,
    business: p.seller.business,
    attester: p.seller.attester,
    ...(p.seller.reference ? { reference: p.seller.reference } : {}),
    issuedAt: p.generatedAt,
    scanFinishedAt: p.times.scanFinishedAt,
    filesExamined: p.examined.files,
    filesNotInspected: p.outcome.filesNotInspected,
    filesRemaining: p.outcome.filesWithCustomerData,
    keyFingerprint: outcome.attestation.signature.fingerprint,
    code: outcome.code,
  };
}

/** The installation's key fingerprint when a key exists; never creates one. */
async function existingFingerprint(store: ReturnType<typeof fileKeyStore>): Promise<{ keyFingerprint?: string }> {
  try {
    const pem = await store.read();
    if (!pem) return {};
    return { keyFingerprint: fingerprintOf(rawPublicKey(createPublicKey(createPrivateKey({ key: Buffer.from(pem), format: 'pem' })))) };
  } catch {
    // A damaged or locked key is reported when a report is made, with its reason.
    return {};
  }
}

/** `attestation-2026-11-12-87C0-18C6.pdf`: a date and the start of the report code, nothing about the seller's files. */
function suggestedName(generatedAt: string, code: string): string {
  return `attestation-${generatedAt.slice(0, 10)}-${code.slice(0, 9)}.pdf`;
}

/** `name.pdf`, or `name-2.pdf`… when the folder holds one already (with its JSON). */
async function freeName(folder: string, name: string): Promise<string> {
  const stem = name.replace(/\.pdf$/i, '');
  for (let n = 1; n < 1000; n++) {
    const candidate = join(folder, n === 1 ? name : `${stem}-${n}.pdf`);
    if (!(await exists(candidate)) && !(await exists(candidate.replace(/\.pdf$/i, '.json')))) return candidate;
  }
  throw new ApiFailure('failed', 'The reports folder is full of reports with this name. Please move some away.');
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function writeAtomically(path: string, data: string | Buffer): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`);
  await writeFile(temp, data);
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
