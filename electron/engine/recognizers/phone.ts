// Phone numbers, validated with libphonenumber-js's full ("max") metadata. In text: what only
// looks like a number (order ids, dates, prices, IBANs, tracking numbers …) is blanked out, the
// number-like spans that remain are parsed whole per region, and only valid numbers are kept —
// the region whose national format matches the writing wins. A span with figures around a number
// ("Tel 020 7946 0958 2 items") goes through findPhoneNumbersInText per region instead. Numbers
// are de-duplicated by position. National numbers must show separators or a trunk prefix: a bare
// run of digits is an id or a barcode far more often than a phone. Columns whose header says
// phone are read more leniently (PhoneColumn).
import {
  findPhoneNumbersInText,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import { BUSINESS_LINE, textBefore, withContext, type ContextRule } from './context.js';
import { blankNonPhones, hasValidGtinCheckDigit } from './not-phones.js';
import type { Match, Recognizer } from './types.js';

/** Regions always tried for numbers without a country code; the caller may add more (the machine's locale). */
export const BASE_PHONE_REGIONS: readonly CountryCode[] = ['US', 'GB', 'CA', 'AU', 'DE', 'FR', 'ES', 'IT', 'NL', 'IE'];

export const PHONE_INTERNATIONAL = 0.75;
export const PHONE_NATIONAL = 0.6;
/** A number libphonenumber finds possible but not valid, written right after a phone cue. */
export const PHONE_POSSIBLE_AFTER_CUE = 0.6;
/** Score ceiling for a number on a line that presents the business itself. */
const BUSINESS_LINE_CAP = 0.3;

/** Regions whose national numbers start with the trunk prefix 0 (or, for Italy, landlines do). */
const TRUNK_ZERO = new Set<string>(['GB', 'DE', 'FR', 'NL', 'IE', 'AU', 'IT', 'AT', 'CH', 'BE', 'SE', 'FI', 'NZ', 'ZA', 'IN', 'JP']);

const CONTEXT: ContextRule = {
  positive:
    /\b(?:tel|tél|tele|tfno|phone|telephone|téléphone|telefon|teléfono|telefono|telefoon|fon|mobile|mobil|mob|cell|cellulare|celular|móvil|movil|portable|gsm|handy|whatsapp|sms|fax|call|ring|contact|kontakt|recipient|buyer|customer|kunde|client|cliente|klant)/,
  negative:
    /\b(?:order|bestell|auftrag|commande|pedido|ordine|bestelling|invoice|rechnung|facture|factura|fattura|factuur|sku|ean|upc|gtin|isbn|asin|mpn|art(?:ikel)?\.?-?\s?nr|item|article|artikel|réf|ref|reference|référence|referencia|riferimento|tracking|track|sendung|suivi|seguimiento|awb|parcel|paket|colis|serial|batch|charge|lot|lote|vat|ust|mwst|tva|iva|btw|tax|steuer|iban|bic|swift|account|konto|compte|cuenta|conto|rekening|sort\s?code|routing|company\s?(?:no|number|reg)|registration|reg\.?\s?no|hrb|hra|siret|siren|rcs|kvk|cif|nif|p\.?\s?iva|price|preis|prix|precio|prezzo|prijs|total|qty|quantity|menge|amount|betrag|transaction|payment|id)\b|#\s*$/,
};

/** A label that says the next figures are a phone number ("Tel.:", "Telefono:", "Mobile"). */
const PHONE_LABEL = /\b(?:tel|tél|tele|tfno|phone|telephone|téléphone|telefon|teléfono|telefono|telefoon|mobile|mobil|mob|cell|cellulare|celular|móvil|movil|portable|gsm|handy|whatsapp|fax)\b/;

/** Validated, de-duplicated region list: the base regions, then the caller's. */
export function phoneRegions(extra: readonly string[] = []): CountryCode[] {
  const out = new Set<CountryCode>(BASE_PHONE_REGIONS);
  for (const r of extra) {
    const upper = r.toUpperCase();
    if (isSupportedCountry(upper)) out.add(upper);
  }
  return [...out];
}

/** Number-like spans examined per text: a line of figures must not cost seconds. */
const MAX_CANDIDATES = 48;

// A span of digits with the separators phones use; not glued to letters (SKU-0171234567, ABC1234567).
const CANDIDATE = /(?<![\p{L}\p{N}_/#-])(?:\+|00)?\(?\d[\d \u00a0().\/–-]{5,28}\d(?![\p{L}\p{N}_#])/gu;
const DIGIT = /\d/g;

function countDigits(text: string): number {
  DIGIT.lastIndex = 0;
  let n = 0;
  while (DIGIT.exec(text)) n++;
  return n;
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/** Tries likely regions first: a leading 0 points to trunk-prefix countries, 10 digits to North America. */
function orderedRegions(candidate: string, regions: readonly CountryCode[]): readonly CountryCode[] {
  const digits = digitsOf(candidate);
  if (digits.startsWith('0')) return [...regions.filter((r) => TRUNK_ZERO.has(r)), ...regions.filter((r) => !TRUNK_ZERO.has(r))];
  if (digits.length === 10 || (digits.length === 11 && digits.startsWith('1'))) {
    return [...regions.filter((r) => r === 'US' || r === 'CA'), ...regions.filter((r) => r !== 'US' && r !== 'CA')];
  }
  return regions;
}

interface Span {
  start: number;
  end: number;
  number: PhoneNumber;
  international: boolean;
}

/** Rejects what libphonenumber accepts but a person would not write as a phone number. */
function plausiblyWritten(raw: string, international: boolean): boolean {
  const trimmed = raw.trim();
  // "0012345678905" is a UPC with its leading zeros, not a call to +1 234 567 8905.
  if (international) return !/^00\d+$/.test(trimmed) || !hasValidGtinCheckDigit(trimmed);
  const hasSeparator = /[\s().\/–-]/.test(trimmed);
  const trunk = /^\(?0/.test(trimmed);
  if (!hasSeparator && !trunk) return false; // a bare run of digits: an id, a SKU, a barcode
  if (!hasSeparator && hasValidGtinCheckDigit(digitsOf(trimmed))) return false; // EAN/UPC with a leading 0
  // The digits printed under a barcode: "4 006381 333931", "0 12345 67890 5".
  if (/^\d \d{6} \d{6}$|^\d \d{5} \d{5} \d$|^\d{4} \d{4}$/.test(trimmed) && hasValidGtinCheckDigit(digitsOf(trimmed))) return false;
  if (/\./.test(trimmed) && /\s/.test(trimmed)) return false; // "12.99 25.98": figures in a price list
  return true;
}

/** Digit groups as written: "(415) 555-2671" → "415 555 2671". */
function groups(raw: string): string[] {
  return raw.replace(/^\s*\+\d{1,3}/, '').split(/[^\d]+/).filter(Boolean);
}

/**
 * How well a region's national format matches the way the number was written: the same groups
 * from the start ("912 34 56 78" is Spanish, not a German number without its trunk 0). A national
 * number written without the region's trunk prefix scores -1: nobody in Germany writes 912345678.
 */
function groupingScore(raw: string, number: PhoneNumber): number {
  const national = groups(number.formatNational());
  let written = groups(raw);
  // North American trunk prefix: "1-415-555-2671" is written with a 1 the national format omits.
  if (written[0] === '1' && national[0] !== '1' && number.countryCallingCode === '1') written = written.slice(1);
  if ((written[0] ?? '')[0] !== (national[0] ?? '')[0]) return -1;
  let same = 0;
  while (same < written.length && written[same] === national[same]) same++;
  return same === written.length && same === national.length ? 100 : same;
}

type Reading = { number: PhoneNumber; score: number } | undefined;

/** Readings already made: the same number recurs (a customer's orders, a shop's own line on every page). */
const readings = new Map<string, Reading>();
const MAX_READINGS = 20_000;

/** The region reading of `raw` that is valid and closest to how it was written, if any. */
export function bestReading(raw: string, regions: readonly CountryCode[]): Reading {
  const key = `${regions.join(',')}|${raw.trim()}`;
  if (readings.has(key)) return readings.get(key);
  const reading = readBest(raw, regions);
  if (readings.size >= MAX_READINGS) readings.clear();
  readings.set(key, reading);
  return reading;
}

function readBest(raw: string, regions: readonly CountryCode[]): Reading {
  const trimmed = raw.trim();
  if (/^(?:\+|00|\(\+)/.test(trimmed)) {
    const p = parsePhoneNumberFromString(trimmed.replace(/^00/, '+'));
    return p?.isValid() ? { number: p, score: 100 } : undefined;
  }
  let best: Reading;
  for (const region of orderedRegions(trimmed, regions)) {
    const p = parsePhoneNumberFromString(trimmed, region);
    if (!p?.isValid()) continue;
    const score = groupingScore(trimmed, p);
    if (score < 0 || (best && best.score >= score)) continue;
    best = { number: p, score };
    if (score === 100) break;
  }
  return best;
}

/** Valid numbers in `text` with their offsets, de-duplicated by position. */
export function findPhones(text: string, regions: readonly CountryCode[]): Span[] {
  if (countDigits(text) < 7) return [];
  const blanked = blankNonPhones(text);
  const spans: Span[] = [];
  CANDIDATE.lastIndex = 0;
  let budget = MAX_CANDIDATES;
  for (let m = CANDIDATE.exec(blanked); m && budget > 0; m = CANDIDATE.exec(blanked)) {
    const candidate = m[0];
    const digits = countDigits(candidate);
    if (digits < 7) continue;
    // A run of figures ("0 1 2 3 4 5", "01.23.45.01.23.45.01"): phones have few groups, rarely of one digit.
    const groupLengths = candidate.split(/\D+/).filter(Boolean).map((g) => g.length);
    if (groupLengths.length > 8 || groupLengths.filter((n) => n === 1).length > 2) continue;
    budget--;
    const international = /^(?:\+|00|\(\+)/.test(candidate);
    // First the whole span as one number: one parse per region, the cheap and common case.
    const whole = groupLengths.length <= 6 && plausiblyWritten(candidate, international) ? bestReading(candidate, regions) : undefined;
    if (whole) {
      spans.push({ start: m.index, end: m.index + candidate.length, number: whole.number, international });
      continue;
    }
    // A number with figures around it ("Tel 020 7946 0958 2 items"): let libphonenumber find the
    // numbers inside, region by region. Costly, so only where a phone cue says a number is there.
    if (digits <= 12 || !CONTEXT.positive.test(textBefore(text, m.index, 3))) continue;
    spans.push(...numbersInside(text, m.index, candidate, regions, international).filter((s) => !spans.some((t) => t.start < s.end && s.start < t.end)));
  }
  return spans.sort((a, b) => a.start - b.start);
}

function numbersInside(text: string, offset: number, candidate: string, regions: readonly CountryCode[], international: boolean): Span[] {
  // "0044 …": the international call prefix written out; same length keeps the offsets.
  const source = candidate.startsWith('00') ? ' +' + candidate.slice(2) : candidate;
  const best = new Map<string, { span: Span; score: number }>();
  for (const region of international ? regions.slice(0, 1) : orderedRegions(candidate, regions)) {
    for (const found of findPhoneNumbersInText(source, { defaultCountry: region })) {
      if (!found.number.isValid()) continue;
      const start = offset + (source.startsWith(' +') && found.startsAt === 1 ? 0 : found.startsAt);
      const end = offset + found.endsAt;
      const raw = text.slice(start, end);
      const intl = /^(?:\+|00)/.test(raw);
      if (!plausiblyWritten(raw, intl)) continue;
      const score = intl ? 100 : groupingScore(raw, found.number);
      if (score < 0) continue;
      const key = `${start}:${end}`;
      const previous = best.get(key);
      if (!previous || score > previous.score) best.set(key, { span: { start, end, number: found.number, international: intl }, score });
    }
  }
  // Overlapping readings: the longest span, then the best-matching region wins.
  const readings = [...best.values()].sort((x, y) => y.span.end - y.span.start - (x.span.end - x.span.start) || y.score - x.score);
  const out: Span[] = [];
  for (const { span } of readings) if (!out.some((s) => s.start < span.end && span.start < s.end)) out.push(span);
  return out;
}

/** A number written after a phone cue that libphonenumber finds possible but not valid (new ranges, typos). */
function possibleAfterCue(text: string, regions: readonly CountryCode[], taken: Span[]): Match[] {
  const out: Match[] = [];
  const blanked = blankNonPhones(text);
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(blanked); m; m = CANDIDATE.exec(blanked)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((s) => s.start < end && start < s.end)) continue;
    if (!CONTEXT.positive.test(textBefore(text, start, 3))) continue;
    const raw = m[0].trim();
    const international = /^(?:\+|00)/.test(raw);
    if (!plausiblyWritten(raw, international)) {
      // "Telefono: 384401304": right after its label, a bare number is a phone when it is valid —
      // even when its last digit happens to fit a barcode's check digit, as one number in ten does.
      const labelled = /^\d{7,15}$/.test(raw) && PHONE_LABEL.test(textBefore(text, start, 2));
      const bare = labelled ? bestReading(raw, regions) : undefined;
      if (bare) {
        out.push({ category: 'phone', value: m[0], normalized: bare.number.number, start, end, confidence: PHONE_INTERNATIONAL, explanation: 'libphonenumber:valid+bare-after-label' });
      }
      continue;
    }
    for (const region of international ? regions.slice(0, 1) : orderedRegions(raw, regions)) {
      const parsed = parsePhoneNumberFromString(raw.replace(/^00/, '+'), region);
      if (parsed?.isPossible()) {
        out.push({ category: 'phone', value: m[0], normalized: parsed.number, start, end, confidence: PHONE_POSSIBLE_AFTER_CUE, explanation: 'libphonenumber:possible+context' });
        break;
      }
    }
  }
  return out;
}

export function detectPhones(text: string, regions: readonly CountryCode[]): Match[] {
  const spans = findPhones(text, regions);
  const business = spans.length > 0 && BUSINESS_LINE.test(text);
  const matches: Match[] = spans.map((s) => {
    const base = s.international ? PHONE_INTERNATIONAL : PHONE_NATIONAL;
    let scored = withContext(base, `libphonenumber:valid${s.international ? '+intl' : ''}`, textBefore(text, s.start), CONTEXT);
    // The business's own line ("Call us …", a registered office): never a customer's number.
    if (business) scored = { confidence: Math.min(scored.confidence, BUSINESS_LINE_CAP), explanation: scored.explanation + '-business-line' };
    return { category: 'phone', value: text.slice(s.start, s.end), normalized: s.number.number, start: s.start, end: s.end, ...scored };
  });
  if (!business && CONTEXT.positive.test(text.toLowerCase())) matches.push(...possibleAfterCue(text, regions, spans));
  return matches.sort((a, b) => a.start - b.start);
}

const BARE_DIGITS = /(?<![\p{L}\p{N}_/#.,-])\d{9,11}(?![\p{L}\p{N}_])/gu;

/**
 * Mobile numbers written as bare digits ("646505265", "3331234567"), as people do where numbers
 * have no trunk prefix (Spain, Italy). Too close to ids to be trusted anywhere: the text analyser
 * asks for them only inside a block that already names a person.
 */
export function findBareMobiles(text: string, regions: readonly CountryCode[]): Match[] {
  const out: Match[] = [];
  const blanked = blankNonPhones(text);
  BARE_DIGITS.lastIndex = 0;
  for (let m = BARE_DIGITS.exec(blanked); m && out.length < 4; m = BARE_DIGITS.exec(blanked)) {
    if (m[0].startsWith('0') || hasValidGtinCheckDigit(m[0])) continue;
    if (CONTEXT.negative?.test(textBefore(text, m.index, 3)) && !CONTEXT.positive.test(textBefore(text, m.index, 3))) continue;
    for (const region of regions) {
      const p = parsePhoneNumberFromString(m[0], region);
      if (!p?.isValid() || p.getType() !== 'MOBILE' || groupingScore(m[0], p) < 0) continue;
      out.push({ category: 'phone', value: m[0], normalized: p.number, start: m.index, end: m.index + m[0].length, confidence: PHONE_NATIONAL, explanation: 'libphonenumber:valid+bare-mobile' });
      break;
    }
  }
  return out;
}

export function createPhoneRecognizer(regions: readonly CountryCode[]): Recognizer {
  return {
    category: 'phone',
    name: 'phone',
    keywords: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    detect: (text) => detectPhones(text, regions),
    samples: PHONE_SAMPLES,
  };
}

const PHONE_SAMPLES = {
  positive: [
    'Tel: +44 20 7946 0958',
    'Phone: (415) 555-2671',
    'Mobil 0171 1234567',
    'téléphone : 01 42 68 53 00',
    'Telefono: 06 6982 1234',
    'tel. 020-5551234',
    '+353 1 234 5678',
    '0412 345 678',
    'Teléfono 912 34 56 78',
    '+1 604 555 1234',
  ],
  negative: [
    'Order 203-1234567-1234567', // Amazon order id
    '2026-10-01 14:30:00', // a timestamp
    'EAN 4006381333931', // a barcode
    '4006381333931',
    'Total: 1.299,00 €', // a price
    '12.99 25.98 38.97',
    'Tracking 1Z999AA10123456784', // UPS
    '9400 1000 0000 0000 0000 00', // USPS
    'IBAN DE89 3704 0044 0532 0130 00',
    'VAT DE123456789',
    'SKU-0171234567',
    'Qty 3 × 450 g, 20 x 30 cm',
    'Invoice 4155552671', // bare digits without separators
    'Call us on 020 7946 0958, Mon–Fri 9–5', // the business's own line
  ],
};

export const phoneRecognizer: Recognizer = createPhoneRecognizer(BASE_PHONE_REGIONS);

/** E.164 of a phone written anywhere (settings, a cell), or its digits when it cannot be parsed. */
/** The national significant number of a phone written in any form ('91563482' of '+353 91 563482'), or undefined. */
export function nationalNumber(raw: string, regions: readonly CountryCode[] = BASE_PHONE_REGIONS): string | undefined {
  const international = parsePhoneNumberFromString(raw);
  if (international?.isValid()) return international.nationalNumber;
  for (const region of regions) {
    const parsed = parsePhoneNumberFromString(raw, region);
    if (parsed?.isValid()) return parsed.nationalNumber;
  }
  return undefined;
}

export function normalizePhone(raw: string, regions: readonly CountryCode[] = BASE_PHONE_REGIONS): string {
  const parsed = new PhoneColumn(regions).parse(raw);
  return parsed?.normalized ?? digitsOf(raw);
}

export interface CellPhone {
  value: string;
  normalized: string;
  confidence: number;
  explanation: string;
}

/**
 * False when `value` certainly has no letter (ASCII digits, spaces and punctuation only): the
 * common phone cell then skips the Unicode letter test. Anything non-ASCII may be a letter.
 */
function mayHoldLetters(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 65) return true; // A-Z, a-z, and everything above ASCII punctuation
  }
  return false;
}

const SHAPE_TRUST = 3;
const COLUMN_TRUST = 20;
const MAX_SHAPES = 64;

/**
 * Reads the cells of one phone column. A header that says "phone" is context enough for
 * numbers without separators (spreadsheets drop them, and the leading 0 or + with them).
 * Once the column has shown itself to hold phones (COLUMN_TRUST validated cells) and a written
 * shape (e.g. "99999 999999") has been validated a few times, further cells of that exact shape
 * are taken as phones without asking libphonenumber again: a million-row export must not spend
 * 30 µs per cell on metadata. Their E.164 form is then derived from the column's usual region.
 */
export class PhoneColumn {
  private readonly shapes = new Map<string, number>();
  private readonly regionHits = new Map<CountryCode, number>();
  private validated = 0;
  /**
   * Learning stops after the first rows of a table (see analyze/table.ts LEARN_ROWS): what the
   * column trusts then depends on those rows alone, so a part of a large file read on its own
   * (a shard) reads every later cell exactly as a whole-file scan does.
   */
  private frozen = false;

  constructor(private readonly regions: readonly CountryCode[]) {}

  freeze(): void {
    this.frozen = true;
  }

  parse(cell: string): CellPhone | undefined {
    const value = cell.trim();
    if (value.length === 0) return undefined;
    if (value.length > 40 || (mayHoldLetters(value) && /[\p{L}]{3,}/u.test(value.replace(/\b(?:ext|tel|fax|mob|phone)\b\.?/gi, '')))) {
      const inText = detectPhones(value, this.regions)[0];
      return inText && { value: inText.value, normalized: inText.normalized, confidence: Math.max(inText.confidence, 0.85), explanation: 'column+' + inText.explanation };
    }
    // Its digits, and its shape with every digit as 9 ("07700 900123" → "99999 999999"), in one pass.
    let digits = '';
    let shapeKey = '';
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        digits += value[i];
        shapeKey += '9';
      } else {
        shapeKey += value[i];
      }
    }
    if (digits.length < 6 || digits.length > 15) return undefined;
    if (this.validated >= COLUMN_TRUST && (this.shapes.get(shapeKey) ?? 0) >= SHAPE_TRUST && !shapeKey.includes('(0)')) {
      return { value, normalized: this.e164ByShape(value, digits), confidence: 0.9, explanation: 'column+shape' };
    }
    const parsed = this.validate(value, digits);
    if (parsed?.valid && !this.frozen) {
      this.validated++;
      const seen = this.shapes.get(shapeKey);
      if (seen !== undefined || this.shapes.size < MAX_SHAPES) this.shapes.set(shapeKey, (seen ?? 0) + 1);
    }
    return parsed?.result;
  }

  /** The column's usual region and its calling code; recomputed only after a validation changed the tally. */
  private dominant: { region: CountryCode; code: string } | undefined;

  /** E.164 of a cell whose shape the column has validated, by its usual region's rules. */
  private e164ByShape(value: string, digits: string): string {
    if (/^\s*\+/.test(value)) return '+' + digits;
    if (/^\s*00/.test(value)) return '+' + digits.slice(2);
    if (!this.dominant) {
      const region = this.dominantRegion();
      this.dominant = { region, code: getCountryCallingCode(region) };
    }
    const { region, code } = this.dominant;
    if (code === '1' && digits.length === 11 && digits.startsWith('1')) return '+' + digits;
    const national = TRUNK_ZERO.has(region) && region !== 'IT' && digits.startsWith('0') ? digits.slice(1) : digits;
    return '+' + code + national;
  }

  private dominantRegion(): CountryCode {
    let best: CountryCode = this.regions[0] ?? 'US';
    let hits = -1;
    for (const [region, n] of this.regionHits) if (n > hits) [best, hits] = [region, n];
    return best;
  }

  private validate(value: string, digits: string): { valid: boolean; number: PhoneNumber; result: CellPhone } | undefined {
    const international = /^\s*(?:\+|00)/.test(value);
    const regions = this.regionOrder(value);
    const read = bestReading(value, regions);
    if (read) {
      if (!international && read.number.country && !this.frozen) {
        this.regionHits.set(read.number.country, (this.regionHits.get(read.number.country) ?? 0) + 1);
        this.dominant = undefined;
      }
      const explanation = international ? 'column+libphonenumber:valid+intl' : 'column+libphonenumber:valid';
      return { valid: true, number: read.number, result: { value, normalized: read.number.number, confidence: international ? 0.95 : 0.9, explanation } };
    }
    // Spreadsheets turn "+44 7700 900123" into 447700900123 and "07700 900123" into 7700900123.
    if (!international && !digits.startsWith('0')) {
      const withPlus = digits.length >= 11 ? parsePhoneNumberFromString('+' + digits) : undefined;
      if (withPlus?.isValid()) return { valid: false, number: withPlus, result: { value, normalized: withPlus.number, confidence: 0.85, explanation: 'column+libphonenumber:valid+restored-plus' } };
      for (const region of regions.filter((r) => TRUNK_ZERO.has(r))) {
        const withZero = parsePhoneNumberFromString('0' + digits, region);
        if (withZero?.isValid()) return { valid: false, number: withZero, result: { value, normalized: withZero.number, confidence: 0.8, explanation: 'column+libphonenumber:valid+restored-zero' } };
      }
    }
    // Possible but not valid (a new range, a fictional 555 number): the header vouches for it.
    for (const region of international ? [undefined] : regions) {
      const p = parsePhoneNumberFromString(international ? '+' + digits.replace(/^00/, '') : value, region);
      if (p?.isPossible()) return { valid: false, number: p, result: { value, normalized: p.number, confidence: 0.7, explanation: 'column+libphonenumber:possible' } };
    }
    return undefined;
  }

  private regionOrder(value: string): readonly CountryCode[] {
    const ordered = orderedRegions(value, this.regions);
    if (this.regionHits.size === 0) return ordered;
    const byHits = [...this.regionHits.entries()].sort((a, b) => b[1] - a[1]).map(([r]) => r);
    return [...byHits, ...ordered.filter((r) => !this.regionHits.has(r))];
  }
}
