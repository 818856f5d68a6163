// Numbers that a phone parser would happily read as phones but are not: Amazon order ids, dates
// and times, prices, measurements, IBANs, VAT numbers, card numbers, parcel tracking numbers and
// barcodes. They are blanked out (same length, so positions hold) before phones are looked for.

const NOT_PHONE_PATTERNS: RegExp[] = [
  // Amazon order id 123-1234567-1234567
  /\b\d{3}-\d{7}-\d{7}\b/,
  // ISO date (and time): 2026-10-01, 2026/10/01 14:30:00
  /(?<![\d./-])\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?(?![-./]?\d)/,
  // Day-first or month-first dates: 01.10.2026, 1/10/26 (not a dotted French phone 01.23.45.67.89)
  /(?<![\d./-])\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})(?![-./]?\d)/,
  // Times 14:30, 14:30:05
  /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/,
  // Money with a currency: €12,99  12.99 €  USD 1,299.00  £ 5
  /(?:[$€£¥₹]|\b(?:EUR|USD|GBP|CHF|CAD|AUD|SEK|DKK|NOK|PLN)\b)\s?\d[\d.,' ]{0,15}\d?/i,
  /\d[\d.,']{0,15}\s?(?:[$€£¥₹]|(?:EUR|USD|GBP|CHF|CAD|AUD|SEK|DKK|NOK|PLN|kr|zł)\b)/i,
  // Decimal amounts 1,299.99  12,99 (two decimals, not a group of a dotted phone)
  /(?<![\d.,])\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}(?![.,]?\d)/,
  // Measurements and counts: 20 x 30 cm, 500 ml, 12 pcs, 50%
  /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?\s?(?:%|mm|cm|m|km|kg|g|mg|ml|cl|l|oz|lb|lbs|in|inch|ft|pcs|pc|stk|st|x|×)(?![\p{L}\p{N}])/u,
  // IBAN: two letters, two check digits, then groups
  /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/,
  // EU VAT numbers: DE123456789, GB 123 4567 89, ATU12345678, FR12345678901
  /\b(?:AT ?U|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI|CHE)[ -]?[0-9A-Z]?\d[\d .-]{6,14}[0-9A-Z]\b/,
  // Card-like 4×4 groups
  /\b\d{4}(?<sep>[ -])\d{4}\k<sep>\d{4}\k<sep>\d{4}\b/,
  // Parcel tracking: UPS 1Z…, USPS 92/93/94/95 + 20 digits, UPU S10 (Royal Mail, Deutsche Post, La Poste …), DHL JJD/GM
  /\b1Z[0-9A-Z]{16}\b/,
  /\b(?:9[2-5]\d{2}[ ]?)(?:\d{4}[ ]?){4}\d{2}\b/,
  /\b420\d{5}(?:\d{4})?9\d{21}\b/,
  /\b[A-Z]{2}\d{9}[A-Z]{2}\b/,
  /\b(?:JJD|JVGL|GM)\d{10,20}\b/,
  // ISBNs written with hyphens
  /\b97[89]-\d{1,5}-\d{1,7}-\d{1,7}-\d\b/,
  // Long digit runs (20+): tracking numbers, references
  /\b\d{20,}\b/,
  // Bare runs of 14 to 19 digits, unless international (+ or 00 first): no national number is that
  // long; DPD's 14-digit parcel numbers and other references are
  /(?<![+\d])(?!00)\d{14,19}(?!\d)/,
  // IPv4 addresses in logs: 66.95.239.102 (not four pairs, which a dotted phone may be)
  /(?<![\d.])(?!\d{2}\.\d{2}\.\d{2}\.\d{2}(?![\d.]))(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])/,
  // Australian Business Number after its label: ABN 035469067, ABN 51 824 753 556
  /\bABN:?\s?\d[\d ]{6,13}\d\b/,
];

const NOT_PHONE = new RegExp(NOT_PHONE_PATTERNS.map((re) => `(?:${re.source})`).join('|'), 'gu');

/** "req=08959875-4858", "?id=0171-1234567": the value of a key in a log line or a URL, unless the key says phone. */
const KEY_VALUE = /(?<![\p{L}\p{N}_])([\p{L}_][\p{L}\p{N}_.-]{0,30})=(\d[\w.:-]*)/gu;
const PHONE_KEY = /(?:tel|phone|mobile|mobil|mob|fax|cell|msisdn|telefon|telefono|handy|gsm)$/i;
/** "0800-0899", "6701-6770": a range of postcodes or ids, two equal-length numbers, the second larger. */
const RANGE = /(?<![\d.\/–-])(\d{3,6})(\s?[–-]\s?)(\d{3,6})(?![\d.\/–-])/g;

/** `text` with every non-phone number replaced by '#' (same length, so offsets still match). */
export function blankNonPhones(text: string): string {
  NOT_PHONE.lastIndex = 0;
  let out = text.replace(NOT_PHONE, (m) => '#'.repeat(m.length));
  if (out.includes('=')) {
    KEY_VALUE.lastIndex = 0;
    out = out.replace(KEY_VALUE, (m, key: string, value: string) => (PHONE_KEY.test(key) ? m : key + '=' + '#'.repeat(value.length)));
  }
  RANGE.lastIndex = 0;
  return out.replace(RANGE, (m, from: string, _sep: string, to: string) => (isRange(from, to) ? '#'.repeat(m.length) : m));
}

function isRange(from: string, to: string): boolean {
  return from.length === to.length && from[0] === to[0] && Number(to) > Number(from);
}

/** EAN-8, UPC-A (12), EAN-13 and GTIN-14 check digit. */
export function hasValidGtinCheckDigit(digits: string): boolean {
  if (![8, 12, 13, 14].includes(digits.length) || !/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = digits.length - 2, weight = 3; i >= 0; i--, weight = weight === 3 ? 1 : 3) sum += Number(digits[i]) * weight;
  return (10 - (sum % 10)) % 10 === Number(digits[digits.length - 1]);
}
