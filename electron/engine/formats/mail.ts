// E-mail (.eml, .mbox): customer messages and marketplace notifications. Read raw, their text is
// often quoted-printable or base64 and their attachments (an orders.csv, an invoice PDF) would be
// missed; so the person headers and the decoded text parts become lines, and attachments are
// handed back as entries to be read like files in an archive (`mail.eml!orders.csv`).
import type { ArchiveEntry, ReadLimits, ReadNote, TextUnit } from '../content.js';
import { htmlToText } from './html-text.js';
import { bytesToText } from './text-decode.js';

/** Headers that name people. Received, Message-ID, DKIM and Return-Path lines hold server and bounce addresses, not customers. */
const PERSON_HEADERS = new Set(['from', 'to', 'cc', 'bcc', 'reply-to', 'sender', 'subject']);
const MAX_DEPTH = 8;

export interface MailContent {
  units: TextUnit[];
  attachments: ArchiveEntry[];
  notes: ReadNote[];
}

interface Budget {
  limits: ReadLimits;
  bytes: number;
  count: number;
  names: Set<string>;
}

/** `raw` is the file as a binary string (one character per byte), so parts keep their own charset. */
export function readMail(raw: string, limits: ReadLimits, mailbox: boolean): MailContent {
  const out: MailContent = { units: [], attachments: [], notes: [] };
  const budget: Budget = { limits, bytes: 0, count: 0, names: new Set() };
  if (!mailbox) {
    parseMessage(raw, 1, 0, out, budget);
    return out;
  }
  // mbox: a message starts at a line beginning "From " (the envelope line, not a header) at the
  // start of the file or after a blank line.
  const lines = raw.split('\n');
  let begin = -1;
  lines.forEach((line, index) => {
    const boundary = line.startsWith('From ') && (index === 0 || lines[index - 1]!.replace(/\r$/, '') === '');
    if (!boundary) return;
    if (begin >= 0) parseMessage(lines.slice(begin + 1, index).join('\n'), begin + 2, 0, out, budget);
    begin = index;
  });
  if (begin >= 0) parseMessage(lines.slice(begin + 1).join('\n'), begin + 2, 0, out, budget);
  else parseMessage(raw, 1, 0, out, budget);
  return out;
}

interface Header {
  name: string;
  value: string;
  line: number;
}

function splitHeaders(message: string): { headers: Header[]; body: string; bodyLine: number } {
  const blank = /\r?\n\r?\n/.exec(message);
  const headerText = blank ? message.slice(0, blank.index) : message;
  const body = blank ? message.slice(blank.index + blank[0].length) : '';
  const headers: Header[] = [];
  const lines = headerText.split(/\r?\n/);
  lines.forEach((line, index) => {
    const last = headers[headers.length - 1];
    if (/^[ \t]/.test(line) && last) last.value += ` ${line.trim()}`;
    else {
      const colon = line.indexOf(':');
      if (colon > 0) headers.push({ name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim(), line: index });
    }
  });
  // The body starts after the headers and the blank line (1-based, relative to the message).
  return { headers, body, bodyLine: lines.length + 2 };
}

interface HeaderValue {
  value: string;
  params: Record<string, string>;
}

function parseParams(header: string | undefined): HeaderValue {
  if (header === undefined) return { value: '', params: {} };
  const [value = '', ...rest] = header.split(';');
  const params: Record<string, string> = {};
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    let v = part.slice(eq + 1).trim();
    if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) v = v.slice(1, -1);
    // RFC 2231: filename*=utf-8''Bestellung%20M%C3%BCller.csv
    if (key.endsWith('*')) {
      const m = /^([^']*)'[^']*'(.*)$/.exec(v);
      const bytes = Buffer.from((m?.[2] ?? v).replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
      params[key.slice(0, -1)] = bytesToText(bytes, m?.[1] || 'utf-8');
    } else if (!(key in params)) {
      params[key] = v;
    }
  }
  return { value: value.trim().toLowerCase(), params };
}

function parseMessage(message: string, firstLine: number, depth: number, out: MailContent, budget: Budget): void {
  const { headers, body, bodyLine } = splitHeaders(message);
  const get = (name: string): string | undefined => headers.find((h) => h.name === name)?.value;
  for (const header of headers) {
    if (!PERSON_HEADERS.has(header.name)) continue;
    out.units.push({ text: `${capitalise(header.name)}: ${decodeWords(header.value)}`, where: { line: firstLine + header.line } });
  }
  parseEntity(get, body, firstLine + bodyLine - 1, depth, out, budget, dateOf(get('date')));
}

function parseEntity(
  get: (name: string) => string | undefined,
  body: string,
  bodyLine: number,
  depth: number,
  out: MailContent,
  budget: Budget,
  mtimeMs: number,
): void {
  const type = parseParams(get('content-type') ?? 'text/plain');
  const disposition = parseParams(get('content-disposition'));
  const encoding = (get('content-transfer-encoding') ?? '7bit').trim().toLowerCase();
  const fileName = disposition.params['filename'] ?? type.params['name'];

  if (type.value.startsWith('multipart/') && type.params['boundary'] && depth < MAX_DEPTH) {
    for (const part of splitMultipart(body, type.params['boundary'])) {
      const inner = splitHeaders(part.text);
      const innerGet = (name: string): string | undefined => inner.headers.find((h) => h.name === name)?.value;
      parseEntity(innerGet, inner.body, bodyLine + part.line + inner.bodyLine - 1, depth + 1, out, budget, mtimeMs);
    }
    return;
  }
  if (type.value === 'message/rfc822' && depth < MAX_DEPTH && disposition.value !== 'attachment') {
    parseMessage(decodeTransfer(body, encoding).toString('latin1'), bodyLine, depth + 1, out, budget);
    return;
  }
  const isText = type.value === '' || type.value === 'text/plain' || type.value === 'text/html';
  if (isText && disposition.value !== 'attachment' && fileName === undefined) {
    let text = bytesToText(decodeTransfer(body, encoding), type.params['charset']);
    if (type.value === 'text/html') text = htmlToText(text);
    text.split(/\r\n|\n|\r/).forEach((line, index) => {
      if (line.trim().length > 0) out.units.push({ text: line, where: { line: bodyLine + index } });
    });
    return;
  }
  // Pictures embedded in an HTML body (logos, signatures) are layout, not attachments.
  if (type.value.startsWith('image/') && get('content-id') !== undefined && disposition.value !== 'attachment') return;
  addAttachment(decodeTransfer(body, encoding), fileName === undefined ? undefined : decodeWords(fileName), type.value, mtimeMs, out, budget);
}

function addAttachment(data: Buffer, fileName: string | undefined, type: string, mtimeMs: number, out: MailContent, budget: Budget): void {
  const name = uniqueName(safeName(fileName) ?? `attachment-${budget.count + 1}${extensionFor(type)}`, budget.names);
  if (budget.count + 1 > budget.limits.maxEntries || budget.bytes + data.length > budget.limits.maxUncompressedBytes) {
    out.notes.push({ path: name, reason: 'too-large', message: 'This attachment was not read: the message holds more attachments than the scan opens.' });
    return;
  }
  budget.count++;
  budget.bytes += data.length;
  out.attachments.push({ name, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), mtimeMs });
}

function splitMultipart(body: string, boundary: string): { text: string; line: number }[] {
  const parts: { text: string; line: number }[] = [];
  const lines = body.split('\n');
  const open = `--${boundary}`;
  let current: string[] | undefined;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line === open || line === `${open}--`) {
      if (current) parts.push({ text: current.join('\n'), line: start });
      if (line !== open) return parts;
      current = [];
      start = i + 1;
    } else if (current) {
      current.push(lines[i]!);
    }
  }
  if (current) parts.push({ text: current.join('\n'), line: start });
  return parts;
}

function decodeTransfer(body: string, encoding: string): Buffer {
  if (encoding === 'base64') return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (encoding === 'quoted-printable') {
    return Buffer.from(
      body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    );
  }
  return Buffer.from(body, 'latin1');
}

/** RFC 2047 encoded words (=?utf-8?Q?M=C3=BCller?=); raw 8-bit header text is taken as UTF-8 or windows-1252. */
function decodeWords(value: string): string {
  const joined = value.replace(/\?=\s+=\?/g, '?==?');
  const decoded = joined.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset: string, kind: string, text: string) => {
    const bytes =
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
    return bytesToText(bytes, charset);
  });
  return /[\u0080-\u00ff]/.test(value) && decoded === value ? bytesToText(Buffer.from(value, 'latin1'), undefined) : decoded;
}

function capitalise(header: string): string {
  return header.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
}

function dateOf(header: string | undefined): number {
  const time = header === undefined ? Number.NaN : Date.parse(header);
  return Number.isFinite(time) ? time : 0;
}

/** A file name without folders or control characters, for `mail.eml!name`. */
function safeName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const base = name.split(/[\\/]/).pop()?.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base && base !== '.' && base !== '..' ? base : undefined;
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) {
    const dot = name.lastIndexOf('.');
    candidate = dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
  }
  taken.add(candidate);
  return candidate;
}

const EXTENSION_BY_TYPE: Readonly<Record<string, string>> = {
  'text/csv': '.csv',
  'text/tab-separated-values': '.tsv',
  'text/plain': '.txt',
  'text/html': '.html',
  'application/pdf': '.pdf',
  'application/zip': '.zip',
  'application/vnd.ms-excel': '.xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.oasis.opendocument.spreadsheet': '.ods',
  'message/rfc822': '.eml',
  'image/png': '.png',
  'image/jpeg': '.jpg',
};

function extensionFor(type: string): string {
  return EXTENSION_BY_TYPE[type] ?? '';
}
