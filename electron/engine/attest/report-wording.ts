// How a report's codes read to a person: dates, counts, reasons, decisions. Shared by the PDF
// and `cda verify` so that both say the same thing.
import type { Decision, KeepReason } from '../../../shared/remediation.js';
import type { NotInspectedReason } from '../../../shared/types.js';

const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
  timeZone: 'UTC',
});
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** `12 Nov 2026, 09:14 UTC`; the text as given when it is not a date. */
export function formatTime(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : `${DATE_TIME.format(ms)} UTC`;
}

export function formatDate(isoDate: string): string {
  const ms = Date.parse(isoDate);
  return Number.isNaN(ms) ? isoDate : DATE.format(ms);
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

export const NOT_INSPECTED_WORDS: Record<NotInspectedReason, string> = {
  encrypted: 'Encrypted or password-protected',
  corrupt: 'Damaged or unreadable',
  'too-large': 'Too large to read',
  unsupported: 'Not a readable file type',
  'permission-denied': 'Access denied',
  vanished: 'Removed during the scan',
  changed: 'Changed while being read',
  timeout: 'Took too long to read',
  'needs-ocr': 'Image or scan, OCR off',
  symlink: 'Link, not followed',
  loop: 'Folder reached twice',
};

export const DECISION_WORDS: Record<Decision, string> = {
  delete: 'Securely deleted',
  redact: 'Redacted',
  keep: 'Kept',
  archive: 'Archived (encrypted)',
};

export const KEEP_REASON_WORDS: Record<KeepReason, string> = {
  'tax-retention': 'Tax retention obligation',
  'legal-hold': 'Legal hold',
  'not-customer-data': 'Not customer data (reviewed)',
  'test-data': 'Test data (reviewed)',
};

export const RESULT_WORDS: Record<string, string> = {
  done: 'Done',
  refused: 'Refused',
  failed: 'Failed',
  skipped: 'Skipped',
};

export const FORMAT_WORDS: Record<string, string> = {
  csv: 'CSV',
  tsv: 'TSV',
  xlsx: 'Excel (.xlsx)',
  xlsm: 'Excel (.xlsm)',
  xls: 'Excel 97–2003 (.xls)',
  ods: 'OpenDocument spreadsheet',
  pdf: 'PDF',
  text: 'Text',
  docx: 'Word (.docx)',
  zip: 'Zip archive',
  image: 'Image',
  folder: 'Folder',
  unknown: 'Other',
};

export function formatName(format: string): string {
  return FORMAT_WORDS[format] ?? format;
}

const METHOD_STEPS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^overwrite-(\d+)-pass(es)?$/, (m) => (m[1] === '1' ? 'overwritten once' : `overwritten ${m[1]} times`)],
  [/^fsync$/, () => 'flushed to disk'],
  [/^rename$/, () => 'renamed'],
  [/^unlink$/, () => 'removed'],
  [/^redact-columns$/, () => 'customer columns blanked'],
  [/^archive-aes-256-gcm$/, () => 'moved into an AES-256-GCM encrypted archive'],
  [/^keep$/, () => 'left in place'],
];

/** `overwrite-1-pass,fsync,rename,unlink` → `Overwritten once, flushed to disk, renamed, removed`; unknown steps as written. */
export function describeMethod(method: string): string {
  const steps = method.split(',').map((step) => {
    const trimmed = step.trim();
    for (const [pattern, words] of METHOD_STEPS) {
      const match = pattern.exec(trimmed);
      if (match) return words(match);
    }
    return trimmed;
  });
  const text = steps.filter(Boolean).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
