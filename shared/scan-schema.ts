// Runtime schema of `cda.scan/1`: validates scan JSON read back from disk (remediate, attest) and
// checks in tests that what the engine writes is the contract. Extra fields are allowed (the
// contract grows only by adding fields).
import { z } from 'zod';
import { CATEGORIES, NOT_INSPECTED_REASONS, RISKS } from './types.js';

const counts = z.object({ name: z.number().int().min(0), email: z.number().int().min(0), phone: z.number().int().min(0), address: z.number().int().min(0) });

const where = z.union([
  z.object({ sheet: z.string(), row: z.number().int().min(1), column: z.string() }),
  z.object({ page: z.number().int().min(1).optional(), box: z.tuple([z.number(), z.number(), z.number(), z.number()]) }),
  z.object({ page: z.number().int().min(1) }),
  z.object({ line: z.number().int().min(1) }),
]);

export const evidenceSchema = z.object({
  category: z.enum(CATEGORIES),
  masked: z.string().max(400),
  confidence: z.number().min(0).max(1),
  where,
});

export const fileResultSchema = z.object({
  path: z.string(),
  size: z.number().min(0),
  mtimeMs: z.number(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  format: z.string(),
  status: z.enum(['scanned', 'skipped', 'error']),
  reason: z.enum(NOT_INSPECTED_REASONS).optional(),
  message: z.string().optional(),
  ocr: z.boolean(),
  findings: counts,
  records: z.number().int().min(0),
  risk: z.enum(RISKS),
  evidence: z.array(evidenceSchema).max(20),
});

export const scanReportSchema = z.object({
  schema: z.literal('cda.scan/1'),
  tool: z.object({ name: z.literal('customer-data-auditor'), version: z.string(), rules: z.string() }),
  startedAt: z.string().datetime(),
  finishedAt: z.string().datetime(),
  roots: z.array(z.string()),
  excluded: z.array(z.string()),
  cancelled: z.boolean().optional(),
  ocr: z.object({ enabled: z.boolean(), languages: z.array(z.string()) }).optional(),
  summary: z.object({
    filesSeen: z.number().int().min(0),
    filesScanned: z.number().int().min(0),
    filesWithCustomerData: z.number().int().min(0),
    filesNotInspected: z.number().int().min(0),
    bytesScanned: z.number().min(0),
    records: z.number().int().min(0),
    byCategory: counts,
  }),
  files: z.array(fileResultSchema),
});
