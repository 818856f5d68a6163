// Tables are read column first: the header row (found among the first rows, not only row 1)
// says what each column holds, a sample of values confirms it, and then every row is read with
// its columns' plans. Rows stream through: only the first SAMPLE_ROWS are held, so a
// million-row CSV needs no more memory than a short one. One row is one record. Rows above the
// header, and sheets laid out as documents (a letter, an invoice template), are read as text.
import type { Category } from '../../../shared/types.js';
import type { TableContent, TextUnit } from '../content.js';
import { looksLikePlace, looksLikeStreetCell, normalizeAddress } from '../recognizers/address.js';
import { classifyHeader, isPersonalRole, looksLikeHeaderCell, normalizeHeader, type HeaderMeaning } from '../recognizers/columns.js';
import { emailKind, findEmails, kindConfidence, normalizeEmail, type EmailKind } from '../recognizers/email.js';
import { isDistinctiveGivenName } from '../recognizers/given-names.js';
import { NAME_IN_COLUMN, judgeName, normalizeName, type NameVerdict } from '../recognizers/name.js';
import { PhoneColumn, findPhones, phoneRegions } from '../recognizers/phone.js';
import { isPostcode } from '../recognizers/postcodes.js';
import { findStreets } from '../recognizers/streets.js';
import { registryFor, type Registry } from '../recognizers/registry.js';
import { BUSINESS_LINE, CONTEXT_BOOST } from '../recognizers/context.js';
import { hasLegalForm, isBrand } from '../recognizers/legal-forms.js';
import type { Hit } from './hit.js';
import { hitGate } from './identity.js';
import { analyzeText } from './text.js';
import type { AnalyzeOptions, HitSink } from './options.js';

/** Rows held to find the header and sample the values; the rest stream one by one. */
export const SAMPLE_ROWS = 50;
/** The header is looked for among the first rows only (titles and notes may come first). */
export const HEADER_SCAN_ROWS = 30;
/** Longest cell text read; a longer cell is a pasted document, read in part. */
export const MAX_CELL_CHARS = 2000;

const CONFIRM = { email: 0.3, phone: 0.3, name: 0.5, street: 0.3, place: 0.5, postcode: 0.5 } as const;
const GUESS = { email: 0.6, phone: 0.6, name: 0.6, street: 0.5 } as const;

type AddressPart = 'street' | 'street2' | 'house-number' | 'city' | 'region' | 'postcode' | 'country';

type Plan =
  | { kind: 'email' }
  | { kind: 'phone'; reader: PhoneColumn }
  | { kind: 'name' | 'first-name' | 'last-name' }
  | { kind: 'address'; part: AddressPart }
  | { kind: 'company' }
  /** Free text or a column we know nothing about: every recognizer, behind the keyword prefilter. */
  | { kind: 'scan' }
  /** A business field (sku, price, date …): only an email typed into it is looked for. */
  | { kind: 'email-only' }
  | { kind: 'skip' };

interface Column {
  index: number;
  label: string;
  plan: Plan;
  /** The header names the customer ("Buyer Email", "Ship To Name"): context that raises scores. */
  customer: boolean;
  meaning: HeaderMeaning | undefined;
  sample: Sample;
}

interface Sample {
  filled: number;
  emails: number;
  phones: number;
  /** Phones written as phones (with a + or separators), not bare digits that could be ids. */
  phonesWritten: number;
  namesLoose: number;
  /** Names with a given name from the list among their words. */
  namesGiven: number;
  namesStrict: number;
  /** Single words that are distinctive given names: a first-name column without its header. */
  givenNames: number;
  /** Business-looking names (legal forms, trading words). */
  companies: number;
  /** Names with a legal form: the only proof that a column without a telling header lists firms. */
  legalForms: number;
  streets: number;
  /** Street lines by the street patterns themselves, not only letters with a number. */
  streetLines: number;
  places: number;
  postcodes: number;
}

/**
 * Rows a phone column learns from (its usual region, the shapes it has validated) before its
 * judgement is fixed: the first rows of the table only, so that any later part of a large file
 * can be read on its own (a shard) and reads exactly as the whole file does.
 */
export const LEARN_ROWS = 1000;

/** How a table is read, decided from its first rows. */
export interface TablePlan {
  head: string[][];
  headerRow: number;
  columns: Column[];
  /** Name verdicts the sample made, handed to the row reader: the sampled rows are read again. */
  judged: Map<string, NameVerdict>;
  /** A sheet laid out as a document (a letter, an invoice template): read as text. */
  document: boolean;
}

export function planTable(head: string[][], options: AnalyzeOptions): TablePlan {
  const regions = phoneRegions(options.phoneRegions);
  const headerRow = findHeaderRow(head);
  const header = headerRow >= 0 ? head[headerRow]! : undefined;
  const body = head.slice(headerRow + 1);
  const width = Math.max(...head.map((r) => r.length));
  const columns: Column[] = [];
  const judged = new Map<string, NameVerdict>();
  for (let c = 0; c < width; c++) {
    const meaning = header?.[c] ? classifyHeader(header[c]!) : undefined;
    const sample = sampleColumn(body.map((r) => r[c] ?? ''), meaning, regions, judged);
    // An identifier's digits may read as phones (Mailchimp's 9-digit LEID): only an email typed into it counts.
    const identifier = !meaning && header?.[c] !== undefined && IDENTIFIER_HEADER.test(header[c]!.trim());
    columns.push({ index: c, label: columnLabel(header?.[c], c), plan: identifier ? { kind: 'email-only' } : planColumn(meaning, sample, regions), customer: meaning?.party === 'customer', meaning, sample });
  }
  if (!header) pairStreetWithNumber(columns, body);
  // No header, no column whose values agree, one or two cells per row: a document.
  const document = headerRow < 0 && columns.every((c) => c.plan.kind === 'scan') && looksLikeDocument(head);
  if (!document) keepNamesAmongPeople(columns);
  return { head, headerRow, columns, judged, document };
}

/** The first rows of a table, copied (a reader may reuse its row arrays), and the iterator left at the rest. */
export function headOf(rows: Iterable<string[]>): { head: string[][]; rest: Iterator<string[]> } {
  const rest = rows[Symbol.iterator]();
  const head: string[][] = [];
  while (head.length < SAMPLE_ROWS) {
    const next = rest.next();
    if (next.done) break;
    head.push(next.value.slice());
  }
  return { head, rest };
}

export function analyzeTable(content: TableContent, sink: HitSink, options: AnalyzeOptions): void {
  const { head, rest } = headOf(content.rows);
  if (head.length === 0) return;
  readPlannedTable(content.sheet, planTable(head, options), rest, sink, options);
}

/** Reads a table from its start, once planned: its head, then the rows after it. */
export function readPlannedTable(sheet: string, plan: TablePlan, rest: Iterator<string[]>, sink: HitSink, options: AnalyzeOptions): void {
  const head = plan.head;
  if (plan.document) {
    analyzeText({ type: 'text', units: sheetUnits(sheet, head, rest, 0) }, sink, options);
    return;
  }
  // Rows above the header (a title, a letterhead, a note) are text; the header itself is not data.
  if (plan.headerRow > 0) analyzeText({ type: 'text', units: sheetUnits(sheet, head.slice(0, plan.headerRow), [][Symbol.iterator](), 0) }, sink, options);
  const reader = tableReader(sheet, plan, sink, options);
  for (let r = plan.headerRow + 1; r < head.length; r++) reader.read(head[r]!, r);
  let index = head.length;
  for (let next = rest.next(); !next.done; next = rest.next()) reader.read(next.value, index++);
}

/**
 * Reads a later part of a large table on its own: `learnRows` are the table's first rows (at
 * least LEARN_ROWS of them, or all), read first without counting so that the phone columns learn
 * what they would have learnt reading the whole table; then `rows`, numbered from 0, are read.
 * The plan must not be a document (those are read whole).
 */
export function analyzeTablePart(sheet: string, plan: TablePlan, learnRows: readonly string[][], rows: Iterable<string[]>, sink: HitSink, options: AnalyzeOptions): void {
  const rehearsal = tableReader(sheet, plan, { add: () => undefined }, options);
  for (let r = plan.headerRow + 1; r < Math.min(learnRows.length, LEARN_ROWS); r++) rehearsal.read(learnRows[r]!, r);
  freezePhoneColumns(plan.columns);
  const reader = tableReader(sheet, plan, sink, options);
  let index = 0;
  for (const row of rows) reader.read(row, index++, false);
}

function tableReader(sheet: string, plan: TablePlan, sink: HitSink, options: AnalyzeOptions): RowReader {
  return new RowReader(sheet, plan.columns, registryFor(options.phoneRegions), hitGate(sink, options), recordKeyBase(sink), plan.judged, options.minConfidence);
}

function freezePhoneColumns(columns: readonly Column[]): void {
  for (const c of columns) if (c.plan.kind === 'phone') c.plan.reader.freeze();
}

/** Most rows hold one or two cells, as in a letter or an invoice laid out in a sheet. */
function looksLikeDocument(rows: string[][]): boolean {
  const filled = rows.map((r) => r.filter((c) => c.trim().length > 0).length).filter((n) => n > 0);
  return filled.length >= 3 && filled.filter((n) => n <= 2).length / filled.length >= 0.7;
}

/**
 * Rows as text lines, their cells joined by tabs ("Ship To⇥Amazon.co.uk (LTN1), …"): what the text
 * analyser reads for the document-like parts of a sheet.
 */
function* sheetUnits(sheet: string, head: string[][], rest: Iterator<string[]>, first: number): Generator<TextUnit> {
  let index = first;
  const unitOf = (row: string[], r: number): TextUnit | undefined => {
    const at = row.findIndex((c) => c.trim().length > 0);
    if (at < 0) return undefined;
    const text = row.filter((c) => c.trim().length > 0).map((c) => c.trim().slice(0, MAX_CELL_CHARS)).join('\t');
    return { text, where: { sheet, row: r + 1, column: columnLabel(undefined, at) } };
  };
  for (const row of head) {
    const unit = unitOf(row, index++);
    if (unit) yield unit;
  }
  for (let next = rest.next(); !next.done; next = rest.next()) {
    const unit = unitOf(next.value, index++);
    if (unit) yield unit;
  }
}

/** The row that reads most like a header: several cells naming known fields, none holding data. */
export function findHeaderRow(rows: string[][]): number {
  let best = -1;
  let bestScore = 0;
  for (let r = 0; r < Math.min(rows.length, HEADER_SCAN_ROWS); r++) {
    let score = 0;
    let known = 0;
    let personal = 0;
    let headerLike = 0;
    let dataLike = 0;
    for (const cell of rows[r]!) {
      if (cell.trim().length === 0) continue;
      // "Via San Francesco 62" reads like the header "Via": a street, a postcode or a phone is data.
      if (!looksLikeHeaderCell(cell) || looksLikeCodeOrFile(cell) || (/\d/.test(cell) && (findStreets(cell).length > 0 || isPostcode(cell)))) {
        dataLike++;
        continue;
      }
      headerLike++;
      const meaning = classifyHeader(cell);
      if (!meaning) continue;
      known++;
      if (isPersonalRole(meaning.role)) personal++;
      score += isPersonalRole(meaning.role) ? 2 : 1;
    }
    // Two known fields, or one personal field among several header-like words ("Eingang |
    // Bestellung | Empfänger | Grund"), and no cell that holds data.
    const header = (known >= 2 && dataLike <= known) || (personal >= 1 && headerLike >= 3 && dataLike === 0);
    if (header && score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  // A one-column list under a single header ("Email", "Kunde"): the rows below fill that column only.
  for (let r = 0; r < Math.min(rows.length - 1, HEADER_SCAN_ROWS); r++) {
    const filled = rows[r]!.filter((c) => c.trim().length > 0);
    if (filled.length !== 1 || !looksLikeHeaderCell(filled[0]!)) continue;
    const meaning = classifyHeader(filled[0]!);
    if (!meaning || !isPersonalRole(meaning.role)) continue;
    const column = rows[r]!.findIndex((c) => c.trim().length > 0);
    const below = rows.slice(r + 1).filter((row) => row.some((c) => c.trim().length > 0)).slice(0, 5);
    if (below.length > 0 && below.every((row) => row.every((c, i) => i === column || c.trim().length === 0))) return r;
  }
  return unnamedHeaderRow(rows);
}

/**
 * A first row of words the header rules do not know ("Rückruf | Nummer | Wann") above rows of
 * data: still a header, so that its words do not dilute what the values below say about their
 * columns (a column of full names under "Rückruf"). Words only: a row that holds a name or a
 * figure is data.
 */
function unnamedHeaderRow(rows: string[][]): number {
  if (rows.length < 3) return -1;
  const first = rows[0]!.filter((c) => c.trim().length > 0);
  // Several cells in every row: a table, not a letter laid out in a sheet (read as text).
  const filled = (row: string[]) => row.filter((c) => c.trim().length > 0).length;
  if (first.length < 3 || !rows.slice(1, 4).every((row) => filled(row) >= 2)) return -1;
  if (!first.every((c) => looksLikeHeaderCell(c) && !/\d/.test(c) && !judgeName(c, 'strict').ok && !judgeName(c, 'cue').ok)) return -1;
  const dataBelow = rows.slice(1, 4).every((row) => row.some((c) => /\d/.test(c) || judgeName(c.trim(), 'strict').ok));
  return dataBelow ? 0 : -1;
}

/**
 * A file name ("CHAR-STD-350_main.jpg") or a code with a run of digits ("EMMA-CRM-242"): data,
 * never a header, even in a row whose other cell reads like one ("Baker Street Enamel Pin").
 */
function looksLikeCodeOrFile(cell: string): boolean {
  const v = cell.trim();
  return /\d{3,}/.test(v) || /^[^\s]+\.[A-Za-z][A-Za-z0-9]{1,4}$/.test(v);
}

/** A header the rules do not know that names an identifier: "LEID", "GUID", "member_id", "Kunden-ID". */
const IDENTIFIER_HEADER = /ID$|[\s_.-]id$/;

function columnLabel(header: string | undefined, index: number): string {
  const text = header?.trim();
  if (text) return text.length > 40 ? text.slice(0, 40) : text;
  let label = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) label = String.fromCharCode(65 + ((n - 1) % 26)) + label;
  return label;
}

function sampleColumn(cells: string[], meaning: HeaderMeaning | undefined, regions: ReturnType<typeof phoneRegions>, judged: Map<string, NameVerdict>): Sample {
  const s: Sample = { filled: 0, emails: 0, phones: 0, phonesWritten: 0, namesLoose: 0, namesGiven: 0, namesStrict: 0, givenNames: 0, companies: 0, legalForms: 0, streets: 0, streetLines: 0, places: 0, postcodes: 0 };
  const phoneReader = meaning?.role === 'phone' ? new PhoneColumn(regions) : undefined;
  for (const raw of cells) {
    const cell = raw.trim().slice(0, MAX_CELL_CHARS);
    if (cell.length === 0) continue;
    s.filled++;
    if (cell.includes('@')) {
      const found = findEmails(cell);
      if (found.length > 0 && found[0]!.value.length >= cell.length - 4) s.emails++;
      continue;
    }
    if (/\d/.test(cell)) {
      if (phoneReader ? phoneReader.parse(cell) : findPhones(cell, regions).some((p) => p.end - p.start >= cell.length - 3)) {
        s.phones++;
        if (/^\s*\+|\d[\s().\/-]+\d/.test(cell)) s.phonesWritten++;
      }
      if (isPostcode(cell)) s.postcodes++;
      if (looksLikeStreetCell(cell)) s.streets++;
      if (findStreets(cell).length > 0) s.streetLines++;
      continue;
    }
    const loose = judgeName(cell, 'column');
    // The row reader judges `raw.trim()` (cut only when longer than MAX_CELL_CHARS): the same text here.
    if (raw.length <= MAX_CELL_CHARS) judged.set(cell, loose);
    if (loose.ok) s.namesLoose++;
    if (loose.ok && loose.givenName) s.namesGiven++;
    if (loose.business) s.companies++;
    if (loose.business && hasLegalForm(cell)) s.legalForms++;
    if (loose.ok && judgeName(cell, 'strict').ok) s.namesStrict++;
    if (loose.ok && !cell.includes(' ') && isDistinctiveGivenName(cell)) s.givenNames++;
    if (looksLikePlace(cell)) s.places++;
    if (looksLikeStreetCell(cell)) s.streets++;
  }
  return s;
}

function ratio(count: number, s: Sample): number {
  return s.filled === 0 ? 0 : count / s.filled;
}

/** What to do with a column, from its header and its values. */
function planColumn(meaning: HeaderMeaning | undefined, s: Sample, regions: ReturnType<typeof phoneRegions>): Plan {
  // Without values to look at, a header is taken at its word.
  const trust = (needed: number, count: number) => s.filled === 0 || ratio(count, s) >= needed;
  if (meaning) {
    const { role, party } = meaning;
    // The business's own contacts (supplier, vendor, "Item Location" …) are never customer data.
    if (party === 'business' && isPersonalRole(role)) return { kind: 'skip' };
    switch (role) {
      case 'email':
        return trust(CONFIRM.email, s.emails) ? { kind: 'email' } : { kind: 'scan' };
      case 'phone':
        return trust(CONFIRM.phone, s.phones) ? { kind: 'phone', reader: new PhoneColumn(regions) } : { kind: 'scan' };
      case 'name':
      case 'first-name':
      case 'last-name':
        // "Name" over a list of firms is a company column; a buyer column with some firms is still the buyers'.
        if (party !== 'customer' && s.filled > 0 && ratio(s.legalForms, s) >= 0.6) return { kind: 'company' };
        return trust(CONFIRM.name, s.namesLoose + (party === 'customer' ? s.companies : 0)) ? { kind: role } : { kind: 'scan' };
      case 'street':
      case 'street2':
        return trust(CONFIRM.street, s.streets) ? { kind: 'address', part: role } : { kind: 'scan' };
      case 'postcode':
        return trust(CONFIRM.postcode, s.postcodes) ? { kind: 'address', part: 'postcode' } : { kind: 'scan' };
      case 'city':
      case 'region':
      case 'country':
        return trust(CONFIRM.place, s.places) ? { kind: 'address', part: role } : { kind: 'skip' };
      case 'house-number':
        return { kind: 'address', part: 'house-number' };
      case 'company':
        return { kind: 'company' };
      case 'note':
        return { kind: 'scan' };
      case 'product':
      case 'username':
        return { kind: 'skip' };
      default:
        // A business field by its header, but the values say otherwise ("Contact ref." full of phones).
        if (s.filled >= 3 && ratio(s.emails, s) >= GUESS.email) return { kind: 'email' };
        // An identifier column ("order_id" of "433-0487740") holds numbers shaped like phones, never phones.
        if (s.filled >= 3 && !IDENTIFIER_ROLES.has(role) && ratio(s.phonesWritten, s) >= GUESS.phone) return { kind: 'phone', reader: new PhoneColumn(regions) };
        return { kind: 'email-only' };
    }
  }
  // No header we understand: the values alone decide.
  if (s.filled >= 3) {
    if (ratio(s.emails, s) >= GUESS.email) return { kind: 'email' };
    if (ratio(s.phonesWritten, s) >= GUESS.phone) return { kind: 'phone', reader: new PhoneColumn(regions) };
    if (ratio(s.namesStrict, s) >= GUESS.name) return { kind: 'name' };
    if (ratio(s.givenNames, s) >= 0.7) return { kind: 'first-name' };
    if (ratio(s.legalForms, s) >= 0.5) return { kind: 'company' };
    if (ratio(s.streetLines, s) >= GUESS.street) return { kind: 'address', part: 'street' };
  }
  return { kind: 'scan' };
}

const HOUSE_NUMBER = /^\d{1,5}\s?[a-zA-Z]?(?:\s?[-/]\s?\d{1,5}[a-zA-Z]?)?$/;

/**
 * A carrier's import file without a header (DHL, Deutsche Post) gives the street name and the
 * house number in two columns: "Lindenstraße | 12a". Neither says address alone — a street name
 * without a number, a column of small numbers — so they are paired when side by side, in a table
 * that also names people or gives their contacts.
 */
function pairStreetWithNumber(columns: Column[], body: string[][]): void {
  const personal = columns.some((c) => c.plan.kind === 'name' || c.plan.kind === 'email' || c.plan.kind === 'phone');
  if (!personal) return;
  for (let i = 0; i + 1 < columns.length; i++) {
    const street = columns[i]!;
    const number = columns[i + 1]!;
    if (street.plan.kind !== 'scan' || number.plan.kind !== 'scan' || street.sample.filled < 3) continue;
    if (ratio(street.sample.streets, street.sample) < 0.6 || street.sample.streetLines > 0) continue;
    const numbers = body.map((r) => (r[number.index] ?? '').trim()).filter((v) => v.length > 0);
    if (numbers.length < 3 || numbers.filter((v) => HOUSE_NUMBER.test(v)).length / numbers.length < 0.8) continue;
    street.plan = { kind: 'address', part: 'street' };
    number.plan = { kind: 'address', part: 'house-number' };
  }
}

/** Headers that name an identifier or a figure: their values may look like phones but are not. */
const IDENTIFIER_ROLES: ReadonlySet<string> = new Set(['order-id', 'tracking', 'tax-id', 'price', 'quantity', 'date']);

/** Headers that say "name" without saying whose: products and files have names too. */
const GENERIC_NAME_HEADER = /^(?:name|names|naam|nom|nombre|nome|title|titel|titre|titulo|titolo)$/;

/**
 * "Name" over product names ("Emma Armchair", "Summer Breeze") reads like people. A name column
 * that neither says whose names it holds nor shows given names counts only in a table that also
 * holds contact details; the same goes for a column taken as names from its values alone.
 */
function keepNamesAmongPeople(columns: Column[]): void {
  const contacts = columns.some((c) => c.plan.kind === 'email' || c.plan.kind === 'phone' || (c.plan.kind === 'address' && (c.plan.part === 'street' || c.plan.part === 'postcode')));
  if (contacts) return;
  for (const c of columns) {
    if (c.customer) continue;
    if (c.plan.kind === 'name') {
      // Only a bare "Name" is ambiguous; "Full name", "Klantnaam" or "Contact" say person.
      const byHeader = c.meaning?.role === 'name';
      const bareName = byHeader && GENERIC_NAME_HEADER.test(normalizeHeader(c.label));
      const given = ratio(c.sample.namesGiven, c.sample);
      if ((bareName && given < 0.5) || (!byHeader && ratio(c.sample.namesStrict, c.sample) < 0.9)) c.plan = { kind: 'scan' };
    } else if (c.plan.kind === 'first-name' && !c.meaning && ratio(c.sample.givenNames, c.sample) < 0.9) {
      c.plan = { kind: 'scan' };
    }
  }
}

/** A marketplace's or carrier's own site: a brand with a facility word or a site code ("DTM2", "LTN1"). */
function isFacility(cell: string): boolean {
  return isBrand(cell) && /\b(?:FC|DC|fulfil+ment|warehouse|logistics?|hub|depot|centre|center|[A-Z]{3}\d)\b/i.test(cell);
}

/** Free text in a cell that presents a firm ("Amazon.co.uk (LTN1), Marston Gate …", a registered office): not a customer's. */
function freeTextConfidence(cell: string, confidence: number): number {
  return BUSINESS_LINE.test(cell) || hasLegalForm(cell) || isBrand(cell) ? Math.min(confidence, 0.3) : confidence;
}

/** Tables already sent to each sink: their rows get record keys of their own. */
const tablesPerSink = new WeakMap<HitSink, number>();
/** Rows one table may number; more than a 512 MB file of empty lines holds. */
const ROWS_PER_TABLE = 2 ** 30;

/**
 * The first record key of a new table for this sink. A row is a record, and keys are numbers
 * (base + row): a string key per row ("Orders:123456") costs a string and a slower map entry on
 * each of a million rows. Text record keys are strings, so the two never meet.
 */
function recordKeyBase(sink: HitSink): number {
  const tables = tablesPerSink.get(sink) ?? 0;
  tablesPerSink.set(sink, tables + 1);
  return tables * ROWS_PER_TABLE;
}

const NAME_CACHE_LIMIT = 20_000;
const ADDRESS_CACHE_LIMIT = 20_000;
/** Cached addresses under one street text: a lookup compares at most this many. */
const ADDRESSES_PER_KEY = 16;

/** The parts of an address a row may give, in a fixed order (slots of RowReader.partText). */
const ADDRESS_PARTS: readonly AddressPart[] = ['street', 'street2', 'house-number', 'city', 'region', 'postcode', 'country'];
const PART = { street: 0, street2: 1, 'house-number': 2, city: 3, region: 4, postcode: 5, country: 6 } as const satisfies Record<AddressPart, number>;

type NameKind = 'name' | 'first-name' | 'last-name';

/** A row's address as composed from its parts; cached, since a sheet repeats its customers' addresses. */
interface ComposedAddress {
  value: string;
  normalized: string;
  confidence: number;
  /** The street line is valid: the hit stands in the street column, else in the postcode's. */
  validStreet: boolean;
}

/**
 * Reads rows with the column plans and emits one record per row. It runs once per row of files
 * with millions of rows, so the per-row state lives in fields reused from row to row instead of
 * fresh arrays, maps and closures, and what repeats down a sheet (names, addresses) is judged once.
 */
class RowReader {
  /** Names repeat down a column (the same buyer, the same recipient): judged once (the sample's verdicts to begin with). */
  private readonly nameCache: Map<string, NameVerdict>;
  private readonly normalizedNames = new Map<string, string>();
  /** Composed addresses by street (or postcode), each with the other parts it was composed from. */
  private readonly addressCache = new Map<string, CachedAddress[]>();
  private addressCacheSize = 0;
  /** Some personal column names the customer ("Receiver Name", "Buyer Email"). */
  private readonly aboutCustomers: boolean;

  // The row being read.
  private rowIndex = 0;
  private recordKey = 0;
  private readonly hits: Hit[] = [];
  private readonly names: Array<{ kind: NameKind; verdict: NameVerdict; column: Column }> = [];
  private readonly partText: Array<string | undefined> = new Array<string | undefined>(ADDRESS_PARTS.length).fill(undefined);
  private readonly partColumn: Array<Column | undefined> = new Array<Column | undefined>(ADDRESS_PARTS.length).fill(undefined);
  private partCount = 0;

  constructor(
    private readonly sheet: string,
    private readonly columns: Column[],
    private readonly registry: Registry,
    private readonly emit: (hit: Hit) => void,
    private readonly keyBase: number,
    sampledNames: Map<string, NameVerdict>,
    /** Hits below this are not counted (options.minConfidence): nor do they make a row personal. */
    private readonly minConfidence: number,
  ) {
    this.nameCache = sampledNames;
    this.aboutCustomers = columns.some((c) => c.customer && c.meaning !== undefined && isPersonalRole(c.meaning.role) && c.plan.kind !== 'skip');
  }

  private hit(category: Category, value: string, normalized: string, confidence: number, column: Column): void {
    this.hits.push({ category, value, normalized, confidence, where: { sheet: this.sheet, row: this.rowIndex + 1, column: column.label }, recordKey: this.recordKey });
  }

  /** Reads one row; `index` is its 0-based row in the table (in the part, for a shard). */
  read(row: string[], index: number, learning = true): void {
    if (learning && index === LEARN_ROWS) freezePhoneColumns(this.columns);
    const hits = this.hits;
    const names = this.names;
    hits.length = 0;
    names.length = 0;
    if (this.partCount > 0) {
      this.partText.fill(undefined);
      this.partColumn.fill(undefined);
      this.partCount = 0;
    }
    this.rowIndex = index;
    this.recordKey = this.keyBase + index + 1;
    let business = false;
    let personInCompanyColumn: { verdict: NameVerdict; column: Column } | undefined;

    for (const column of this.columns) {
      const raw = row[column.index];
      if (raw === undefined) continue;
      const plan = column.plan;
      // Most cells of a sheet stand in columns that need nothing (skip) or only an '@' (a
      // business field): those cost no trimming or slicing. A cell without '@' has none after either.
      if (plan.kind === 'skip' || (plan.kind === 'email-only' && !raw.includes('@'))) continue;
      const cell = raw.length > MAX_CELL_CHARS ? raw.slice(0, MAX_CELL_CHARS).trim() : raw.trim();
      if (cell.length === 0) continue;
      switch (plan.kind) {
        case 'email':
        case 'email-only':
          if (!cell.includes('@')) break;
          for (const e of findEmails(cell)) {
            // A cell is its own context: the column's header adds to it (emailConfidence).
            const kind = emailKind(e.value);
            this.hit('email', e.value, normalizeEmail(e.value), this.emailConfidence(kind, kindConfidence(kind), column, plan.kind === 'email'), column);
          }
          break;
        case 'phone': {
          const phone = plan.reader.parse(cell);
          if (phone) this.hit('phone', phone.value, phone.normalized, phone.confidence, column);
          break;
        }
        case 'name':
        case 'first-name':
        case 'last-name': {
          const verdict = this.judge(cell);
          // "Amazon FC DTM2" where a recipient would stand: a marketplace's own warehouse, a business address.
          if (verdict.business || (!verdict.ok && isFacility(cell))) business = true;
          if (verdict.ok) names.push({ kind: plan.kind, verdict, column });
          break;
        }
        case 'address': {
          const slot = PART[plan.part];
          if (this.partText[slot] === undefined) {
            this.partText[slot] = cell;
            this.partColumn[slot] = column;
            this.partCount++;
          }
          break;
        }
        case 'company': {
          // Whose company: the customer's own ("Billing Company") says nothing; a supplier's makes the
          // row a business contact, unless the row is also about a customer (a shipping manifest
          // has sender and receiver side by side); a plain "Company" column decides by its value.
          if (column.meaning?.party === 'customer') break;
          if (column.meaning?.party === 'business') {
            if (!this.aboutCustomers) business = true;
            break;
          }
          const verdict = this.judge(cell);
          if (verdict.business) business = true;
          else if (verdict.ok) personInCompanyColumn = { verdict, column };
          break;
        }
        case 'scan':
          for (const m of this.registry.run(cell)) this.hit(m.category, m.value, m.normalized, freeTextConfidence(cell, m.confidence), column);
          break;
      }
    }

    // A row about a firm ("Widgets Ltd" in the name or company column, a supplier): a business contact.
    if (business) return;
    // A private account among firms: the person stands where the company's name would.
    if (personInCompanyColumn && names.length === 0) names.push({ kind: 'name', ...personInCompanyColumn });
    this.addNames();
    // A postcode and town count beside personal data that counts: not beside a reserved
    // max@example.com in a template's sample row, which is itself below the threshold.
    let counted = false;
    for (const h of hits) if (h.confidence >= this.minConfidence) counted = true;
    this.addAddress(counted);
    for (const h of hits) this.emit(h);
  }

  private emailConfidence(kind: EmailKind, base: number, column: Column, emailColumn: boolean): number {
    if (kind === 'relay') return base;
    // The header is context: a role or placeholder address in a customer column still counts.
    if (column.customer) return Math.min(1, base + CONTEXT_BOOST);
    if (emailColumn && kind === 'personal') return Math.min(1, base + 0.1);
    return base;
  }

  private normalized(name: string): string {
    let n = this.normalizedNames.get(name);
    if (n === undefined) {
      n = normalizeName(name);
      if (this.normalizedNames.size < NAME_CACHE_LIMIT) this.normalizedNames.set(name, n);
    }
    return n;
  }

  private judge(cell: string): NameVerdict {
    let verdict = this.nameCache.get(cell);
    if (!verdict) {
      verdict = judgeName(cell, 'column');
      if (this.nameCache.size < NAME_CACHE_LIMIT) this.nameCache.set(cell, verdict);
    }
    return verdict;
  }

  /** Full names as they are; first and last names joined into one person. */
  private addNames(): void {
    const names = this.names;
    if (names.length === 0) return;
    let first: (typeof names)[number] | undefined;
    let last: (typeof names)[number] | undefined;
    let fullCount = 0;
    for (const n of names) {
      if (n.kind === 'first-name') first ??= n;
      else if (n.kind === 'last-name') last ??= n;
      else fullCount++;
    }
    // One word under a name header ("Madonna", a first name alone) identifies less than a full name.
    const score = (given: boolean, words: number) => (words >= 2 ? NAME_IN_COLUMN : 0.6) + (given ? 0.1 : 0);
    for (const n of names) {
      if (n.kind !== 'name') continue;
      // "Nombre" + "Apellidos": a single-word name column completed by a surname column.
      const value = last && !n.verdict.name.includes(' ') && !first ? `${n.verdict.name} ${last.verdict.name}` : n.verdict.name;
      this.hit('name', value, this.normalized(value), score(n.verdict.givenName, wordCount(value)), n.column);
    }
    if (first || (last && fullCount === 0)) {
      const value = [first?.verdict.name, last?.verdict.name].filter(Boolean).join(' ');
      const given = Boolean(first?.verdict.givenName || last?.verdict.givenName);
      this.hit('name', value, this.normalized(value), score(given, wordCount(value)), (first ?? last)!.column);
    }
  }

  /** The row's address parts as one address: a street makes it one, a postcode and town only beside other personal data. */
  private addAddress(personal: boolean): void {
    if (this.partCount === 0) return;
    const t = this.partText;
    // The composed address depends on these texts and on `personal` only: a sheet that repeats its
    // customers' addresses composes and normalizes each once.
    // Looked up by the street text, then compared part by part: no key string is built per row.
    const key = t[PART.street] ?? t[PART.postcode] ?? t[PART.city] ?? '';
    let entries = this.addressCache.get(key);
    let composed: ComposedAddress | null | undefined;
    if (entries) {
      for (const e of entries) {
        if (e.personal === personal && sameComposingParts(e.parts, t)) {
          composed = e.composed;
          break;
        }
      }
    }
    if (composed === undefined) {
      composed = composeAddress(t, personal);
      if (this.addressCacheSize < ADDRESS_CACHE_LIMIT && (entries?.length ?? 0) < ADDRESSES_PER_KEY) {
        if (!entries) this.addressCache.set(key, (entries = []));
        entries.push({ parts: t.slice(), personal, composed });
        this.addressCacheSize++;
      }
    }
    if (!composed) return;
    // Where: the street column if there is one, else the postcode's.
    const column = composed.validStreet ? this.partColumn[PART.street] : (this.partColumn[PART.postcode] ?? this.partColumn[PART.street]);
    this.hit('address', composed.value, composed.normalized, composed.confidence, column!);
  }

}

interface CachedAddress {
  parts: Array<string | undefined>;
  personal: boolean;
  composed: ComposedAddress | null;
}

/** The parts composeAddress reads (all but the country) are the same texts. */
function sameComposingParts(a: ReadonlyArray<string | undefined>, b: ReadonlyArray<string | undefined>): boolean {
  return a[PART.street] === b[PART.street] && a[PART['house-number']] === b[PART['house-number']] && a[PART.street2] === b[PART.street2] && a[PART.postcode] === b[PART.postcode] && a[PART.city] === b[PART.city] && a[PART.region] === b[PART.region];
}

/** Words of a composed name, as `value.split(' ').length` counts them. */
function wordCount(value: string): number {
  let n = 1;
  for (let i = value.indexOf(' '); i >= 0; i = value.indexOf(' ', i + 1)) n++;
  return n;
}

/** A row's address from its parts (slots in ADDRESS_PARTS order), or null when the parts make none. */
function composeAddress(t: ReadonlyArray<string | undefined>, personal: boolean): ComposedAddress | null {
  const street = t[PART.street];
  const postcode = t[PART.postcode];
  const houseNumber = t[PART['house-number']];
  const streetLine = street !== undefined ? (houseNumber !== undefined ? `${street} ${houseNumber}` : street) : undefined;
  const validStreet = streetLine !== undefined && looksLikeStreetCell(streetLine);
  if (!validStreet && !(postcode !== undefined && isPostcode(postcode) && (personal || t[PART.city] !== undefined))) return null;
  // UK and Canadian postcodes follow the town, continental ones precede it.
  const code = postcode;
  const city = t[PART.city];
  const townFirst = code !== undefined && /^[A-Za-z]/.test(code.trim());
  const region = t[PART.region];
  // "Springfield, IL 62704": a US ZIP follows the town and state.
  const usStyle = code !== undefined && /^\d{5}(?:-\d{4})?$/.test(code.trim()) && region !== undefined && /^[A-Z]{2}$/.test(region.trim());
  const town = usStyle ? `${city ?? ''}, ${region} ${code}`.replace(/^, /, '') : (townFirst ? [city, code] : [code, city]).filter(Boolean).join(' ');
  const value = [validStreet ? streetLine : undefined, t[PART.street2], town, usStyle ? undefined : region].filter(Boolean).join(', ');
  const confidence = validStreet ? (town ? 0.9 : 0.8) : personal ? 0.6 : 0.4;
  return { value, normalized: normalizeAddress(value), confidence, validStreet };
}
