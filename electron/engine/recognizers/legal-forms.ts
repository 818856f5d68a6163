// Legal forms of businesses and words that mark a business name. A name that carries one is a
// company, not a person: "Widgets Ltd" or "Müller GmbH" never counts as customer data, and a
// table row whose name is a company is a business contact (supplier lists), not a customer.
import { isGivenName } from './given-names.js';

/**
 * Written as they appear in registers (EN, DE, FR, ES, IT, NL and neighbours). Dotted and
 * undotted spellings are both matched: dots and case are ignored when comparing.
 */
const LEGAL_FORMS = [
  // English-speaking
  'ltd', 'limited', 'llc', 'l.l.c.', 'llp', 'lp', 'plc', 'pllc', 'inc', 'incorporated', 'corp', 'corporation', 'co',
  'pty', 'pty ltd', 'pvt', 'cic', 'lllp', 'dac', 'clg', 'ulc', 'teoranta', 'teo', 'cpt',
  // German-speaking
  'gmbh', 'ggmbh', 'mbh', 'ag', 'kg', 'kgaa', 'ohg', 'gbr', 'ug', 'e.k.', 'ek', 'e.v.', 'ev', 'eg', 'e.g.', 'se', 'og', 'keg',
  'haftungsbeschränkt', 'e.kfm.', 'e.kfr.', 'partg', 'mbb',
  // French-speaking
  'sarl', 'sas', 'sasu', 'sa', 'eurl', 'snc', 'sci', 'scop', 'sca', 'scs', 'sprl', 'srl', 'sc', 'gie', 'selarl',
  's.à r.l.', 's.a r.l.', 'sàrl', 's.à.r.l.', 'scs', 'asbl',
  // Spanish / Portuguese
  's.l.', 'sl', 's.l.u.', 'slu', 's.a.u.', 'sau', 's.coop.', 'scoop', 'sll', 's.c.', 'lda', 'ltda', 'cb', 's.a.',
  // Italian
  's.p.a.', 'spa', 's.r.l.', 'srls', 's.r.l.s.', 's.n.c.', 's.a.s.', 'sapa', 'scarl',
  // Dutch / Belgian
  'b.v.', 'bv', 'n.v.', 'nv', 'v.o.f.', 'vof', 'c.v.', 'cv', 'bvba', 'vzw',
  // Nordic, central and eastern Europe (customers and suppliers cross borders)
  'ab', 'aps', 'a/s', 'as', 'asa', 'oy', 'oyj', 'hf', 'sp. z o.o.', 'sp.j.', 's.r.o.', 'a.s.', 'kft', 'zrt', 'nyrt',
  'd.o.o.', 'd.d.', 'srl', 'sa de cv',
];

/**
 * Marketplaces, payment services and carriers: firms whatever their legal form ("DHL Paket",
 * "Amazon Seller Notifications"). Names that are also given names (Otto, Hermes) are left out.
 */
const BRANDS = /\b(?:amazon|ebay|etsy|shopify|woocommerce|zalando|cdiscount|allegro|paypal|stripe|klarna|royal mail|parcelforce|dhl|ups|fedex|dpd|gls|evri|la poste|colissimo|chronopost|correos|seur|poste italiane|brt|postnl|an post|usps|canada post|australia post|deutsche post)\b/i;

/** The text names a marketplace, payment service or carrier. */
export function isBrand(text: string): boolean {
  return BRANDS.test(text);
}

/** Phrases that end company names without being a legal form (faker-independent, from usage). */
const BUSINESS_PHRASES = [
  '& co', 'and co', '& sons', 'and sons', '& son', 'and son', '& partners', 'and partners', '& partner', 'e figli',
  '& fils', 'et fils', 'e hijos', 'e hijo', '& zn', '& zonen', 'und partner', '& söhne', 'und söhne', 'et associés',
  '& associates', 'and associates', 'y asociados', 'e associati',
];

/**
 * Words that name a business activity; a "name" containing one is a trading name. Words that are
 * also common surnames (Craft, Winkel, Haus, Laden) are left out: a customer must not become a firm.
 */
const BUSINESS_WORDS = [
  'company', 'group', 'gruppe', 'groupe', 'grupo', 'gruppo', 'groep', 'holding', 'holdings', 'trading', 'traders',
  'supplies', 'supply', 'solutions', 'services', 'service', 'systems', 'technologies', 'technology', 'industries',
  'industrie', 'enterprises', 'enterprise', 'international', 'manufacturing', 'wholesale', 'wholesalers', 'logistics',
  'logistik', 'distribution', 'distributors', 'imports', 'exports', 'import', 'export', 'handel', 'handelsgesellschaft',
  'vertrieb', 'großhandel', 'grosshandel', 'werke', 'werk', 'fabrik', 'verlag', 'agentur', 'agency', 'studio', 'studios',
  'consulting', 'partners', 'associates', 'ventures', 'labs', 'laboratories', 'shop', 'store', 'stores', 'boutique',
  'market', 'markets', 'marketplace', 'warehouse', 'outlet', 'factory', 'bakery', 'brewery', 'pharma', 'foods',
  'textiles', 'textil', 'electronics', 'elektronik', 'société', 'societe', 'entreprise', 'établissements',
  'etablissements', 'ets', 'compagnie', 'cie', 'sociedad', 'empresa', 'comercial', 'distribuciones', 'società',
  'societa', 'ditta', 'azienda', 'impresa', 'bedrijf', 'groothandel', 'handelsonderneming',
  // Trading names of small shops and makers
  'goods', 'home', 'homes', 'homeware', 'homewares', 'crafts', 'designs', 'design', 'collective',
  'workshop', 'atelier', 'emporium', 'gallery', 'interiors', 'mercantile', 'apparel', 'clothing', 'fashion', 'jewellery',
  'jewelry', 'ceramics', 'pottery', 'prints', 'printing', 'paper', 'packaging', 'verpackung', 'verpakkingen',
  'emballages', 'embalajes', 'imballaggi', 'components', 'freight', 'labels', 'maison',
  'manufaktur', 'werkstatt', 'kontor', 'tienda', 'negozio', 'magasin', 'ateliers',
];

function key(word: string): string {
  return word.toLowerCase().replace(/\./g, '');
}

const FORM_KEYS = new Set(LEGAL_FORMS.map(key));
const MULTIWORD_FORMS = LEGAL_FORMS.filter((f) => f.includes(' ')).map((f) => f.toLowerCase());
const WORD_KEYS = new Set(BUSINESS_WORDS);
/**
 * Forms that are unmistakable however they are written ("Ltd", "GMBH", "gmbh"). Every other form
 * is also a word or initials ("Asa", "As", "Spa", "Co") and counts only written as a form: in
 * capitals or with its dots, after a capitalised word, in a text that is not all capitals.
 */
const CASE_FREE = new Set([
  'ltd', 'limited', 'llc', 'llp', 'plc', 'pllc', 'inc', 'incorporated', 'corp', 'corporation', 'gmbh', 'ggmbh', 'mbh',
  'pty', 'sarl', 'sasu', 'eurl', 'srl', 'srls', 'bvba', 'kft', 'zrt', 'nyrt', 'oyj', 'aps', 'kgaa', 'ohg', 'gbr', 'lllp',
  'teoranta', 'haftungsbeschränkt', 'ltda', 'scarl', 'sapa', 'selarl', 'partg',
]);

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.&/'-]*/gu;

function dotsOptional(form: string): string {
  return form.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '.' ? '\\.?' : '\\' + c));
}
// Cheap first looks, run on every line: a case-free form, or a short one in capitals or with dots.
const CASE_FREE_HINT = new RegExp(`(?<![\\p{L}])(?:${[...CASE_FREE].map(dotsOptional).join('|')})(?![\\p{L}])`, 'iu');
const FORM_HINT = /(?<![\p{L}])[A-Z]{2,5}(?![\p{L}])|\p{L}\.\p{L}{1,2}\./u;

const AU_STATE_BEFORE_POSTCODE = /^(?:SA|WA|NT|ACT|NSW|VIC|QLD|TAS),?\s{1,3}\d{4}(?!\d)/;
/** "Ballincollig, Co. Cork": an Irish address names its county (the 32 counties of Ireland) after "Co.". */
const IRISH_COUNTY_AFTER =
  /^Co\.?\s{1,2}(?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Londonderry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)(?![\p{L}])/u;

/** True when `text` carries a legal form ("Widgets Ltd", "Müller GmbH & Co. KG", "Acme S.p.A."). */
export function hasLegalForm(text: string): boolean {
  if (text.length > 200) text = text.slice(0, 200);
  if (!CASE_FREE_HINT.test(text) && !FORM_HINT.test(text)) return false;
  const lower = text.toLowerCase();
  for (const form of MULTIWORD_FORMS) if (lower.includes(form)) return true;
  const shouting = text === text.toUpperCase();
  TOKEN.lastIndex = 0;
  let previous = '';
  for (let m = TOKEN.exec(text); m; previous = m[0], m = TOKEN.exec(text)) {
    const raw = m[0].replace(/[.,]+$/, (dots) => (dots.includes('.') ? '.' : ''));
    const k = key(raw);
    if (!FORM_KEYS.has(k)) continue;
    if (CASE_FREE.has(k)) return true;
    // "Glenelg SA 5045": an Australian state before its postcode, not a société anonyme.
    if (AU_STATE_BEFORE_POSTCODE.test(text.slice(m.index))) continue;
    if (k === 'co' && IRISH_COUNTY_AFTER.test(text.slice(m.index))) continue;
    const dotted = raw.includes('.');
    const capitals = raw.replace(/\./g, '') === raw.replace(/\./g, '').toUpperCase();
    if ((dotted || (capitals && !shouting)) && /^\p{Lu}/u.test(previous)) return true;
  }
  return false;
}

/** A business name: a legal form, a business phrase or word, or several surnames joined like a firm. */
export function looksLikeBusinessName(text: string): boolean {
  if (hasLegalForm(text) || BRANDS.test(text)) return true;
  const lower = text.toLowerCase();
  for (const phrase of BUSINESS_PHRASES) if (lower.includes(phrase)) return true;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(lower); m; m = TOKEN.exec(lower)) {
    if (WORD_KEYS.has(m[0].replace(/[.,]+$/, ''))) return true;
  }
  // "Hills, Gleichner and Bernier": a firm named after its partners. ("A - B" is left alone:
  // product variants are written that way far more often than firms.)
  if (/,[^,]{1,40}\s(?:and|und|et|y|e|en|&)\s/i.test(text)) return true;
  // "Kiln & Thread", "Harbour & Pine": words joined by '&' where neither is a given name
  // ("Jane & John" is a couple).
  const joined = /^([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+)?) & ([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+)?)$/u.exec(text.trim());
  return joined !== null && !joined.slice(1).some((part) => part!.split(' ').some(isGivenName));
}
