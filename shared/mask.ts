// Masking of customer values, one function per category (DESIGN.md, privacy rules).
// Masks never carry the length of what they hide: every hidden run is three bullets.
import type { Category } from './types.js';

export const BULLETS = '•••';

function firstLetter(word: string): string {
  const first = Array.from(word)[0] ?? '';
  return first + BULLETS;
}

/** `jane.doe@example.co.uk` → `j•••@e•••.uk` */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) return BULLETS;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  const labels = domain.split('.').filter(Boolean);
  const tld = labels.length > 1 ? '.' + labels[labels.length - 1] : '';
  return `${firstLetter(local)}@${firstLetter(labels[0] ?? '')}${tld}`;
}

/** `+441632960967` → `+44 •••• •••67`; numbers without a country code keep only the last two digits. */
export function maskPhone(value: string, countryCallingCode?: string): string {
  const digits = value.replace(/\D/g, '');
  const last2 = digits.slice(-2);
  const cc = countryCallingCode ?? (value.trim().startsWith('+') ? guessCallingCode(digits) : '');
  return cc ? `+${cc} •••• •••${last2}` : `•••• •••${last2}`;
}

// Only used when the caller did not say: one- to three-digit codes, shortest match of the well-known ones.
const ONE_DIGIT = new Set(['1', '7']);
const TWO_DIGIT = new Set(['20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47', '48', '49', '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '81', '82', '84', '86', '90', '91', '92', '93', '94', '95', '98']);
function guessCallingCode(digits: string): string {
  if (ONE_DIGIT.has(digits.slice(0, 1))) return digits.slice(0, 1);
  if (TWO_DIGIT.has(digits.slice(0, 2))) return digits.slice(0, 2);
  return digits.slice(0, 3);
}

/** `Jane van Doe` → `J••• v••• D•••` */
export function maskName(value: string): string {
  const words = value.split(/\s+/).filter(Boolean);
  if (words.length === 0) return BULLETS;
  return words.map(firstLetter).join(' ');
}

// Street-type words carry no personal information and make a masked address readable.
const STREET_WORDS = new Set(
  [
    'street', 'st', 'road', 'rd', 'lane', 'ln', 'avenue', 'ave', 'drive', 'dr', 'close', 'court', 'ct', 'way',
    'place', 'pl', 'boulevard', 'blvd', 'terrace', 'crescent', 'square', 'sq', 'highway', 'hwy', 'parkway',
    'apt', 'suite', 'unit', 'flat', 'floor',
    'straße', 'strasse', 'str', 'weg', 'platz', 'allee', 'gasse', 'ring', 'damm',
    'rue', 'avenue', 'boulevard', 'chemin', 'impasse', 'allée', 'place', 'quai',
    'calle', 'avenida', 'plaza', 'paseo', 'camino', 'carrer',
    'straat', 'laan', 'weg', 'plein', 'gracht', 'kade',
    'via', 'viale', 'piazza', 'corso', 'vicolo', 'largo',
  ].map((w) => w.toLowerCase()),
);

const UK_POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})$/i;
const CA_POSTCODE = /^([A-Z]\d[A-Z])\s*(\d[A-Z]\d)$/i;

/** `12 Mill Lane, Brighton BN1 4GH` → `•• M••• Lane, B••• BN1 •••` */
export function maskAddress(value: string): string {
  // Join split UK/CA postcodes so that their outward part can be kept.
  const joined = value.replace(/\b([A-Z]{1,2}\d[A-Z\d]?)\s+(\d[A-Z]{2})\b/gi, '$1\u0000$2')
    .replace(/\b([A-Z]\d[A-Z])\s+(\d[A-Z]\d)\b/gi, '$1\u0000$2');
  let words = 0;
  return joined
    .split(/(\s+|,)/)
    .map((token) => {
      if (token === '' || /^(\s+|,)$/.test(token)) return token;
      const postcode = token.replace('\u0000', ' ');
      const uk = UK_POSTCODE.exec(postcode) ?? CA_POSTCODE.exec(postcode);
      if (uk && token.includes('\u0000')) return `${uk[1]!.toUpperCase()} ${BULLETS}`;
      const bare = token.replace(/[.]$/, '');
      const first = words++ === 0;
      if (STREET_WORDS.has(bare.toLowerCase())) return token;
      // A 4–5 digit number is a postcode (keep its district), except first, where it is a house number.
      if (!first && /^\d{4,5}(-\d{4})?$/.test(bare)) return bare.slice(0, 2) + BULLETS;
      if (/^\d/.test(bare)) return '••';
      return firstLetter(bare);
    })
    .join('');
}

export function maskValue(category: Category, value: string): string {
  switch (category) {
    case 'email':
      return maskEmail(value);
    case 'phone':
      return maskPhone(value);
    case 'name':
      return maskName(value);
    case 'address':
      return maskAddress(value);
  }
}

/**
 * A path masked word by word, keeping separators and the extension: a file may be named after
 * a customer. `/home/ann/John Smith.xlsx` → `/h•••/a•••/J••• S•••.xlsx`.
 */
export function maskPath(path: string): string {
  return path
    .split(/([\\/!])/)
    .map((segment, index, all) => {
      if (/^[\\/!]$/.test(segment) || segment === '') return segment;
      // A file's extension says what it is, never who: kept for files and archives (`x.zip!`).
      const isFile = index === all.length - 1 || all[index + 1] === '!';
      const ext = isFile ? (/\.[A-Za-z0-9]{1,5}$/.exec(segment)?.[0] ?? '') : '';
      const stem = ext && ext.length < segment.length ? segment.slice(0, -ext.length) : segment;
      const maskedStem = stem.replace(/[\p{L}\p{N}]+/gu, (word) => firstLetter(word));
      return maskedStem + (stem === segment ? '' : ext);
    })
    .join('');
}
