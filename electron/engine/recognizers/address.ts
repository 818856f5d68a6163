// Postal addresses: street lines (streets.ts) and postcodes beside their town (postcodes.ts).
// A street and a postcode close together are one address with a high score; either alone is
// weaker evidence (a product called "3 Tier Garden Planter", a "10115 Berlin" in a footer), which
// the text and table analysers raise when a cue, a shipping block or a column header supports it.
import { BUSINESS_LINE, CONTEXT_BOOST, clamp01, textBefore } from './context.js';
import { findPostcodes, type PostcodeMatch } from './postcodes.js';
import { findStreets, type StreetMatch } from './streets.js';
import type { Match, Recognizer } from './types.js';

export const ADDRESS_FULL = 0.9;
export const ADDRESS_STREET = 0.55;
export const ADDRESS_STREET_UNTERMINATED = 0.45;
export const ADDRESS_STREET_WEAK = 0.35;
export const ADDRESS_POSTCODE_WITH_PLACE = 0.6;
export const ADDRESS_POSTCODE_ALONE = 0.5;
/** "10115 Berlin": five digits and a capitalised word are common outside addresses too. */
export const ADDRESS_EU_POSTCODE = 0.45;
const BUSINESS_LINE_CAP = 0.3;
/** How far apart a street and its postcode may be written on one line. */
const MAX_GAP = 80;

const CONTEXT =
  /\b(?:address|addr|adresse|anschrift|dirección|direccion|domicilio|indirizzo|adres|ship(?:ping)? to|deliver(?:y)? to|bill(?:ing)? to|lieferung|livraison|envío|envio|spedizione|bezorg|verzend|aflever|recipient|empfänger|destinataire|destinatario|ontvanger|customer|kunde|client|cliente|klant|buyer|käufer|acheteur|comprador|acquirente|koper|c\/o|attn)\b/;

function streetScore(s: StreetMatch): number {
  if (s.strength === 'weak') return ADDRESS_STREET_WEAK;
  return s.terminated ? ADDRESS_STREET : ADDRESS_STREET_UNTERMINATED;
}

function postcodeScore(p: PostcodeMatch): number {
  if (p.country === 'eu5' || p.country === 'pl') return ADDRESS_EU_POSTCODE;
  return p.withPlace ? ADDRESS_POSTCODE_WITH_PLACE : ADDRESS_POSTCODE_ALONE;
}

// Abbreviations written either way in one file ("Mill Ln" and "Mill Lane"), folded for comparison.
const ABBREVIATIONS: Record<string, string> = {
  st: 'street', rd: 'road', ln: 'lane', ave: 'avenue', av: 'avenue', dr: 'drive', blvd: 'boulevard', ct: 'court',
  pl: 'place', cres: 'crescent', tce: 'terrace', hwy: 'highway', pkwy: 'parkway', sq: 'square', str: 'strasse',
  strasse: 'strasse', straße: 'strasse', bd: 'boulevard', avda: 'avenida', pza: 'plaza', ctra: 'carretera',
};

/** Lower case, no accents or punctuation, abbreviations spelled out: for distinct counts and identity. */
export function normalizeAddress(value: string): string {
  const lower = value.toLowerCase();
  // Most addresses are plain ASCII: skip Unicode normalization for them (it dominates the cost).
  const words = NON_ASCII.test(lower)
    ? lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/[^\p{L}\p{N}]+/gu, ' ')
    : lower.replace(/[^a-z0-9]+/g, ' ');
  return words.trim().replace(ABBREVIATION, (w) => ABBREVIATIONS[w] ?? w);
}

const NON_ASCII = /[^\x00-\x7f]/;
const ABBREVIATION = new RegExp(`\\b(?:${Object.keys(ABBREVIATIONS).join('|')})\\b`, 'g');

/** Addresses of templates and documentation ("Musterstraße 1", "Anytown"), never a customer's. */
const PLACEHOLDER = /\b(?:muster\p{L}*|beispiel\p{L}*|anytown|example|sample)\b/iu;

/** Whether an address or a part of one is a template's stand-in ("Musterstadt", "Anytown"), never a customer's. */
export function isPlaceholderAddress(value: string): boolean {
  return PLACEHOLDER.test(value);
}

/** Street lines and postcodes in `text`; a street followed closely by its postcode is one match. */
export function detectAddresses(text: string): Match[] {
  return findAddresses(text).filter((m) => !PLACEHOLDER.test(m.value));
}

function findAddresses(text: string): Match[] {
  const streets = findStreets(text);
  const postcodes = findPostcodes(text);
  if (streets.length === 0 && postcodes.length === 0) return [];
  const business = BUSINESS_LINE.test(text);
  const matches: Match[] = [];
  const usedPostcodes = new Set<PostcodeMatch>();

  for (const [i, street] of streets.entries()) {
    // A postcode belongs to the street nearest before it: "Visitor 7234: … 12 Lower Grange Road, …, P31 KX82".
    const nextStreet = streets[i + 1];
    const postcode = postcodes.find((p) => !usedPostcodes.has(p) && p.start >= street.end - 1 && p.start - street.end <= MAX_GAP && (nextStreet === undefined || p.start < nextStreet.start));
    if (postcode) {
      usedPostcodes.add(postcode);
      // Composed rather than sliced: what stands between may be markup ('", "city": "').
      const value = /^[\s,;–\p{L}’.-]*$/u.test(text.slice(street.end, postcode.start)) ? text.slice(street.start, postcode.end) : `${street.value}, ${postcode.value}`;
      matches.push(build(text, street.start, postcode.end, ADDRESS_FULL, `street:${street.language}+postcode:${postcode.country}`, business, value));
    } else {
      matches.push(build(text, street.start, street.end, streetScore(street), `street:${street.language}:${street.strength}`, business));
    }
  }
  for (const postcode of postcodes) {
    if (usedPostcodes.has(postcode)) continue;
    // A postcode inside a street match is part of it already ("… Lane, BN1 4GH" was merged above).
    if (matches.some((m) => m.start <= postcode.start && postcode.end <= m.end)) continue;
    matches.push(build(text, postcode.start, postcode.end, postcodeScore(postcode), `postcode:${postcode.country}${postcode.withPlace ? '+place' : ''}`, business));
  }
  return matches.sort((a, b) => a.start - b.start);
}

function build(text: string, start: number, end: number, base: number, explanation: string, business: boolean, composed?: string): Match {
  const value = (composed ?? text.slice(start, end)).trim().replace(/[.,;:'"]+$/, '');
  let confidence = base;
  let why = explanation;
  if (CONTEXT.test(textBefore(text, start, 6))) {
    confidence += CONTEXT_BOOST;
    why += '+context';
  }
  // A registered office or a "visit us" line presents the business, not a customer.
  if (business) {
    confidence = Math.min(confidence, BUSINESS_LINE_CAP);
    why += '-business-line';
  }
  return { category: 'address', value, normalized: normalizeAddress(value), start, end, confidence: clamp01(confidence), explanation: why };
}

/** A cell of a column whose header says street/address: letters with a house number, or a street word. */
export function looksLikeStreetCell(value: string): boolean {
  const v = value.trim();
  if (v.length < 3 || v.length > 150 || v.includes('@')) return false;
  if (!/\p{L}{2,}/u.test(v)) return false;
  // "Musterstraße 1", "123 Example Street": the sample row a carrier's import template ships with.
  if (PLACEHOLDER.test(v)) return false;
  if (/\d/.test(v)) return true;
  // No number: "Calle Mayor s/n", "Flat B, Rose Court", or a street without a number.
  return findStreets(v + ' 1').length > 0 || /\b(?:s\/n|po box|p\.o\. box|postfach|boîte postale|apartado)\b/i.test(v);
}

/** A town, a region or a country: one to five words of letters. */
export function looksLikePlace(value: string): boolean {
  const v = value.trim();
  return v.length >= 2 && v.length <= 60 && /^[\p{L}][\p{L}'’. ()-]*$/u.test(v) && v.split(/\s+/).length <= 5;
}

export const addressRecognizer: Recognizer = {
  category: 'address',
  name: 'address',
  keywords: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  detect: detectAddresses,
  samples: {
    positive: [
      '12 Mill Lane, Brighton BN1 4GH',
      'Ship to: 12 Mill Lane',
      '221B Baker Street, London NW1 6XE',
      'Hauptstraße 5, 10115 Berlin',
      'Lieferadresse: Am Markt 3, 04109 Leipzig',
      '5 rue de la Paix, 75002 Paris',
      'Calle Mayor 12, 28013 Madrid',
      'Via Roma 10, 00184 Roma',
      'Kerkstraat 12, 1012 AB Amsterdam',
      '1600 Pennsylvania Avenue NW, Washington, DC 20500',
      '350 Fifth Avenue',
      'Toronto ON M5V 2T6',
      'Springfield, IL 62704',
      'ul. Długa 98 m. 46, 02-677 Warszawa',
      'al. Jerozolimskie 147 m. 35',
      'proszę o wysyłkę na adres: pl. Grunwaldzki 34 m. 48',
      '3/2, Ground Floor, MG Road, Hyderabad 500034, Telangana',
      'Unit 4, 61 James Street, Glenelg SA 5045',
    ],
    negative: [
      '3 Piece Garden Set', // a product
      '2 TB Hard Drive',
      '4 Port USB Hub',
      'Order 10115 total',
      '12500 Units sold in March',
      'Item 20 x 30 cm',
      'shipped via UPS 2 days',
      'Registered office: 1 High Street, London EC1A 1BB', // the business's own address
      'Size 42',
      '100 Pack Cable Ties',
      'Order 500034 shipped to Telangana', // six digits without a town before them
      'Pos. 12-345 Stück',
      'ul. 5', // a Polish street type without a name
    ],
  },
};
