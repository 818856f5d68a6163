// Reads a report for verification: a .json as it is, or a PDF's `attestation.json` attachment
// together with the PDF's visible text (to check that the pages belong to the attachment).
// pdf-parse has no attachment API, so pdfjs-dist is used directly (the copy pdf-parse depends on).
import { readFile, stat } from 'node:fs/promises';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

export const ATTACHMENT_NAME = 'attestation.json';

export type ReadFailure = 'unreadable' | 'json-invalid' | 'pdf-unreadable' | 'attachment-missing';

export class ReportReadError extends Error {
  override readonly name = 'ReportReadError';
  constructor(
    readonly reason: ReadFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface ReadReport {
  form: 'json' | 'pdf';
  /** The parsed JSON, not yet validated. */
  document: unknown;
  /** The PDF's visible text, page by page. */
  pages?: string[];
}

/** Far above any real report (a few hundred KB); refuses to load a wrong multi-gigabyte file. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;

export async function readReportFile(path: string): Promise<ReadReport> {
  let bytes: Buffer;
  try {
    if ((await stat(path)).size > MAX_REPORT_BYTES) throw new ReportReadError('unreadable', 'The file is far too large to be an attestation report.');
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof ReportReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read (permission denied)' : 'cannot be read';
    throw new ReportReadError('unreadable', `The file ${why}.`);
  }
  return readReportBytes(bytes);
}

export async function readReportBytes(bytes: Uint8Array): Promise<ReadReport> {
  if (isPdf(bytes)) return readPdf(bytes);
  return { form: 'json', document: parseJson(bytes, 'The file is neither a PDF nor valid JSON.') };
}

function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

async function readPdf(bytes: Uint8Array): Promise<ReadReport> {
  // pdfjs repairs a cut-off file as far as it can; a report that lost its end is not the one signed.
  if (!Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).includes('%%EOF')) {
    throw new ReportReadError('pdf-unreadable', 'The PDF is incomplete: it stops before its end marker (truncated in a download or copy?).');
  }
  let doc;
  try {
    doc = await getDocument({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS, isEvalSupported: false, stopAtErrors: true }).promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const why = name === 'PasswordException' ? 'it is password-protected' : 'it is damaged or not a PDF';
    throw new ReportReadError('pdf-unreadable', `The PDF cannot be opened: ${why}.`);
  }
  try {
    const attachments = ((await doc.getAttachments()) ?? {}) as Record<string, { filename?: string; content?: Uint8Array }>;
    const attachment = Object.values(attachments).find((a) => a.filename === ATTACHMENT_NAME);
    if (!attachment?.content) {
      throw new ReportReadError('attachment-missing', `The PDF has no ${ATTACHMENT_NAME} attachment, so there is nothing signed to check.`);
    }
    const document = parseJson(attachment.content, `The PDF's ${ATTACHMENT_NAME} attachment is not valid JSON.`);
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    return { form: 'pdf', document, pages };
  } catch (error) {
    if (error instanceof ReportReadError) throw error;
    throw new ReportReadError('pdf-unreadable', 'The PDF cannot be read: it is damaged.');
  } finally {
    await doc.destroy();
  }
}

function parseJson(bytes: Uint8Array, message: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ReportReadError('json-invalid', message);
  }
}
