// The signed attestation contract (`cda.attestation/1`): what the seller attests, built from a
// scan and an optional remediation log, signed over its RFC 8785 canonical form. Masked paths and
// hashes only. Unknown fields are kept (the contract grows by adding fields and the signature
// covers whatever the signer wrote).
import { z } from 'zod';
import { CATEGORIES, NOT_INSPECTED_REASONS } from './types.js';
import { ACTION_RESULTS, actionRecordSchema, DECISIONS, KEEP_REASONS } from './remediation.js';

export const ATTESTATION_SCHEMA = 'cda.attestation/1';

export const VERDICTS = ['clean', 'clean-with-exceptions', 'customer-data-remains'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_TITLES: Record<Verdict, string> = {
  clean: 'Clean',
  'clean-with-exceptions': 'Clean with exceptions',
  'customer-data-remains': 'Customer data remains',
};

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const isoTime = z.string().datetime({ offset: true });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/);
const count = z.number().int().min(0);
const counts = z.looseObject(Object.fromEntries(CATEGORIES.map((c) => [c, count])) as Record<(typeof CATEGORIES)[number], typeof count>);

export const attestationPayloadSchema = z.looseObject({
  verdict: z.enum(VERDICTS),
  /** The one sentence printed at the top of the PDF and by `cda verify`. */
  verdictLine: z.string().min(1),
  generatedAt: isoTime,
  seller: z.looseObject({
    business: z.string().min(1).max(200),
    attester: z.string().min(1).max(200),
    reference: z.string().max(200).optional(),
  }),
  machine: z
    .looseObject({
      os: z.string(),
      hostname: z.string().max(255).optional(),
      /** SHA-256 hex of the hostname when the seller did not enter one. */
      hostnameHash: sha256.optional(),
    })
    .refine((m) => m.hostname !== undefined || m.hostnameHash !== undefined, 'hostname or hostnameHash is required'),
  tool: z.looseObject({
    name: z.literal('customer-data-auditor'),
    version: z.string(),
    rules: z.string(),
    ocr: z.looseObject({ enabled: z.boolean(), languages: z.array(z.string()) }),
  }),
  scope: z.looseObject({
    roots: z.array(z.string()),
    exclusions: z.array(z.string()),
    /** The scan was stopped before every file was read. */
    cancelled: z.boolean(),
  }),
  times: z.looseObject({
    scanStartedAt: isoTime,
    scanFinishedAt: isoTime,
    remediatedAt: isoTime.optional(),
    verifiedAt: isoTime.optional(),
  }),
  examined: z.looseObject({
    files: count,
    bytes: count,
    byFormat: z.array(z.looseObject({ format: z.string(), files: count, bytes: count })),
  }),
  notInspected: z.array(
    z.looseObject({ maskedPath: z.string(), sha256: sha256.optional(), format: z.string(), reason: z.enum(NOT_INSPECTED_REASONS) }),
  ),
  found: z.looseObject({
    files: count,
    records: count,
    byCategory: counts,
    byRisk: z.looseObject({ low: count, medium: count, high: count }),
    list: z.array(
      z.looseObject({
        maskedPath: z.string(),
        sha256: sha256.optional(),
        format: z.string(),
        risk: z.enum(['low', 'medium', 'high']),
        records: count,
        byCategory: counts,
      }),
    ),
  }),
  /** The state the verdict rests on: after remediation and its verifying rescan when there was one. */
  outcome: z.looseObject({
    filesWithCustomerData: count,
    filesKept: count,
    filesNotInspected: count,
    remediated: z.boolean(),
    verifiedByRescan: z.boolean(),
  }),
  // The log's action records, less the seller's free-text note (a note can name a customer).
  actions: z.array(actionRecordSchema.omit({ note: true }).loose()),
  kept: z.array(
    z.looseObject({
      maskedPath: z.string(),
      sha256,
      decision: z.enum(['keep', 'archive']),
      reason: z.enum(KEEP_REASONS),
      until: isoDate.optional(),
    }),
  ),
  checklist: z.array(z.looseObject({ item: z.string(), confirmed: z.boolean() })),
  verification: z
    .looseObject({
      at: z.string(),
      filesScanned: count,
      filesWithCustomerData: count,
      filesNotInspected: count,
      remaining: z.array(z.looseObject({ maskedPath: z.string(), sha256: sha256.optional(), explanation: z.string() })),
    })
    .optional(),
  limits: z.array(z.string()),
});
export type AttestationPayload = z.infer<typeof attestationPayloadSchema>;

export const signatureSchema = z.looseObject({
  alg: z.literal('Ed25519'),
  /** The raw 32-byte Ed25519 public key, base64. */
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  /** SHA-256 hex of the raw public key. */
  fingerprint: sha256,
  /** Ed25519 signature over the UTF-8 bytes of the RFC 8785 canonical form of `payload`, base64. */
  value: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
});
export type AttestationSignature = z.infer<typeof signatureSchema>;

export const attestationSchema = z.looseObject({
  schema: z.literal(ATTESTATION_SCHEMA),
  payload: attestationPayloadSchema,
  signature: signatureSchema,
});
export type Attestation = z.infer<typeof attestationSchema>;
