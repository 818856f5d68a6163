// The scan result contract (`cda.scan/1`), shared by the engine, the CLI and the renderer.
// Plain serialisable data only: this file must never import Node or DOM APIs.

export const CATEGORIES = ['name', 'email', 'phone', 'address'] as const;
export type Category = (typeof CATEGORIES)[number];

export type CategoryCounts = Record<Category, number>;

export function emptyCounts(): CategoryCounts {
  return { name: 0, email: 0, phone: 0, address: 0 };
}

export const RISKS = ['none', 'low', 'medium', 'high'] as const;
export type Risk = (typeof RISKS)[number];

export type FileStatus = 'scanned' | 'skipped' | 'error';

/**
 * Why a file was not (fully) inspected. `changed` and `loop` extend the list of DESIGN.md:
 * a file rewritten while it was read, and a folder reached twice (bind mount or junction).
 */
export const NOT_INSPECTED_REASONS = [
  'encrypted',
  'corrupt',
  'too-large',
  'unsupported',
  'permission-denied',
  'vanished',
  'changed',
  'timeout',
  'needs-ocr',
  'symlink',
  'loop',
] as const;
export type NotInspectedReason = (typeof NOT_INSPECTED_REASONS)[number];

export type FileFormat =
  | 'csv'
  | 'tsv'
  | 'xlsx'
  | 'xlsm'
  | 'xls'
  | 'ods'
  | 'pdf'
  | 'text'
  | 'docx'
  | 'zip'
  | 'image'
  | 'folder'
  | 'unknown';

export type Where =
  | { sheet: string; row: number; column: string }
  | { page: number }
  | { line: number }
  | { page?: number; box: [number, number, number, number] };

export interface Evidence {
  category: Category;
  /** Masked with shared/mask.ts; never the raw value. */
  masked: string;
  confidence: number;
  where: Where;
}

export interface FileResult {
  path: string;
  size: number;
  mtimeMs: number;
  sha256?: string;
  format: FileFormat;
  status: FileStatus;
  reason?: NotInspectedReason;
  /** Human sentence, present when status is not `scanned`; never holds a raw value. */
  message?: string;
  ocr: boolean;
  findings: CategoryCounts;
  records: number;
  risk: Risk;
  evidence: Evidence[];
}

export interface ScanSummary {
  filesSeen: number;
  filesScanned: number;
  filesWithCustomerData: number;
  filesNotInspected: number;
  bytesScanned: number;
  records: number;
  byCategory: CategoryCounts;
}

export interface ToolInfo {
  name: 'customer-data-auditor';
  version: string;
  rules: string;
}

export interface ScanReport {
  schema: 'cda.scan/1';
  tool: ToolInfo;
  startedAt: string;
  finishedAt: string;
  roots: string[];
  excluded: string[];
  /** True when the scan was cancelled before every file was read. Additive to cda.scan/1. */
  cancelled?: boolean;
  /** Whether pictures and scanned pages were read by OCR, and in which languages. Additive to cda.scan/1. */
  ocr?: { enabled: boolean; languages: string[] };
  summary: ScanSummary;
  files: FileResult[];
}

/** The seller's own business details: never counted as customer data. */
export interface SellerIdentity {
  businessNames: string[];
  emails: string[];
  phones: string[];
  addresses: string[];
}

export function emptyIdentity(): SellerIdentity {
  return { businessNames: [], emails: [], phones: [], addresses: [] };
}

export function isNotInspected(file: FileResult): boolean {
  return file.status !== 'scanned';
}

export function holdsCustomerData(file: FileResult): boolean {
  return file.risk !== 'none';
}
