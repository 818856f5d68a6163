// Verification of a signed report: schema, the key's fingerprint, the Ed25519 signature over the
// canonical payload, the printed pages against the attachment (PDF), and the expected key. Every
// failure has a machine reason and a sentence a person can act on.
import { verify as verifySignature } from 'node:crypto';
import { ATTESTATION_SCHEMA, attestationSchema, type Attestation } from '../../../shared/attestation.js';
import { canonicalBytes, CanonicalJsonError } from './canonical-json.js';
import { fingerprintOf, formatFingerprint, publicKeyFromRaw } from './keys.js';
import { readReportBytes, readReportFile, ReportReadError, type ReadFailure, type ReadReport } from './read-report.js';
import { reportCode } from './report-code.js';

export type VerifyReason =
  | ReadFailure
  | 'schema-invalid'
  | 'fingerprint-mismatch'
  | 'signature-invalid'
  | 'json-pdf-mismatch'
  | 'key-mismatch';

export type VerifyOutcome =
  | { ok: true; form: 'json' | 'pdf'; attestation: Attestation; code: string }
  | { ok: false; form?: 'json' | 'pdf'; reason: VerifyReason; message: string; attestation?: Attestation };

export interface VerifyOptions {
  /** Fingerprint (hex) of the key the report must be signed with. */
  expectedFingerprint?: string;
}

export async function verifyReportFile(path: string, options: VerifyOptions = {}): Promise<VerifyOutcome> {
  return verifyRead(() => readReportFile(path), options);
}

export async function verifyReportBytes(bytes: Uint8Array, options: VerifyOptions = {}): Promise<VerifyOutcome> {
  return verifyRead(() => readReportBytes(bytes), options);
}

async function verifyRead(read: () => Promise<ReadReport>, options: VerifyOptions): Promise<VerifyOutcome> {
  let report: ReadReport;
  try {
    report = await read();
  } catch (error) {
    if (error instanceof ReportReadError) return { ok: false, reason: error.reason, message: error.message };
    throw error;
  }
  const outcome = verifyAttestation(report.document, options);
  if (outcome.ok && report.form === 'pdf') {
    const mismatch = pagesMismatch(report.pages ?? [], outcome.attestation, outcome.code);
    if (mismatch) return { ok: false, form: 'pdf', reason: 'json-pdf-mismatch', message: mismatch, attestation: outcome.attestation };
  }
  return { ...outcome, form: report.form };
}

/** Checks a parsed report document. */
export function verifyAttestation(document: unknown, options: VerifyOptions = {}): VerifyOutcome {
  const schema = typeof document === 'object' && document !== null ? (document as { schema?: unknown }).schema : undefined;
  if (typeof schema === 'string' && schema !== ATTESTATION_SCHEMA) {
    return { ok: false, reason: 'schema-invalid', message: `This is a ${schema.slice(0, 40)} file, not a signed ${ATTESTATION_SCHEMA} report.` };
  }
  const parsed = attestationSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the document';
    return { ok: false, reason: 'schema-invalid', message: `This is not a valid cda.attestation/1 report: ${where}: ${issue?.message ?? 'invalid'}.` };
  }
  const attestation = parsed.data;
  const { signature } = attestation;
  // Base64 tolerates changes in the unused low bits of its last character; only the canonical
  // spelling is accepted, so that every changed byte of a report fails.
  if (!isCanonicalBase64(signature.publicKey) || !isCanonicalBase64(signature.value)) {
    return { ok: false, reason: 'signature-invalid', attestation, message: 'The signature or key in the report is not written as it was signed: the report was altered.' };
  }
  const raw = Buffer.from(signature.publicKey, 'base64');
  const actualFingerprint = fingerprintOf(raw);
  if (actualFingerprint !== signature.fingerprint) {
    return { ok: false, reason: 'fingerprint-mismatch', attestation, message: 'The fingerprint written in the report does not belong to the public key in it: the report was altered.' };
  }
  // The signature covers the payload as written, unknown (newer) fields included, so the raw
  // document is canonicalised, not the schema's parsed copy.
  let signedBytes: Buffer;
  try {
    signedBytes = canonicalBytes((document as { payload: unknown }).payload);
  } catch (error) {
    if (!(error instanceof CanonicalJsonError)) throw error;
    return { ok: false, reason: 'schema-invalid', attestation, message: `The report cannot be canonicalised: ${error.message}` };
  }
  // The schema guarantees a 32-byte key and a 64-byte signature, so verify() only answers yes or no.
  if (!verifySignature(null, signedBytes, publicKeyFromRaw(raw), Buffer.from(signature.value, 'base64'))) {
    return { ok: false, reason: 'signature-invalid', attestation, message: 'The signature does not match the content: the report was changed after it was signed.' };
  }
  if (options.expectedFingerprint !== undefined && options.expectedFingerprint !== actualFingerprint) {
    return {
      ok: false,
      reason: 'key-mismatch',
      attestation,
      message: `The report is intact but signed with another key (${formatFingerprint(actualFingerprint)}) than the one expected (${formatFingerprint(options.expectedFingerprint)}).`,
    };
  }
  return { ok: true, form: 'json', attestation, code: reportCode(document) };
}

/** The printed pages must carry the attachment's report code and verdict: catches a swapped attachment. */
function pagesMismatch(pages: string[], attestation: Attestation, code: string): string | undefined {
  const squash = (text: string) => text.replace(/\s+/g, '');
  const text = squash(pages.join(' '));
  if (!pages.every((page) => squash(page).includes(code))) {
    return `The printed pages do not belong to the signed JSON attached to this PDF (report code ${code} is not on every page): the attachment was swapped or the pages were edited.`;
  }
  if (!text.includes(squash(attestation.payload.verdictLine))) {
    return 'The verdict printed in the PDF is not the one in its signed JSON: the pages were edited.';
  }
  return undefined;
}

function isCanonicalBase64(text: string): boolean {
  return Buffer.from(text, 'base64').toString('base64') === text;
}
