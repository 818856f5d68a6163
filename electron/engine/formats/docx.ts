// .docx: a zip of WordprocessingML. The body, headers, footers, footnotes, endnotes and comments
// become units, one per paragraph (a line break inside a paragraph starts a new unit, so an
// address block stays line by line) and one per table row (its cells joined by tabs, so "Name" and
// the value beside it stay together). `line` is the 1-based number of that unit in the document.
import type { ReadContext, ReadOutcome, TextUnit } from '../content.js';
import { isEncryptedOfficePackage, isOle2, isZip } from './office-encryption.js';
import {
  checkZipLimits,
  expansionMessage,
  extractEntry,
  listZip,
  ZipExpansionError,
  type ZipEntryInfo,
  type ZipListing,
} from './zip-guard.js';

const CORRUPT: ReadOutcome = { ok: false, reason: 'corrupt', message: 'This Word document could not be opened: it may be damaged or incomplete.' };
const ENCRYPTED: ReadOutcome = { ok: false, reason: 'encrypted', message: 'This Word document is password-protected, so it could not be read.' };

/** Parts with text, in reading order: the body first, then what surrounds it. */
const PART_ORDER = [/^word\/document\d*\.xml$/, /^word\/header\d*\.xml$/, /^word\/footer\d*\.xml$/, /^word\/footnotes\.xml$/, /^word\/endnotes\.xml$/, /^word\/comments\.xml$/];

export function readDocx(data: Uint8Array, ctx: ReadContext): ReadOutcome {
  if (isOle2(data)) {
    try {
      return isEncryptedOfficePackage(data) ? ENCRYPTED : { ok: false, reason: 'unsupported', message: 'This is an old-style Word document (.doc), which the scan does not read.' };
    } catch {
      return CORRUPT;
    }
  }
  if (!isZip(data)) return CORRUPT;
  let listing: ZipListing;
  try {
    listing = listZip(data);
  } catch {
    return CORRUPT;
  }
  const verdict = checkZipLimits(listing, ctx.limits, data.length, 'document');
  if (!verdict.ok) return verdict;

  const parts: ZipEntryInfo[] = [];
  for (const pattern of PART_ORDER) {
    parts.push(...listing.entries.filter((e) => pattern.test(e.name)).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true })));
  }
  if (!parts.some((p) => p.name.startsWith('word/document'))) return CORRUPT;
  if (parts.some((p) => p.encrypted)) return ENCRYPTED;

  const units: TextUnit[] = [];
  for (const part of parts) {
    let xml: string;
    try {
      xml = new TextDecoder().decode(extractEntry(data, part));
    } catch (error) {
      if (error instanceof ZipExpansionError) return { ok: false, reason: 'too-large', message: expansionMessage('document') };
      return CORRUPT;
    }
    for (const text of wordParagraphs(xml)) units.push({ text, where: { line: units.length + 1 } });
  }
  return { ok: true, content: [{ type: 'text', units }] };
}

const TOKEN = /<(\/?)w:(p|tr|tc|t|delText|instrText|tab|br|cr)\b([^>]*)>/g;

/**
 * The visible text of a WordprocessingML part, unit by unit. Deleted text of tracked changes and
 * field instructions (mailto: links) are included: they are in the file, so they are the seller's
 * data too.
 */
export function wordParagraphs(xml: string): string[] {
  const out: string[] = [];
  let rowDepth = 0;
  let row: string[] = [];
  let cell = '';
  let paragraph = '';
  let textStart = -1;

  const endLine = (): void => {
    if (rowDepth > 0) cell += cell.length > 0 && paragraph.length > 0 ? ` ${paragraph}` : paragraph;
    else if (paragraph.trim().length > 0) out.push(paragraph);
    paragraph = '';
  };

  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m !== null; m = TOKEN.exec(xml)) {
    const [whole, closing, tag, attributes] = m;
    const selfClosing = attributes?.endsWith('/') ?? false;
    switch (tag) {
      case 't':
      case 'delText':
      case 'instrText':
        if (!closing && !selfClosing) textStart = m.index + whole.length;
        else if (closing && textStart >= 0) {
          paragraph += decodeXmlEntities(xml.slice(textStart, m.index));
          textStart = -1;
        }
        break;
      case 'tab':
        if (!closing) paragraph += '\t';
        break;
      case 'br':
      case 'cr':
        if (!closing) {
          endLine();
          // Outside tables a break starts a new unit; inside, it separates text within the cell.
          if (rowDepth > 0) cell += ' ';
        }
        break;
      case 'p':
        if (closing || selfClosing) endLine();
        break;
      case 'tc':
        if (closing && rowDepth > 0) {
          endLine();
          row.push(cell.replace(/\s+/g, ' ').trim());
          cell = '';
        }
        break;
      case 'tr':
        if (!closing && !selfClosing) {
          if (rowDepth === 0) row = [];
          rowDepth++;
        } else if (closing && rowDepth > 0) {
          rowDepth--;
          if (rowDepth === 0) {
            const text = row.filter((c) => c.length > 0).join('\t');
            if (text.length > 0) out.push(text);
            row = [];
          }
        }
        break;
    }
  }
  endLine();
  return out;
}

export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/gi, (whole, body: string) => {
    switch (body.toLowerCase()) {
      case 'amp': return '&';
      case 'lt': return '<';
      case 'gt': return '>';
      case 'quot': return '"';
      case 'apos': return "'";
    }
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
