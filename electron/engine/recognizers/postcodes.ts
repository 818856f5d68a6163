// Postcodes with their country's pattern, found next to a town: "Brighton BN1 4GH",
// "Springfield, IL 62704", "10115 Berlin", "75002 Paris", "1012 AB Amsterdam", "Toronto ON M5V 2T6".
// A bare five-digit number is a quantity or an id far more often than a postcode, so the
// continental and US patterns need the town (or the state) beside them.

export type PostcodeCountry = 'uk' | 'ie' | 'ca' | 'us' | 'nl' | 'eu5' | 'au' | 'pl' | 'in';

export interface PostcodeMatch {
  value: string;
  start: number;
  end: number;
  country: PostcodeCountry;
  /** A town or a state was found beside the code. */
  withPlace: boolean;
  /** The code alone, upper-cased without spaces (for comparing addresses). */
  code: string;
}

// The shape of written UK postcodes, looser than the issued ranges: lists are typed by hand.
const UK = String.raw`(?:GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})`;
/** Irish Eircode: routing key and unique identifier ("D02 X285", "T12 K92X"). */
const IE = String.raw`(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}`;
const CA = String.raw`[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d`;
const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI';
const CA_PROVINCES = 'AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT';
/** A town: one to four capitalised words ("Saint-Denis", "Frankfurt am Main", "LONDON"). */
const PLACE = String.raw`[\p{Lu}][\p{L}'’.-]{1,30}(?:[ -](?:am|an|der|de|la|le|sur|en|im|bei|di|del|upon|on|[\p{Lu}(][\p{L}'’.)-]{1,30})){0,3}`;

// Town then UK postcode on one line, or the postcode alone.
const UK_CODE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(${PLACE}),?\s{1,3})?(${UK})(?![\p{L}\p{N}])`, 'gu');
const IE_CODE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(${PLACE}),?\s{1,3}(?:(?:Co\.?|County)\s{1,2}[\p{Lu}][\p{L}]{2,15},?\s{1,3})?)?(${IE})(?![\p{L}\p{N}])`, 'gu');
const CA_CODE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(${PLACE}),?\s{1,3}(?:(?:${CA_PROVINCES}),?\s{1,3})?)?(${CA})(?![\p{L}\p{N}])`, 'gu');
// "Springfield, IL 62704-1234" — the state is what makes five digits a ZIP code.
const US_CODE = new RegExp(String.raw`(?<![\p{L}\p{N}])((?:${PLACE}),?\s{1,3})?(?:${US_STATES})\.?,?\s{1,3}(\d{5}(?:-\d{4})?)(?![\p{L}\p{N}-])`, 'gu');
// "1012 AB Amsterdam" (SA, SD and SS are never issued).
const NL_CODE = new RegExp(String.raw`(?<![\p{L}\p{N}])([1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2})\s{1,3}(${PLACE})`, 'gu');
// "10115 Berlin", "D-10115 Berlin", "00184 Roma RM", "75002 PARIS CEDEX 02"
const EU5_CODE = new RegExp(String.raw`(?<![\p{L}\p{N}.,/-])(?:(?:D|F|E|I|DE|FR|ES|IT|A|B|L|CH)-)?(\d{5})\s{1,3}(${PLACE})`, 'gu');

// "Newtown NSW 2042", "Glenelg SA 5045": an Australian town, its state in capitals and four digits.
const AU_STATES = 'NSW|VIC|QLD|SA|WA|TAS|NT|ACT';
const AU_CODE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${PLACE}),?\s{1,3}(?:${AU_STATES}),?\s{1,3}(\d{4})(?![\p{L}\p{N}-])`, 'gu');
// "02-677 Warszawa", "80-309 Gdańsk": a Polish code precedes its town.
const PL_CODE = new RegExp(String.raw`(?<![\p{L}\p{N}.,/-])(\d{2}-\d{3})\s{1,3}(${PLACE})`, 'gu');
/** Indian states and union territories: six digits after a town are a PIN code only with the state beside them. */
const IN_STATES =
  'Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Punjab|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal|Delhi|New Delhi|Chandigarh|Puducherry|Jammu and Kashmir|Ladakh';
// "Hyderabad 500034, Telangana", "Kolkata - 700016, West Bengal"
const IN_CODE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${PLACE})\s{0,2}[,–-]?\s{1,3}([1-9]\d{2} ?\d{3}),?\s{1,3}(?:${IN_STATES})(?![\p{L}])`, 'gu');

/** Words after five digits that make them a count, a price or a model, not a postcode and its town. */
const NOT_A_PLACE = new Set([
  'stück', 'stk', 'units', 'unit', 'items', 'item', 'pcs', 'pieces', 'pieza', 'piezas', 'pezzi', 'stuks', 'pièces',
  'eur', 'euro', 'euros', 'usd', 'gbp', 'chf', 'dollars', 'pounds', 'points', 'punkte', 'pts', 'km', 'kg', 'mm', 'cm',
  'views', 'likes', 'orders', 'bestellungen', 'commandes', 'pedidos', 'ordini', 'bestellingen', 'customers', 'kunden',
  'clients', 'clientes', 'klanten', 'products', 'produkte', 'produits', 'productos', 'prodotti', 'producten', 'series',
  'serie', 'model', 'modell', 'modèle', 'modelo', 'modello', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'januar', 'februar', 'märz', 'mai', 'juni', 'juli',
  'oktober', 'dezember', 'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre',
  'novembre', 'décembre', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre',
  'octubre', 'noviembre', 'diciembre', 'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre',
  'ottobre', 'dicembre', 'total', 'gesamt', 'summe', 'sku', 'ean', 'art', 'nr', 'no', 'x', 'mal', 'times', 'fois',
  'veces', 'volte', 'keer', 'mah', 'rpm', 'lumen', 'lm', 'watt', 'w', 'btu', 'pack', 'set', 'edition', 'version',
]);

/** Words before six digits that make them a document's number ("Invoice 500034, Kerala tea"), not a town's PIN code. */
const NOT_A_TOWN = /^(?:invoice|order|ref|reference|receipt|ticket|account|customer|booking|tracking|batch|lot|sku|item|id|no|nr|number|rechnung|bestellung|facture|commande|factura|pedido|fattura|ordine|factuur|bestelling)\b/i;

function firstWord(place: string): string {
  return (place.split(/[ -]/)[0] ?? '').toLowerCase();
}

function compact(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/** Postcodes found in `text`, each with its town when one is beside it. */
export function findPostcodes(text: string): PostcodeMatch[] {
  if (text.length > 4000) text = text.slice(0, 4000);
  const out: PostcodeMatch[] = [];
  const push = (m: PostcodeMatch) => {
    if (!out.some((o) => o.start < m.end && m.start < o.end)) out.push(m);
  };
  const run = (re: RegExp, each: (m: RegExpExecArray) => PostcodeMatch | undefined) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const found = each(m);
      if (found) push(found);
    }
  };
  run(US_CODE, (m) => ({ value: m[0], start: m.index, end: m.index + m[0].length, country: 'us', withPlace: Boolean(m[1]), code: m[2]!.slice(0, 5) }));
  run(CA_CODE, (m) => ({ value: m[0], start: m.index, end: m.index + m[0].length, country: 'ca', withPlace: Boolean(m[1]), code: compact(m[2]!) }));
  run(IE_CODE, (m) => {
    // Eircodes are written with their space; compact, or all letters after the routing key
    // ("D08 CTFH"), they count beside a town or on a line of their own.
    const alone = m[0].trim() === text.trim();
    if (!/ /.test(m[2]!) || (!/\d/.test(m[2]!.slice(-4)) && !m[1] && !alone)) return undefined;
    return { value: m[0], start: m.index, end: m.index + m[0].length, country: 'ie', withPlace: Boolean(m[1]), code: compact(m[2]!) };
  });
  run(UK_CODE, (m) => {
    const code = m[2]!;
    // Without the space the shape is too common in codes and SKUs ("AB12CD"); take it only beside a town.
    if (!code.includes(' ') && !m[1]) return undefined;
    if (m[1] && NOT_A_PLACE.has(firstWord(m[1]))) return { value: code, start: m.index + m[0].length - code.length, end: m.index + m[0].length, country: 'uk', withPlace: false, code: compact(code) };
    return { value: m[0], start: m.index, end: m.index + m[0].length, country: 'uk', withPlace: Boolean(m[1]), code: compact(code) };
  });
  run(NL_CODE, (m) => (NOT_A_PLACE.has(firstWord(m[2]!)) ? undefined : { value: m[0], start: m.index, end: m.index + m[0].length, country: 'nl', withPlace: true, code: compact(m[1]!) }));
  run(AU_CODE, (m) => ({ value: m[0], start: m.index, end: m.index + m[0].length, country: 'au', withPlace: true, code: m[2]! }));
  run(IN_CODE, (m) => (NOT_A_PLACE.has(firstWord(m[1]!)) || NOT_A_TOWN.test(m[1]!) ? undefined : { value: m[0], start: m.index, end: m.index + m[0].length, country: 'in', withPlace: true, code: compact(m[2]!) }));
  run(PL_CODE, (m) => (NOT_A_PLACE.has(firstWord(m[2]!)) ? undefined : { value: m[0], start: m.index, end: m.index + m[0].length, country: 'pl', withPlace: true, code: m[1]! }));
  run(EU5_CODE, (m) => (NOT_A_PLACE.has(firstWord(m[2]!)) ? undefined : { value: m[0], start: m.index, end: m.index + m[0].length, country: 'eu5', withPlace: true, code: m[1]! }));
  return out.sort((a, b) => a.start - b.start);
}

const POSTCODE_ONLY = [
  new RegExp(`^${UK}$`),
  new RegExp(`^${CA}$`),
  new RegExp(`^${IE}$`),
  /^\d{5}(?:-\d{4})?$/, // US ZIP and the continental five digits
  /^[1-9]\d{3} ?[A-Z]{2}$/, // NL
  /^\d{4}$/, // AT, BE, CH, DK, AU …
  /^(?:[A-Z]{1,2}-)?\d{4,5}$/,
  /^\d{2}-\d{3}$/, // PL
  /^[1-9]\d{2} ?\d{3}$/, // IN
];

/** A cell of a postcode column: any of the supported shapes, alone. */
export function isPostcode(value: string): boolean {
  const v = value.trim().toUpperCase();
  if (v.length < 4 || v.length > 10) return false;
  return POSTCODE_ONLY.some((re) => re.test(v));
}
