// One entry point for every format: the reader for a detected format, and readFile, which never
// throws — a reader's failure becomes a reported outcome, with a message that holds no content.
import { formatBytes } from '../../../shared/bytes.js';
import type { FileFormat } from '../../../shared/types.js';
import type { FormatReader, ReadContext, ReadOutcome } from '../content.js';
import { readArchive } from './archive.js';
import { readDocx } from './docx.js';
import { readImage } from '../ocr/image-reader.js';
import { readSpreadsheet } from './spreadsheet.js';
import { readText } from './text.js';
import { restoreNativePush } from '../native-push.js';

export { detectFormat, SCANNABLE_FORMATS, CANDIDATE_EXTENSIONS, isCandidateName } from './detect.js';


// The PDF reader loads pdf.js (about half a second of start-up per worker, and a core-js that
// slows the whole thread: see native-push.ts), so it is loaded by the first PDF, not by every worker.
const readPdf: FormatReader = async (data, ctx) => {
  try {
    return await (await import('./pdf.js')).readPdf(data, ctx);
  } finally {
    restoreNativePush();
  }
};

const READERS: Partial<Record<FileFormat, FormatReader>> = {
  csv: readSpreadsheet,
  tsv: readSpreadsheet,
  xlsx: readSpreadsheet,
  xlsm: readSpreadsheet,
  xls: readSpreadsheet,
  ods: readSpreadsheet,
  pdf: readPdf,
  text: readText,
  docx: readDocx,
  zip: readArchive,
  image: readImage,
};

export function readerFor(format: FileFormat): FormatReader | undefined {
  return READERS[format];
}

/** Formats whose files cannot be valid when empty; an empty text file is merely empty. */
const STRUCTURED: ReadonlySet<FileFormat> = new Set<FileFormat>(['xlsx', 'xlsm', 'xls', 'ods', 'pdf', 'docx', 'zip', 'image']);

export async function readFile(data: Uint8Array, ctx: ReadContext): Promise<ReadOutcome> {
  if (data.length === 0) {
    // Reported rather than passed as clean: an empty export is usually a failed download or copy.
    return STRUCTURED.has(ctx.format)
      ? { ok: false, reason: 'corrupt', message: 'This file is empty (0 bytes), so it is not a valid file of its type; it may be a failed download or copy.' }
      : { ok: false, reason: 'unsupported', message: 'This file is empty (0 bytes); there was nothing in it to read.' };
  }
  if (data.length > ctx.limits.maxFileBytes) {
    return { ok: false, reason: 'too-large', message: `This file is ${formatBytes(data.length)}, larger than the ${formatBytes(ctx.limits.maxFileBytes)} the scan reads; it was not checked.` };
  }
  const reader = readerFor(ctx.format);
  if (!reader) return { ok: false, reason: 'unsupported', message: unsupportedMessage(ctx.format) };
  try {
    return await reader(data, ctx);
  } catch {
    // Library errors may quote the file's content: the message is ours, never theirs.
    return { ok: false, reason: 'corrupt', message: 'This file could not be read: it appears to be damaged, or it uses features the reader does not understand.' };
  }
}

function unsupportedMessage(format: FileFormat): string {
  if (format === 'folder') return 'This is a folder, not a file.';
  return 'This file is not in a format the scan reads (it holds binary data that is not a spreadsheet, PDF, document, archive or image).';
}
