// The app's calls for attestation: make a signed report from a finished scan (and its clean-up
// log), save it as REPORT.pdf + REPORT.json, open it, and verify reports an account manager
// drops in. Input schemas and result types, merged into shared/api.ts; inputs are validated with
// these schemas wherever they cross a process boundary.
import { z } from 'zod';
import type { Verdict } from './attestation.js';

const scanId = z.string().regex(/^[a-z0-9-]{1,64}$/);
const reportId = z.string().regex(/^[a-z0-9-]{1,64}$/);

/** A line of text a person typed: trimmed, no line breaks or control characters. */
const personText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Please keep this under ${max} characters.`)
    .refine((text) => !/[\u0000-\u001f\u007f]/.test(text), 'Line breaks and control characters are not allowed.');

/** A report PDF is a few hundred KB; JSON less. Far above that is not a report. */
export const MAX_REPORT_FILE_BYTES = 8 * 1024 * 1024;
/** Reports checked in one go (an account manager's batch). */
export const MAX_REPORTS_PER_CHECK = 50;
const MAX_TOTAL_BASE64 = 40 * 1024 * 1024;

const droppedReport = z.object({
  /** The file's name as the person's computer gave it; shown back, never used as a path. */
  name: z.string().min(1).max(255),
  bytesBase64: z
    .string()
    .max(Math.ceil(MAX_REPORT_FILE_BYTES / 3) * 4, 'This file is far too large to be an attestation report.')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file did not arrive intact.'),
});

export const attestationApiInputs = {
  /** What the Report screen shows before anything is made: the computer's name, the key, whether a clean-up was recorded. */
  getAttestationSetup: z.object({ scanId }),
  createAttestation: z.object({
    scanId,
    business: personText(200).pipe(z.string().min(1, 'Please enter your business name.')),
    attester: personText(200).pipe(z.string().min(1, 'Please enter the name of the person attesting.')),
    reference: personText(200).optional(),
    /** Print the computer's name as entered, or record only its SHA-256. */
    computer: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('hashed') }),
      z.object({ mode: z.literal('named'), name: personText(255).pipe(z.string().min(1, 'Please enter the computer’s name, or choose to record only its fingerprint.')) }),
    ]),
  }),
  /** Saves the report: a save dialog in the app (null when cancelled); the reports folder on the development bridge. */
  saveAttestation: z.object({ reportId }),
  /** Opens the saved PDF with the system's PDF reader. */
  openAttestation: z.object({ reportId }),
  verifyReports: z.object({
    files: z
      .array(droppedReport)
      .min(1, 'Choose at least one report.')
      .max(MAX_REPORTS_PER_CHECK, `Please check at most ${MAX_REPORTS_PER_CHECK} reports at a time.`)
      .refine((files) => files.reduce((sum, f) => sum + f.bytesBase64.length, 0) <= MAX_TOTAL_BASE64, 'These files are too large to check in one go; please check fewer at a time.'),
    /** The seller's key fingerprint (or public key) as the account manager received it. */
    expectedKey: z.string().trim().max(2000).optional(),
  }),
} satisfies Record<string, z.ZodType>;

export interface AttestationSetup {
  /** This computer's name, offered for the report (the seller may also record only its fingerprint). */
  hostname: string;
  /** The fingerprint of this installation's signing key, when it exists already (it is made with the first report). */
  keyFingerprint?: string;
  /** How the private key is kept: locked by the operating system's secret store, or a file only this user can read. */
  keyProtection: 'os-secret-store' | 'owner-only-file';
  /** A clean-up was recorded for this scan, and whether a verifying rescan confirmed it. */
  remediation: { recorded: boolean; actions: number; verifiedByRescan: boolean };
  /** The app's OCR setting as it applies to this scan. */
  ocr: { enabled: boolean; languages: string[] };
}

/** What the Report screen shows once the report is made; the PDF and JSON stay in the app until saved. */
export interface AttestationSummary {
  reportId: string;
  verdict: Verdict;
  verdictLine: string;
  /** The short code of the report's hash, printed on every page. */
  code: string;
  /** SHA-256 of the canonical signed report, hex. */
  reportHash: string;
  keyFingerprint: string;
  /** A signing key was made for this report (the first one of this installation). */
  keyCreated: boolean;
  generatedAt: string;
  business: string;
  reference?: string;
  counts: {
    filesExamined: number;
    bytesExamined: number;
    filesNotInspected: number;
    filesFound: number;
    records: number;
    filesRemaining: number;
    filesKept: number;
    actions: number;
  };
  remediated: boolean;
  verifiedByRescan: boolean;
  ocr: { enabled: boolean; languages: string[] };
  pdfBytes: number;
  suggestedName: string;
}

export interface SavedAttestation {
  pdfPath: string;
  jsonPath: string;
}

export type VerifyFailureReason =
  | 'unreadable'
  | 'json-invalid'
  | 'pdf-unreadable'
  | 'attachment-missing'
  | 'schema-invalid'
  | 'fingerprint-mismatch'
  | 'signature-invalid'
  | 'json-pdf-mismatch'
  | 'key-mismatch';

/** One checked report. A failed report shows its reason only, never its (untrusted) content. */
export type VerifiedReport =
  | {
      name: string;
      ok: true;
      form: 'pdf' | 'json';
      verdict: Verdict;
      verdictLine: string;
      business: string;
      attester: string;
      reference?: string;
      issuedAt: string;
      scanFinishedAt: string;
      filesExamined: number;
      filesNotInspected: number;
      filesRemaining: number;
      keyFingerprint: string;
      code: string;
    }
  | {
      name: string;
      ok: false;
      form?: 'pdf' | 'json';
      reason: VerifyFailureReason;
      message: string;
      /** For a report intact but signed with another key: that key's fingerprint. */
      keyFingerprint?: string;
    };

export interface VerifyReportsResult {
  rows: VerifiedReport[];
  /** The fingerprint every report was checked against, when one was given. */
  expectedFingerprint?: string;
}

export interface AttestationApiResults {
  getAttestationSetup: AttestationSetup;
  createAttestation: AttestationSummary;
  saveAttestation: SavedAttestation | null;
  openAttestation: void;
  verifyReports: VerifyReportsResult;
}

/** Events pushed to the interface; `type` starts with 'attestation-'. */
export type AttestationEvent = never;
