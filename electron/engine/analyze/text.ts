// Text (lines of a text file, a PDF page, a mail, an OCR block) is read line by line and the lines
// are grouped into blocks: a run of nearby lines about one person, such as a "Ship to:" block of an
// invoice or one entry of a contact list. A block is one record. Inside a block the structure
// says more than any single line: the line after "Ship to:" is a name, the line before a street is
// a name, a street line and the postcode line under it are one address. Values labelled with a
// field name (XML, JSON, a table written as text) are read like spreadsheet cells under that
// header. Blocks that present a business (a sender cue, a letterhead, a registered office, a web
// address, only shared mailboxes) are not customer data. Only the open block is held in memory
// (plus, at most, a bounded number of blocks waiting on their mail domain), so a long file streams.
import type { CountryCode } from 'libphonenumber-js/max';
import type { Category, Where } from '../../../shared/types.js';
import type { TextContent } from '../content.js';
import { looksLikePlace, looksLikeStreetCell, normalizeAddress } from '../recognizers/address.js';
import { cellsOf, formField, labelledValues, textTableHeader, type TextTable } from '../recognizers/labelled-fields.js';
import { isPostcode } from '../recognizers/postcodes.js';
import { SqlDumpReader } from '../recognizers/sql-dump.js';
import { BUSINESS_LINE, CONTEXT_BOOST, clamp01 } from '../recognizers/context.js';
import { emailKind } from '../recognizers/email.js';
import { hasLegalForm, looksLikeBusinessName } from '../recognizers/legal-forms.js';
import { judgeName, normalizeName, NAME_AFTER_CUE, NAME_WITH_GIVEN_NAME_BONUS } from '../recognizers/name.js';
import { findCalledNumbers } from '../recognizers/called-numbers.js';
import { findBareMobiles, phoneRegions } from '../recognizers/phone.js';
import { registryFor, type Registry } from '../recognizers/registry.js';
import type { Match } from '../recognizers/types.js';
import type { Hit } from './hit.js';
import { hitGate, isSharedMailDomain, ownIdentity, type OwnIdentity } from './identity.js';
import type { AnalyzeOptions, HitSink } from './options.js';

/** A block never spans more lines than a shipping label or an address card. */
export const MAX_BLOCK_LINES = 8;
/** Records are matched across blocks by their values ("Bill to" and "Ship to" the same person); bounded. */
const MAX_REMEMBERED_VALUES = 50_000;
/** A block with neither name nor email (a phone, an address) within this many lines of a named one is that person's. */
const ATTACH_LINES = 12;
/** "- [ ] #8793 Mirac Hartlieb – too small", "1. Anna Schmidt: …": a list item, its marker and id. */
const LIST_ITEM = /^\s*(?:[-*•+]|\d{1,3}[.)]|- \[[ xX]\])\s+(?:\[[ xX]\]\s+)?(?:#?\d[\w-]*\s+)?/;
const LIST_SEPARATOR = /\s[–—-]\s|[,;:(|]|\s{2,}|\t/;
const LIST_NAME = 0.6;
/** "@lena.makes — ", "@lena_makes: ": a social media handle opening a list item. */
const HANDLE_FIRST = /^\s*@[\w.]{2,30}\s*(?:[–—:|-]\s*|\s)/u;

/** "Kiln & Thread · Birkenweg 9 · 48156 Münster": a letterhead or a footer set with middots. */
const LETTERHEAD_LINE = /\S\s[·•]\s.+\s[·•]\s\S/;

/** A line of markup alone ("<Kunde>", "</Bestellung>", "},"): structure, not content. */
const MARKUP_ONLY = /^\s*(?:<\/?[\w.:-]+[^<>]*>|[{}[\],]+)\s*$/;

/** Score ceiling for what a business or example line shows. */
const LINE_CAP = 0.3;

/** Lines that show an example or a placeholder rather than real data ("e.g. +49 30 123456"). */
const EXAMPLE_LINE =
  /\b(?:e\.g\.|for example|for instance|example|sample|placeholder|dummy|lorem ipsum|z\.\s?b\.|zum beispiel|beispiel|par exemple|exemple|por ejemplo|ejemplo|ad esempio|esempio|bijvoorbeeld|voorbeeld)\b/i;

/** Fulfilment centres and warehouses: an addressee that is a place of business, not a person. */
const FULFILMENT = /\b(?:fba|fulfil(?:l)?ment cent(?:er|re)|warehouse|lager|entrepôt|almacén|magazzino|magazijn)\b/i;

/** A firm's name: a legal form, a trading word or a brand, a web domain ("Amazon.co.uk"), a warehouse. */
function isFirm(text: string): boolean {
  // A mail address names its mailbox, not the addressee: "Buyer: jane@gmail.com", "…@members.ebay.co.uk" (a buyer relay).
  const t = text.includes('@') ? text.replace(MAIL_ADDRESS, ' ') : text;
  return looksLikeBusinessName(t) || /\b[a-z0-9-]+\.(?:com|co\.uk|de|fr|es|it|nl|ie|eu|net|org|shop|store)\b/i.test(t) || FULFILMENT.test(t);
}

const MAIL_ADDRESS = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g;

/** Blocks held back until the end of the text, to learn whether their mail domain is a firm's. */
const MAX_DEFERRED_BLOCKS = 1000;
/** Longest line read; longer lines are cut by the text reader already, this is a second guard. */
const MAX_LINE_CHARS = 20_000;

/** Lines that open a block about the customer: the name and address follow. */
const PERSON_CUE =
  /^\s*(?:post(?:ed)?[ -]?to|send[ -]?to|versenden an|versand an|adres dostawy|adres do wysyłki|dane do wysyłki|nabywca|odbiorca|kupując[ya]|ship(?:ping)?[ -]?to|deliver(?:y)?[ -]?(?:to|address)|bill(?:ing)?[ -]?(?:to|address)|sold[ -]?to|invoice[ -]?(?:to|address)|shipping address|delivery address|customer|buyer|recipient|consignee|lieferadresse|rechnungsadresse|lieferanschrift|rechnungsanschrift|empfänger(?:in)?|kunde|kundin|käufer(?:in)?|adresse de livraison|adresse de facturation|livré à|livrer à|facturé à|destinataire|client|acheteur|dirección de (?:envío|entrega|facturación)|direccion de (?:envio|entrega|facturacion)|enviar a|facturar a|destinatario|cliente|comprador|indirizzo di (?:spedizione|consegna|fatturazione)|spedire a|acquirente|afleveradres|verzendadres|factuuradres|bezorgadres|klant|ontvanger|koper)(?![\p{L}\p{N}])\s*[:.-]?/iu;

/** Lines that open a block about the business itself: the seller's or a supplier's details. */
const SENDER_CUE =
  /^\s*(?:sold by|seller|vendor|supplier|ship(?:ped)? from|dispatched from|(?:send |please send )?return(?:s)? (?:address|to)|remit to|our address|absender|verkäufer|lieferant|versand(?:t)? von|rücksende(?:adresse|anschrift)|rücksendung an|expéditeur|vendeur|fournisseur|adresse de retour|retour à|remitente|vendedor|proveedor|dirección de devolución|mittente|venditore|fornitore|indirizzo di reso|afzender|verkoper|leverancier|retouradres)(?![\p{L}\p{N}])\s*[:.-]?/iu;

/** "Lindenhof 3", "42 Kuhn Mill": a street written without a type word, trusted only above a postcode line. */
const BARE_STREET = /^(?:\d{1,5}[a-zA-Z]?\s+[\p{Lu}][\p{L}'’. -]{2,40}|[\p{Lu}][\p{L}'’. -]{2,40}\s+\d{1,4}\s?[a-zA-Z]?)$/u;

interface Line {
  text: string;
  where: Where;
  matches: Match[];
  personCue: boolean;
  senderCue: boolean;
  /** The line presents a business or an example (letterhead, footer, "e.g."): its details are not a customer's. */
  business: boolean;
}

interface Found {
  category: Category;
  value: string;
  normalized: string;
  confidence: number;
  where: Where;
  /** A first or last name given on its own (<Vorname>, a "First name" column): joined with its other half. */
  part?: 'first' | 'last';
  /** An address that is a town alone ("city": "Hamburg"): not an address by itself, whoever it is near. */
  town?: boolean;
}

class Block {
  readonly lines: Line[] = [];
  readonly found: Found[] = [];
  /** The line after a "Ship to:" cue is expected to hold the name. */
  expectName = false;
  personal = false;
  business = false;
  readonly names = new Set<string>();
  readonly emails = new Set<string>();
  readonly phones = new Set<string>();
  hasAddress = false;
  /** A postcode (or a town with it) closed the address: what follows may be the next entry. */
  addressComplete = false;
  /** Halves of a name already given on their own lines (<Vorname>, <Nachname>). */
  readonly parts = new Set<'first' | 'last'>();
  /** Lines that carry text, not markup alone ("<Kunde>", "},"): what the block size counts. */
  contentLines = 0;
  /** Names standing alone in list items or table rows ("- #8793 Mirac Hartlieb – too small"): counted when there are several. */
  readonly listNames: Found[] = [];
  /** A form's label cell asking for the reader's or the customer's name ("Your name⇥…") labelled one in this block. */
  filledForm = false;
  /** The name under a closing formula ("Groetjes,", "Kind regards,"): the writer, unless a firm's lines follow. */
  signer: { index: number; found: Found } | undefined;
}

/** Numbers each analysed text, so that record keys of two sheets or parts of one file never meet. */
let texts = 0;

export function analyzeText(content: TextContent, sink: HitSink, options: AnalyzeOptions): void {
  const reader = new TextReader(options, hitGate(sink, options), `text${++texts}`);
  for (const unit of content.units) reader.read(unit.text, unit.where);
  reader.close();
}

class TextReader {
  private readonly registry: Registry;
  private readonly regions: CountryCode[];
  private readonly own: OwnIdentity;
  private block = new Block();
  private blockCount = 0;
  private previous: Where | undefined;
  private readonly seen = new Map<string, string>();
  /** The last block that named a person, and where it ended. */
  private lastNamed: { recordKey: string; where: Where } | undefined;
  /**
   * Domains that belong to an organisation in this text: of role mailboxes (sales@…), web
   * addresses, and mail in business blocks. "john.smith@brightwell.co.uk" beside
   * "sales@brightwell.co.uk" is a supplier's employee, not a customer.
   */
  private readonly businessDomains = new Set<string>();
  private readonly deferred: Array<{ domain: string; hits: Hit[] }> = [];
  /** The header of a table written as text, while its rows follow. */
  private textTable: TextTable | undefined;
  /** The schema and the open INSERT of a database dump, while its rows follow. */
  private readonly sqlDump = new SqlDumpReader();
  /** The block closed last: whether it was a business's, and where it ended. */
  private previousBlock: { business: boolean; end: Where } | undefined;

  constructor(
    options: AnalyzeOptions,
    private readonly emit: (hit: Hit) => void,
    private readonly keyPrefix: string,
  ) {
    this.registry = registryFor(options.phoneRegions);
    this.regions = phoneRegions(options.phoneRegions);
    this.own = ownIdentity(options.identity, options.phoneRegions);
  }

  read(rawText: string, where: Where): void {
    const text = rawText.length > MAX_LINE_CHARS ? rawText.slice(0, MAX_LINE_CHARS) : rawText;
    if (text.trim().length === 0) return;
    const personCue = PERSON_CUE.test(text);
    const senderCue = !personCue && SENDER_CUE.test(text);
    // "1. Jane Doe" / "   Ship to: 12 Mill Lane": a cue indented under a list item describes that item's person.
    const continuesItem = personCue && this.continuesListItem(text, where);
    if (this.startsNewBlock(where, (personCue && !continuesItem) || senderCue)) this.closeBlock();
    if (continuesItem) this.block.personal = true;
    this.previous = where;

    const business = BUSINESS_LINE.test(text) || EXAMPLE_LINE.test(text) || LETTERHEAD_LINE.test(text) || hasLegalForm(text) || this.own.namesOwnBusiness(text);
    const matches = this.registry.run(text);
    const filledForm = this.addLabelledValues(text, matches);
    // In a block about a person, a bare "646505265" is their mobile, as Spaniards and Italians write it.
    const aboutPerson = this.block.personal || this.block.names.size > 0 || this.block.emails.size > 0;
    if (aboutPerson && !business && !matches.some((m) => m.category === 'phone')) {
      matches.push(...findBareMobiles(text, this.regions));
      matches.sort((a, b) => a.start - b.start);
    }
    // "Call back … - 2125550143": a note that says to call someone shows their number, bare digits or not.
    if (!business && !matches.some((m) => m.category === 'phone')) {
      const called = findCalledNumbers(text, this.regions).filter((p) => !matches.some((m) => m.start < p.end && p.start < m.end));
      if (called.length > 0) {
        matches.push(...called);
        matches.sort((a, b) => a.start - b.start);
      }
    }
    // What a letterhead, a footer or an example line shows is never counted, but still shapes the block.
    if (business) for (const m of matches) m.confidence = Math.min(m.confidence, LINE_CAP);
    // "DHL Paket <noreply@dhl.de>", "Questions: orders@shop.de or +49 69 1234567": the name and the
    // number beside a shared mailbox are the business's.
    if (matches.some((m) => m.category === 'email' && (emailKind(m.normalized) === 'role' || emailKind(m.normalized) === 'reserved'))) {
      for (const m of matches) if (m.category === 'name' || m.category === 'phone') m.confidence = Math.min(m.confidence, LINE_CAP);
    }
    const line: Line = { text, where, matches, personCue, senderCue, business };
    this.learnDomains(line);
    // A second person in the same run of lines (a contact list without blank lines) starts a block of its own.
    if (this.block.lines.length > 0 && this.isAnotherPerson(line)) this.closeBlock();
    const block = this.block;
    if (block.lines.length === 0) {
      block.personal = personCue;
      block.business = senderCue;
    }
    block.lines.push(line);
    if (filledForm) block.filledForm = true;
    if (!MARKUP_ONLY.test(text)) block.contentLines++;
    this.take(line);
    if (personCue) block.expectName = !line.matches.some((m) => m.category === 'name') && this.remainderAfterCue(text).length === 0;
  }

  /**
   * Values labelled with a field name (XML, JSON, a table written as text) are read like the
   * cells of a column with that header: a name under "Vorname", a street under "Strasse".
   */
  /** Returns whether a form's label cell asking for the reader's or the customer's name labelled one on this line. */
  private addLabelledValues(text: string, matches: Match[]): boolean {
    let filledForm = false;
    const sql = this.sqlDump.read(text);
    const header = sql.table ?? textTableHeader(text);
    if (header) {
      this.textTable = header;
      return false;
    }
    const labelled = labelledValues(text);
    if (sql.values.length > 0) labelled.push(...sql.values);
    // "Your name⇥Jane Doe": a form's label cell and the value beside it (a Word table, a sheet read as text).
    const field = this.textTable ? undefined : formField(text);
    if (field) labelled.push(field);
    if (this.textTable) {
      if (!text.includes(this.textTable.delimiter)) this.textTable = undefined;
      else {
        const meanings = this.textTable.meanings;
        cellsOf(text, this.textTable.delimiter).forEach((cell, i) => {
          const meaning = meanings[i];
          if (meaning && cell.value) labelled.push({ meaning, value: cell.value, start: cell.start, end: cell.start + cell.value.length });
        });
      }
    }
    for (const field of labelled) {
      if (field.meaning.party === 'business') continue;
      const overlapping = matches.filter((m) => m.start < field.end && field.start < m.end);
      const { role } = field.meaning;
      if ((role === 'name' || role === 'first-name' || role === 'last-name') && !overlapping.some((m) => m.category === 'name')) {
        // A form is filled in by hand: its names must be written as names (capitalised), as after a cue.
        const verdict = judgeName(field.value, field.form ? 'cue' : 'column');
        if (!verdict.ok) continue;
        const words = verdict.name.split(' ').length;
        const explanation = role === 'name' || words > 1 ? 'labelled:name' : `labelled:${role}`;
        matches.push({ category: 'name', value: field.value, normalized: normalizeName(field.value), start: field.start, end: field.end, confidence: clamp01((words > 1 ? 0.85 : 0.6) + (verdict.givenName ? 0.1 : 0)), explanation });
        if (field.filledIn) filledForm = true;
      } else if (role === 'street' || role === 'street2' || role === 'postcode' || role === 'city') {
        const addresses = overlapping.filter((m) => m.category === 'address');
        // The label vouches for the street; a postcode or a town alone stays below the threshold until merged with it.
        const floor = role === 'street' ? 0.8 : 0.4;
        for (const a of addresses) a.confidence = Math.max(a.confidence, floor);
        const fits = role === 'street' || role === 'street2' ? looksLikeStreetCell(field.value) : role === 'postcode' ? isPostcode(field.value) : looksLikePlace(field.value);
        if (addresses.length === 0 && fits) {
          matches.push({ category: 'address', value: field.value, normalized: normalizeAddress(field.value), start: field.start, end: field.end, confidence: role === 'street' ? 0.8 : 0.4, explanation: `labelled:${role === 'city' ? 'postcode-town' : role}` });
        }
      }
    }
    matches.sort((a, b) => a.start - b.start);
    return filledForm;
  }

  close(): void {
    this.closeBlock();
    for (const block of this.deferred) {
      if (this.businessDomains.has(block.domain)) continue;
      for (const hit of block.hits) this.emit(hit);
    }
    this.deferred.length = 0;
  }

  private learnDomains(line: Line): void {
    for (const m of line.matches) {
      if (m.category !== 'email') continue;
      const domain = domainOf(m.normalized);
      if (emailKind(m.normalized) === 'role' && !isSharedMailDomain(domain)) this.businessDomains.add(domain);
    }
    WEB_ADDRESS.lastIndex = 0;
    for (let w = WEB_ADDRESS.exec(line.text); w; w = WEB_ADDRESS.exec(line.text)) this.businessDomains.add(w[1]!.toLowerCase());
  }

  /** The line is indented deeper than the list item that opens the open block, with no blank line between. */
  private continuesListItem(text: string, where: Where): boolean {
    const first = this.block.lines[0];
    if (!first || this.previous === undefined || !adjacent(this.previous, where) || this.block.contentLines >= MAX_BLOCK_LINES) return false;
    if (!LIST_ITEM.test(first.text)) return false;
    return indentOf(text) > indentOf(first.text);
  }

  private startsNewBlock(where: Where, cue: boolean): boolean {
    if (this.block.lines.length === 0) return false;
    if (cue || this.block.contentLines >= MAX_BLOCK_LINES) return true;
    // A blank line (a jump in line numbers) or a new page ends a block.
    return this.previous !== undefined && !adjacent(this.previous, where);
  }

  private isAnotherPerson(line: Line): boolean {
    const block = this.block;
    for (const m of line.matches) {
      if (m.confidence < 0.5) continue;
      if (m.category === 'email' && block.emails.size > 0 && !block.emails.has(m.normalized)) return true;
      if (m.category === 'phone' && block.phones.size > 0 && !block.phones.has(m.normalized) && block.emails.size > 0) return true;
      // A first or last name on its own line is the other half of the block's person, unless that half is there already.
      const part = m.explanation === 'labelled:first-name' ? 'first' : m.explanation === 'labelled:last-name' ? 'last' : undefined;
      if (part) {
        if (block.parts.has(part)) return true;
        continue;
      }
      if (m.category === 'name' && block.names.size > 0 && !block.names.has(m.normalized)) return true;
    }
    // A person's or a firm's name after a complete address: the next entry of a list.
    if (block.addressComplete && line.matches.length === 0) {
      const verdict = judgeName(line.text, 'strict');
      if (verdict.ok || hasLegalForm(line.text)) return true;
    }
    return false;
  }

  /** Adds a line's matches to the block, with what the block's structure adds to them. */
  private take(line: Line): void {
    const block = this.block;
    const index = block.lines.length - 1;
    const closing = block.lines[index - 1];
    if (closing && line.matches.length === 0 && !line.business && CLOSING_LINE.test(closing.text) && looksLikeNameLine(line.text)) this.signerFrom(line, index);
    for (const m of line.matches) {
      const part = m.explanation === 'labelled:first-name' ? 'first' : m.explanation === 'labelled:last-name' ? 'last' : undefined;
      if (part) block.parts.add(part);
      this.add({ category: m.category, value: m.value, normalized: m.normalized, confidence: m.confidence, where: line.where, ...(part ? { part } : {}) });
    }

    // The line after "Ship to:" holds the name (or the firm's name, which makes the block a business's).
    if (block.expectName && index > 0) {
      block.expectName = false;
      const entity = line.text.split(/[,(\t]|\s{2,}/)[0]!.trim();
      if (entity && isFirm(entity)) block.business = true;
      else this.nameFromLine(line, 'cue', NAME_AFTER_CUE + 0.1);
    } else if (line.personCue) {
      const rest = this.remainderAfterCue(line.text);
      // "Ship To: Amazon.co.uk (LTN1), Marston Gate …": the addressee is a firm (a fulfilment centre).
      const entity = rest.split(/[,(\t]|\s{2,}/)[0]!.trim();
      if (entity && isFirm(entity)) block.business = true;
      else if (rest && !line.matches.some((m) => m.category === 'name')) this.nameFromText(rest, line, 'cue', NAME_AFTER_CUE);
    }

    if (!line.business && !line.matches.some((m) => m.category === 'name')) this.namesInListItem(line);

    const hasAddress = line.matches.some((m) => m.category === 'address');
    if (hasAddress) {
      // "Jane Doe, 12 Mill Lane …" on one line: the words before the address.
      if (!line.matches.some((m) => m.category === 'name')) this.nameFromLeadingText(line);
      // The line above a street that opens its line is the addressee — in an address block, not in prose.
      const above = block.lines[index - 1];
      const opensLine = line.matches.some((m) => m.category === 'address' && /^[\s>*•·-]*$/.test(line.text.slice(0, m.start)));
      if (!block.hasAddress && opensLine && above && above.matches.length === 0 && !above.personCue && !above.senderCue && looksLikeNameLine(above.text)) {
        this.nameFromLine(above, block.personal ? 'cue' : 'strict', block.personal ? NAME_AFTER_CUE : 0.7);
      }
      block.hasAddress = true;
      if (line.matches.some((m) => m.category === 'address' && m.explanation.includes('postcode'))) block.addressComplete = true;
    } else if (line.matches.some((m) => m.category === 'email' || m.category === 'phone')) {
      if (!line.matches.some((m) => m.category === 'name')) this.nameFromLeadingText(line);
    }
  }

  /** A list item or a table row written as text: a cell that is a full name on its own. */
  private namesInListItem(line: Line): void {
    const item = LIST_ITEM.exec(line.text);
    const cells = item ? [line.text.slice(item[0].length)] : (line.text.match(/\|/g) ?? []).length >= 2 ? line.text.split('|') : [];
    for (const cell of cells) {
      // "1. @lena.makes — Lena Hoffmann": a social handle before the name is the person's account, not the name.
      const candidate = cell.replace(HANDLE_FIRST, '').split(LIST_SEPARATOR)[0]!.trim();
      if (candidate.length < 5 || !judgeName(candidate, 'strict').ok || this.own.namesOwnBusiness(candidate)) continue;
      this.block.listNames.push({ category: 'name', value: candidate, normalized: normalizeName(candidate), confidence: LIST_NAME, where: line.where });
    }
  }

  /** "Groetjes,\nSem de Jong", "Pozdrawiam\nKatarzyna Zielińska": a full name signing under a closing. */
  private signerFrom(line: Line, index: number): void {
    const candidate = line.text.trim().replace(/[,.]+$/, '');
    const verdict = judgeName(candidate, 'cue');
    if (!verdict.ok || verdict.name.split(' ').length < 2 || isFirm(candidate) || this.own.namesOwnBusiness(candidate)) return;
    const found: Found = { category: 'name', value: candidate, normalized: normalizeName(candidate), confidence: clamp01(SIGNER_NAME + (verdict.givenName ? NAME_WITH_GIVEN_NAME_BONUS : 0)), where: line.where };
    this.block.signer = { index, found };
  }

  private nameFromLine(line: Line, mode: 'cue' | 'strict', base: number): void {
    if (line.matches.some((m) => m.category !== 'name' && m.start === 0)) return;
    this.nameFromText(line.text, line, mode, base);
  }

  private nameFromLeadingText(line: Line): void {
    const first = line.matches[0];
    if (!first || first.start === 0) return;
    // "Dane do wysyłki: Piotr Lewandowski, al. …": the cue opening the line is not part of the name.
    const before = line.text.slice(0, first.start);
    let lead = (line.personCue ? before.replace(PERSON_CUE, '') : before).replace(/[\s,;:|<(–-]+$/, '').replace(/^["'\s]+|["']+$/g, '');
    // "12/03/2024  Jane Doe  tel 020 …": the contact's own label, then the cell just before it (cells
    // set apart by tabs or runs of spaces, as in notes and text exports), hold the name.
    lead = lead.replace(CONTACT_LABEL_AT_END, '').replace(/[\s,;:|<(–-]+$/, '');
    const cells = lead.split(CELL_GAP);
    if (cells.length > 1) lead = cells[cells.length - 1]!.trim();
    if (lead.length < 3) return;
    // Words before a contact on its own line ("To: Kiln & Thread <…>") name that contact only, not the block.
    this.nameFromText(lead, line, this.block.personal ? 'cue' : 'strict', this.block.personal ? NAME_AFTER_CUE : 0.7, false);
  }

  /** `addressee`: the text names whom the whole block is about (the line after "Ship to", above the street). */
  private nameFromText(text: string, line: Line, mode: 'cue' | 'strict', base: number, addressee = true): void {
    const candidate = text.trim().replace(/[,;]+$/, '');
    const verdict = judgeName(candidate, mode);
    if (verdict.business || this.own.namesOwnBusiness(candidate)) {
      // The addressee is a firm: a supplier's or the seller's own block.
      if (addressee) this.block.business = true;
      return;
    }
    if (!verdict.ok || line.business) return;
    const normalized = normalizeName(candidate);
    if (this.block.names.has(normalized)) return;
    this.add({ category: 'name', value: candidate, normalized, confidence: clamp01(base + (verdict.givenName ? NAME_WITH_GIVEN_NAME_BONUS : 0)), where: line.where });
  }

  /** What follows the cue on its line ("Ship to: Jane Doe" → "Jane Doe"). */
  private remainderAfterCue(text: string): string {
    const m = PERSON_CUE.exec(text);
    return m ? text.slice(m[0].length).trim() : '';
  }

  private add(found: Found): void {
    const block = this.block;
    block.found.push(found);
    if (found.confidence < 0.5) return;
    if (found.category === 'name') block.names.add(found.normalized);
    if (found.category === 'email') block.emails.add(found.normalized);
    if (found.category === 'phone') block.phones.add(found.normalized);
  }

  private closeBlock(): void {
    const block = this.block;
    this.block = new Block();
    // Names in list items count when the list holds several: one could be a product called like a
    // person. One alone counts when its item also gives a contact or an address ("1. Jane Doe" /
    // "Ship to: 12 Mill Lane"): a product is not shipped to.
    const withContact = block.found.some((f) => f.category !== 'name' && f.confidence >= 0.5);
    if (block.listNames.length >= 2 || (block.listNames.length === 1 && withContact)) block.found.push(...block.listNames.filter((n) => !block.names.has(n.normalized)));
    // A signer counts unless the lines under the name present a firm (a supplier's "Tom Hughes / Brightwell Ltd / www…").
    const signer = block.signer && !signsForBusiness(block, block.signer.index) && !block.names.has(block.signer.found.normalized) ? block.signer.found : undefined;
    if (signer) block.found.push(signer);
    if (block.found.length === 0) return;
    this.blockCount++;
    // A number or an address alone right after a business's block is the rest of its signature.
    const previous = this.previousBlock;
    const continuesBusiness = previous !== undefined && previous.business && adjacent(previous.end, block.lines[0]!.where) && block.names.size === 0 && block.emails.size === 0 && !block.personal;
    const business = continuesBusiness || this.isBusinessBlock(block);
    this.previousBlock = { business, end: block.lines[block.lines.length - 1]!.where };
    if (business) {
      for (const f of block.found) if (f.category === 'email') this.businessDomains.add(domainOf(f.normalized));
      return;
    }
    if (signer) block.names.add(signer.normalized);

    joinNameParts(block.found);
    const merged = mergeAddresses(block);
    const addressee = this.addresseeAbove(block, merged.runs);
    const found = withoutPartialNames(addressee ? [addressee, ...merged.found] : merged.found);
    if (block.personal || block.names.size > 0) {
      // Lines in a "Ship to" block, or around a named person, are that person's details.
      // A town alone is where someone lives, not their address (as a "City" column alone is not one).
      for (const f of found) if ((f.category === 'address' && !f.town) || f.category === 'phone') f.confidence = clamp01(f.confidence + (block.personal ? CONTEXT_BOOST : 0.15));
    }
    const named = block.names.size > 0 || block.emails.size > 0;
    const last = block.lines[block.lines.length - 1]!.where;
    // A phone or an address on its own, just below a named block (a mail's signature): the same person.
    const recordKey = !named && this.lastNamed && near(this.lastNamed.where, block.lines[0]!.where) ? this.lastNamed.recordKey : this.recordKeyFor(found);
    if (named) this.lastNamed = { recordKey, where: last };
    const hits = found.map((f) => ({ ...f, recordKey }));
    // A block whose mail is at an organisation's own domain waits for the end of the text.
    const corporate = block.personal ? undefined : found.find((f) => f.category === 'email' && f.confidence >= 0.5 && !isSharedMailDomain(domainOf(f.normalized)) && emailKind(f.normalized) === 'personal');
    if (corporate && this.deferred.length < MAX_DEFERRED_BLOCKS) {
      const domain = domainOf(corporate.normalized);
      if (!this.businessDomains.has(domain)) this.deferred.push({ domain, hits });
      return;
    }
    for (const hit of hits) this.emit(hit);
  }

  /**
   * An address written over several lines (street, town, postcode) is a postal address block;
   * the line just above it, if it reads as a name, is the addressee, given name known or not.
   */
  private addresseeAbove(block: Block, runs: AddressRun[]): Found | undefined {
    if (block.names.size > 0) return undefined;
    for (const run of runs) {
      const above = block.lines[run.first - 1];
      if (run.lines < 2 || !above || above.matches.length > 0 || above.business || above.personCue || !looksLikeNameLine(above.text)) continue;
      const candidate = above.text.trim();
      const verdict = judgeName(candidate, 'cue');
      if (!verdict.ok || verdict.name.split(' ').length < 2) continue;
      const found: Found = { category: 'name', value: candidate, normalized: normalizeName(candidate), confidence: 0.7, where: above.where };
      block.names.add(found.normalized);
      return found;
    }
    return undefined;
  }

  private isBusinessBlock(block: Block): boolean {
    if (block.business) return true;
    if (block.personal) return false;
    // A letterhead: the block opens with a firm's name ("Nordlicht Verpackung GmbH", the seller's own).
    const first = block.lines[0]!;
    const words = first.text.trim().split(/\s+/).length;
    const letterhead = first.matches.length === 0 && ((words <= 12 && hasLegalForm(first.text)) || (words <= 6 && (isFirm(first.text.trim()) || this.own.namesOwnBusiness(first.text))));
    // The seller's own form (a returns form, an order form) under its title, with a person's name
    // filled in beside its label: the data is the customer's who filled it in, not the seller's.
    if (letterhead && !(block.filledForm && this.own.namesOwnBusiness(first.text))) return true;
    if (block.names.size > 0) return false;
    // Lines that name nobody, beside a web address, a registered office or only shared mailboxes
    // (a signature: "Kiln & Thread / orders@… / +49 …"): a business's contact block.
    if (block.lines.some((l) => BUSINESS_LINE.test(l.text))) return true;
    const mail = block.lines.flatMap((l) => l.matches.filter((m) => m.category === 'email'));
    return mail.length > 0 && mail.every((m) => emailKind(m.normalized) === 'role');
  }

  /** One key per person: a block's values seen in an earlier block make them the same record. */
  private recordKeyFor(found: Found[]): string {
    const keys = found.filter((f) => f.category !== 'address' && f.confidence >= 0.5).map((f) => `${f.category}:${f.normalized}`);
    let recordKey: string | undefined;
    for (const k of keys) {
      recordKey = this.seen.get(k);
      if (recordKey) break;
    }
    recordKey ??= `${this.keyPrefix}:${this.blockCount}`;
    for (const k of keys) if (this.seen.size < MAX_REMEMBERED_VALUES && !this.seen.has(k)) this.seen.set(k, recordKey);
    return recordKey;
  }
}

// "www.brightwell.co.uk", "https://shop.example.de/…": the domain of an organisation's site.
const WEB_ADDRESS = /(?:\bwww\.|https?:\/\/(?:www\.)?)([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** A contact's label at the end of the words before it: "… tel", "… Mob.:", "… e-mail". */
const CONTACT_LABEL_AT_END = /(?:^|[\s(])(?:tel|tél|phone|telephone|telefon|mobile|mobil|mob|cell|fax|whats ?app|e-?mail|mail|courriel)\.?\s*$/i;
/** What separates the cells of a line set out as columns. */
const CELL_GAP = /\t|\s{2,}|\s[|·•]\s/;

/** Base score of a full name signing under a closing formula. */
const SIGNER_NAME = 0.7;

/** A line that is only a closing formula, in the project's languages and Polish. */
const CLOSING_LINE =
  /^\s*(?:(?:kind|best|warm|warmest|many|with|all the)\s+(?:regards|wishes|thanks)|regards|thanks(?:\s+(?:so much|again|a lot|in advance))?|thank you(?:\s+(?:so much|again))?|many thanks|cheers|sincerely|yours\s+(?:sincerely|faithfully|truly)|best|take care|viele grüße|liebe grüße|beste grüße|herzliche grüße|schöne grüße|mit freundlichen grüßen|freundliche grüße|lg|vg|mfg|gruß|grüße|danke(?:\s+schön)?|vielen dank|cordialement|bien cordialement|bien à vous|merci(?:\s+(?:beaucoup|d['’]avance))?|bonne journée|amicalement|saludos(?:\s+cordiales)?|un saludo|atentamente|muchas gracias|gracias|cordiali saluti|distinti saluti|saluti|grazie(?:\s+mille)?|un saluto|groetjes|groeten|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hartelijke groet(?:en)?|bedankt|alvast bedankt|pozdrawiam(?:\s+serdecznie)?|z poważaniem|z wyrazami szacunku|dziękuję)\s*[,.!]?\s*$/i;

/** The lines under a signer present a business: a firm's name, a footer, a shared mailbox. */
function signsForBusiness(block: Block, signerIndex: number): boolean {
  return block.lines.slice(signerIndex + 1).some((l) => l.business || l.senderCue || isFirm(l.text.trim()) || l.matches.some((m) => m.category === 'email' && emailKind(m.normalized) === 'role'));
}

function indentOf(text: string): number {
  return /^[ \t]*/.exec(text)![0].replace(/\t/g, '    ').length;
}

/** An abbreviated title with its dot at the start of a line ("Mr.", "Mrs.", "Dr.", "Dhr.", "Sig.ra"). */
const TITLE_WITH_DOT = /^(?:mr|mrs|ms|mx|dr|prof|mme|mlle|sr|sra|srta|dhr|mevr|mw|hr|fr|sig|sig\.ra|dott|ing|avv)\.\s+/i;

/** A line that could hold just a name: a few words, no sentence. */
function looksLikeNameLine(text: string): boolean {
  // "Mrs. Anna de Vries": the dot of a title is not the end of a sentence.
  const t = text.trim().replace(TITLE_WITH_DOT, '');
  return t.length > 0 && t.split(/\s+/).length <= 6 && !/[:!?;@]|\.\s/.test(t);
}

/** Consecutive lines, or the same page where lines are not numbered: no blank line between. */
function adjacent(before: Where, after: Where): boolean {
  if ('line' in before && 'line' in after) return after.line - before.line <= 1;
  if ('page' in before && 'page' in after) return before.page === after.page;
  return true;
}

function near(before: Where, after: Where): boolean {
  if ('line' in before && 'line' in after) return after.line - before.line <= ATTACH_LINES;
  if ('page' in before && 'page' in after) return before.page === after.page;
  return false;
}

/** <Vorname>Olivia</Vorname> and <Nachname>Lang</Nachname> in one block: one name, "Olivia Lang". */
function joinNameParts(found: Found[]): void {
  const first = found.findIndex((f) => f.part === 'first');
  const last = found.findIndex((f) => f.part === 'last');
  if (first < 0 || last < 0) return;
  const value = `${found[first]!.value} ${found[last]!.value}`;
  found[first] = { category: 'name', value, normalized: normalizeName(value), confidence: Math.max(found[first]!.confidence, found[last]!.confidence, NAME_AFTER_CUE + 0.1), where: found[first]!.where };
  found.splice(last, 1);
}

/** "Marie" greeted in a letter and "Marie Dubois" above her address: one name, the full one. */
function withoutPartialNames(found: Found[]): Found[] {
  const full = found.filter((f) => f.category === 'name' && f.normalized.includes(' '));
  if (full.length === 0) return found;
  return found.filter((f) => f.category !== 'name' || f.normalized.includes(' ') || !full.some((n) => n.normalized.split(' ').includes(f.normalized)));
}

/** A flat, floor or unit on a line of its own: "2-hoog", "Flat 3", "Apt 4B", "3. OG", "Ground Floor", "piso 2º". */
const UNIT_LINE =
  /^(?:\d{1,2}\s?[-.]?\s?(?:hoog|hg|og|stock|etage|étage|ét|piso|planta|piano|p\.)|(?:flat|apt\.?|apartment|unit|suite|ste\.?|floor|wohnung|whg\.?|appartement|appt\.?|bâtiment|bât\.?|escalier|piso|planta|interno|int\.|scala|lok\.?|lokal|m\.|mieszkanie|bus|boîte)\s?[\dA-Za-z]{1,5}[ºª]?|(?:ground|first|second|third|top|\d{1,2}(?:st|nd|rd|th))\s+floor|(?:erdgeschoss|dachgeschoss|hinterhaus|vorderhaus|souterrain|rez-de-chaussée))$/iu;

/**
 * A line that begins with a postcode ("CF24 4HQ", "10115 Berlin"), not a business's line. A street
 * there does not count: "Lyon⇥57" above "Amsterdam⇥43" (a weak "-dam" street) is a list of towns.
 */
function opensWithPostcode(line: Line | undefined): boolean {
  return line !== undefined && !line.business && line.matches.some((m) => m.category === 'address' && m.start === 0 && m.explanation.includes('postcode'));
}

/** "Dublin 8", "LONDON", "Saint-Denis": a town line between a street and its postcode. */
const TOWN_LINE = /^[\p{Lu}][\p{L}'’. -]{1,30}(?:\s\d{1,2})?$/u;

interface AddressRun {
  found: Found;
  /** Index of the run's first line in the block, and how many lines it spans. */
  first: number;
  lines: number;
}

/**
 * Street and postcode written on consecutive lines are one address: "12 Mill Lane" / "Brighton BN1 4GH".
 * A town line between them is part of it; a bare "Lindenhof 3" above a postcode line is its street.
 */
function mergeAddresses(block: Block): { found: Found[]; runs: AddressRun[] } {
  // Addresses are rebuilt from the lines below; the business lines' own (capped) ones stay as found.
  const out: Found[] = block.found.filter((f) => f.category !== 'address' || f.confidence <= LINE_CAP);
  const runs: AddressRun[] = [];
  let run: { lines: number[]; values: string[]; confidence: number; where: Where; streets: number; town?: boolean } | undefined;
  const flush = () => {
    if (!run) return;
    const value = run.values.join(', ');
    const confidence = run.values.length > 1 ? Math.max(run.confidence, 0.9) : run.confidence;
    const found: Found = { category: 'address', value, normalized: normalizeAddress(value), confidence, where: run.where, ...(run.town && run.values.length === 1 ? { town: true } : {}) };
    out.push(found);
    runs.push({ found, first: run.lines[0]!, lines: run.lines[run.lines.length - 1]! - run.lines[0]! + 1 });
    run = undefined;
  };
  const addressesOf = (line: Line | undefined): Match[] => {
    const all = line && !line.business ? line.matches.filter((m) => m.category === 'address') : [];
    // Beside a whole address (street and postcode) on the same line, a weak street alone ("Visitor 7234:") is not part of it.
    return all.some((m) => m.explanation.startsWith('street') && m.explanation.includes('postcode')) ? all.filter((m) => !m.explanation.includes(':weak')) : all;
  };
  block.lines.forEach((line, index) => {
    // A letterhead's or an example's address is never joined to a customer's.
    const addresses = addressesOf(line);
    if (addresses.length === 0) {
      const below = block.lines[index + 1];
      const text = line.text.trim();
      // "Dublin 8" between "36 Richmond Hill" and "D08 CTFH": the town of the address being read.
      // "2-hoog", "Flat 3", "2. OG" between a street and its postcode: the flat or floor of that address.
      if (run && line.matches.length === 0 && addressesOf(below).length > 0 && (TOWN_LINE.test(text) || UNIT_LINE.test(text))) {
        run.lines.push(index);
        run.values.push(text);
        return;
      }
      flush();
      // "Lindenhof 3" directly above a postcode line, or "136 Kingsway" above "Cardiff" above "CF24 4HQ": its street.
      if (line.matches.length === 0 && BARE_STREET.test(text) && (opensWithPostcode(below) || (below?.matches.length === 0 && TOWN_LINE.test(below.text.trim()) && opensWithPostcode(block.lines[index + 2])))) {
        run = { lines: [index], values: [text], confidence: 0.5, where: line.where, streets: 1 };
      }
      return;
    }
    for (const a of addresses) {
      // Two street lines in a row are two addresses (or two products named after streets), not one.
      const street = a.explanation.startsWith('street') && !a.explanation.includes('postcode');
      // A line with a street of its own (with or without its postcode) after a street line starts another address.
      if (run && a.explanation.startsWith('street') && run.streets > 0) flush();
      if (run && run.lines[run.lines.length - 1]! >= index - 1) {
        run.lines.push(index);
        run.values.push(a.value);
        run.confidence = Math.max(run.confidence, a.confidence);
        if (street) run.streets++;
      } else {
        flush();
        run = { lines: [index], values: [a.value], confidence: a.confidence, where: line.where, streets: street ? 1 : 0, town: a.explanation === 'labelled:postcode-town' };
      }
    }
  });
  flush();
  return { found: out, runs };
}
