// The result of a file whose content was not read (too large, vanished, a link, a failed
// reader): light enough for the scan's own thread, which must not load every reader to say so.
import { emptyCounts, type FileFormat, type FileResult, type NotInspectedReason } from '../../shared/types.js';
import { detectFormat } from './formats/detect.js';

export function notInspected(
  file: { path: string; size: number; mtimeMs: number; sha256?: string },
  format: FileFormat,
  status: 'skipped' | 'error',
  reason: NotInspectedReason,
  message: string,
): FileResult {
  return { ...file, format, status, reason, message, ocr: false, findings: emptyCounts(), records: 0, risk: 'none', evidence: [] };
}

/** Format guessed from the name alone, for files whose content was never read. */
export function formatByName(path: string): FileFormat {
  return detectFormat(new Uint8Array(0), path);
}

