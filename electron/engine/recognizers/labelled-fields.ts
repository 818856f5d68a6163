// Values that text labels with a field name, the way a table header labels a column: XML
// elements (<Vorname>Olivia</Vorname>), JSON members ("last_name": "Lang"), and the rows of a
// table written as text under a header line ("| Name | Email |", "data|destinatario|motivo").
// The labels are read with the same header semantics as spreadsheet columns (columns.ts).
import { classifyHeader, isPersonalRole, looksLikeHeaderCell, type HeaderMeaning } from './columns.js';

export interface LabelledValue {
  meaning: HeaderMeaning;
  value: string;
  start: number;
  end: number;
  /** Labelled by a form's label cell ("Your name⇥…"), which people fill in by hand: names must be written as names. */
  form?: boolean;
  /** The form's label asks the reader ("Your name", "Ihr Name") or names the customer ("Customer name"): someone filled in the business's form. */
  filledIn?: boolean;
}

/** A label addressed to whoever fills in the form, in the project's languages. */
const ADDRESSED_TO_READER = /^(?:your|ihre?|dein(?:e)?|votre|vos|ton|ta|su|sus|tu|tus|il (?:suo|tuo)|la (?:sua|tua)|uw|je)\s/i;

const XML_ELEMENT = /<([A-Za-z_][\w.:-]{0,40})(?:\s[^<>]{0,200})?>([^<>]{1,160})<\/\1>/g;
const JSON_MEMBER = /"([A-Za-z_][\w .-]{0,40})"\s{0,3}:\s{0,3}"((?:[^"\\]|\\.){1,160})"/g;

/** XML elements and JSON members on one line whose name is a known field. */
export function labelledValues(text: string): LabelledValue[] {
  if (!text.includes('<') && !text.includes('"')) return [];
  const out: LabelledValue[] = [];
  for (const re of [XML_ELEMENT, JSON_MEMBER]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const meaning = classifyHeader(m[1]!);
      if (!meaning) continue;
      const value = m[2]!.trim();
      const start = m.index + m[0].lastIndexOf(m[2]!);
      out.push({ meaning, value, start, end: start + m[2]!.length });
    }
  }
  return out;
}

export interface TextTable {
  delimiter: string;
  /** The meaning of each column, by position; undefined for headers that say nothing known. */
  meanings: Array<HeaderMeaning | undefined>;
}

/**
 * A form laid out as label and value cells: a Word table row or a spreadsheet row read as text
 * ("Your name⇥Jane Doe", "Name:⇥Jane Doe"), two cells joined by a tab. The label is read like a
 * column header; only labels of a customer's personal field count, never a business's ("Supplier
 * email", "Sender name").
 */
export function formField(text: string): LabelledValue | undefined {
  if (text.length > 400 || !text.includes('\t')) return undefined;
  const cells = cellsOf(text, '\t').filter((c) => c.value.length > 0);
  if (cells.length !== 2) return undefined;
  const [label, value] = cells as [{ value: string; start: number }, { value: string; start: number }];
  const bare = label.value.replace(/\s*[:：]$/, '');
  if (!looksLikeHeaderCell(bare)) return undefined;
  const meaning = classifyHeader(bare);
  if (!meaning || meaning.party === 'business' || !isPersonalRole(meaning.role)) return undefined;
  const filledIn = meaning.party === 'customer' || ADDRESSED_TO_READER.test(bare);
  return { meaning, value: value.value, start: value.start, end: value.start + value.value.length, form: true, ...(filledIn ? { filledIn } : {}) };
}

const DELIMITERS = ['|', '\t', ';'] as const;
const MANY_DELIMITERS = /([|\t;])[^|\t;]*\1/;

/** Cells of a delimited line with their offsets; a markdown row's outer pipes are not cells. */
export function cellsOf(text: string, delimiter: string): Array<{ value: string; start: number }> {
  const cells: Array<{ value: string; start: number }> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== delimiter) continue;
    const raw = text.slice(start, i);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ value: raw.trim(), start: start + lead });
    start = i + 1;
  }
  if (delimiter === '|' && cells.length > 1) {
    if (cells[0]!.value === '') cells.shift();
    if (cells[cells.length - 1]!.value === '') cells.pop();
  }
  return cells;
}

/**
 * A header line of a table written as text: at least three cells split by one delimiter, all of
 * them header-like, naming two known fields or one personal field.
 */
export function textTableHeader(text: string): TextTable | undefined {
  if (text.length > 2000 || !MANY_DELIMITERS.test(text)) return undefined;
  for (const delimiter of DELIMITERS) {
    if (text.split(delimiter).length < 3) continue;
    const cells = cellsOf(text, delimiter);
    if (cells.length < 3 || !cells.every((c) => looksLikeHeaderCell(c.value))) continue;
    const meanings = cells.map((c) => classifyHeader(c.value));
    const known = meanings.filter(Boolean);
    const personal = known.filter((m) => ['email', 'phone', 'name', 'first-name', 'last-name', 'street', 'postcode'].includes(m!.role));
    if (known.length >= 2 || personal.length >= 1) return { delimiter, meanings };
  }
  return undefined;
}
