// Person names. A name has no pattern of its own, so it is read where something says "a person
// comes here": a cue in text ("Ship to:", "Dear", "Empfänger:"), a line of a shipping block, or a
// column whose header means buyer or recipient. A given-names list (real registers, see
// given-names-data.ts) raises confidence and is required where the cue is weak ("Name:" also
// labels products). Company names (legal forms, trading words) are never person names.
import { foldWord, isDistinctiveGivenName, isGivenName } from './given-names.js';
import { classifyHeader } from './columns.js';
import { looksLikeBusinessName } from './legal-forms.js';
import type { Match, Recognizer } from './types.js';

export const NAME_AFTER_CUE = 0.75;
export const NAME_WITH_GIVEN_NAME_BONUS = 0.15;
export const NAME_IN_COLUMN = 0.85;

/** Particles inside surnames and between names: "Daan de Vries", "José García y López". */
const PARTICLES = new Set([
  'van', 'von', 'vom', 'zu', 'zum', 'de', 'der', 'den', 'des', 'da', 'di', 'do', 'dos', 'das', 'du', 'del', 'della', 'delle',
  'dei', 'degli', 'le', 'la', 'les', 'lo', 'ten', 'ter', 'te', 'het', "'t", 'y', 'e', 'i', 'bin', 'ben', 'ibn', 'al', 'el',
  'af', 'av', 'mac', 'st', 'st.', 'san', 'santa',
]);

const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Herr|Frau|Fräulein|Monsieur|Madame|Mademoiselle|M|Mme|Mlle|Me|Sr|Sra|Srta|Señor|Señora|Señorita|Don|Doña|Sig|Sig\.ra|Sig\.na|Signor|Signora|Signorina|Dott|Dott\.ssa|Ing|Avv|Heer|Mevrouw|Meneer|Dhr|Mevr|Mw)\.?`;
const TITLE_AT_START = new RegExp(String.raw`^(?:${TITLE}\s+)+`, 'u');
const SUFFIX_AT_END = /,?\s+(?:Jr|Sr|II|III|IV|PhD|MD|MBA|Esq)\.?$/u;

/** Values that stand where a name goes but name nobody. */
const NOT_A_NAME = new Set([
  'n/a', 'na', 'none', 'null', 'nil', 'unknown', 'test', 'tester', 'guest', 'anonymous', 'anon', 'customer', 'customers',
  'client', 'clients', 'buyer', 'recipient', 'name', 'full name', 'first name', 'last name', 'sir', 'madam', 'sir or madam',
  'sir/madam', 'madam/sir', 'all', 'everyone', 'there', 'team', 'friends', 'friend', 'colleagues', 'valued customer',
  'kunde', 'kundin', 'kunden', 'damen und herren', 'empfänger', 'käufer', 'cliente', 'clientes', 'comprador',
  'destinataire', 'destinatario', 'acquirente', 'klant', 'klanten', 'koper', 'ontvanger', 'madame monsieur',
  'monsieur madame', 'señor', 'señora', 'signore', 'signora', 'heer', 'mevrouw', 'yes', 'no', 'true', 'false', 'ja',
  'nein', 'oui', 'non', 'si', 'sí', 'total', 'subtotal', 'summe', 'gesamt', 'default', 'other', 'others', 'various',
  // Alone, a colour or a weekday is not a name (with a surname, "June White" is a person).
  'wednesday', 'price', 'black', 'white', 'green', 'brown', 'grey', 'gray',
]);

/** Words of things, places and roles that do not occur in a person's name. */
const NOT_IN_A_NAME = new Set([
  'service', 'support', 'team', 'department', 'dept', 'desk', 'office', 'staff', 'manager', 'sales', 'account', 'accounts',
  'number', 'no', 'nr', 'id', 'ref', 'reference', 'order', 'orders', 'item', 'items', 'product', 'products', 'total',
  'qty', 'quantity', 'date', 'address', 'road', 'avenue', 'city', 'country', 'phone', 'email',
  'mail', 'tel', 'fax', 'mobile', 'website', 'delivery', 'shipping', 'billing', 'invoice', 'payment', 'status',
  'information', 'info', 'details', 'contact', 'customer', 'customers', 'buyer', 'seller', 'vendor', 'supplier', 'name',
  // (Surnames and given names that are also words — Price, Lane, White, Green, Small, Cotton, Steel,
  // Glass, Case, Max, April, June, August — are left out: "June White" is a person.)
  'mug', 'cup', 'shirt', 'dress', 'set', 'pack', 'box', 'cover', 'cable', 'charger', 'lamp', 'table', 'chair',
  'bag', 'ring', 'necklace', 'bracelet', 'candle', 'print', 'poster', 'gift', 'edition', 'collection', 'size',
  'colour', 'color', 'medium', 'large', 'xl', 'ceramic', 'wooden', 'leather', 'organic', 'handmade', 'vintage', 'sale',
  'free', 'express', 'standard', 'premium', 'deluxe', 'mini', 'pro', 'plus', 'ltd', 'kg', 'ml', 'cm', 'mm', 'inch',
  'pcs', 'usb', 'led', 'january', 'february', 'march', 'july', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow', 'yesterday',
  'straße', 'strasse', 'rue', 'calle', 'via', 'straat', 'platz', 'weg', 'bestellung', 'rechnung', 'lieferung', 'artikel',
  'menge', 'preis', 'commande', 'facture', 'livraison', 'article', 'prix', 'pedido', 'factura', 'envío', 'precio',
  'ordine', 'fattura', 'prezzo', 'bestelling', 'factuur', 'prijs', 'artikelen', 'stück', 'gmbh', 'inc', 'llc',
  // Parts of addresses that stand on a line of their own ("Zona Industriale", "Industrial Estate")
  'zona', 'industriale', 'industrial', 'industry', 'estate', 'business', 'centre', 'center', 'building', 'suite', 'unit',
  'gewerbegebiet', 'industriegebiet', 'gewerbepark', 'zone', 'parc', 'polígono', 'poligono', 'bedrijventerrein',
  'industrieterrein', 'postfach', 'cedex',
  // Institutions that pay or are paid (a bank statement's payee column): never a person.
  'finanzamt', 'hauptzollamt', 'zollamt', 'amtsgericht', 'landratsamt', 'stadtverwaltung', 'stadtwerke', 'stadtkasse',
  'gemeindekasse', 'krankenkasse', 'beitragsservice', 'bundesagentur', 'bundeskasse', 'rentenversicherung',
  'berufsgenossenschaft', 'versicherung', 'sparkasse', 'volksbank', 'raiffeisenbank', 'bank', 'hmrc', 'council',
  'ministry', 'ministerium', 'authority', 'urssaf', 'impots', 'trésor', 'agenzia', 'entrate', 'inps', 'hacienda',
  'ayuntamiento', 'belastingdienst', 'gemeente', 'zus', 'urząd', 'skarbowy', 'ato',
  // Places that follow "ship to" in policies ("Do you ship to Northern Ireland, Jersey or Guernsey?").
  'northern', 'southern', 'kingdom', 'isles', 'islands', 'guernsey', 'europe', 'european', 'worldwide', 'international',
  'overseas', 'abroad', 'mainland', 'highlands', 'germany', 'deutschland', 'austria', 'österreich', 'switzerland',
  'schweiz', 'spain', 'españa', 'italy', 'italia', 'netherlands', 'nederland', 'belgium', 'belgië', 'poland', 'polska',
  'australia', 'zealand', 'usa',
  // Product vocabulary ("Emma Armchair", "Oscar Side Table"); words that are also surnames (Park, Glass,
  // House, Key, Light, Bench, Hook, Brush, Book, Game) are left out on purpose.
  'armchair', 'sofa', 'couch', 'shelf', 'stool', 'cabinet', 'drawer', 'wardrobe', 'mirror', 'rug', 'carpet', 'cushion',
  'pillow', 'blanket', 'duvet', 'towel', 'curtain', 'vase', 'bowl', 'jug', 'teapot', 'kettle', 'bottle', 'jar', 'tray',
  'basket', 'planter', 'clock', 'pendant', 'sconce', 'chandelier', 'bulb', 'tote', 'wallet', 'purse', 'backpack',
  'scarf', 'beanie', 'gloves', 'socks', 'sweater', 'jumper', 'cardigan', 'hoodie', 'jacket', 'skirt', 'trousers', 'jeans',
  'shorts', 'tee', 'blouse', 'boots', 'shoes', 'sneakers', 'sandals', 'earrings', 'brooch', 'soap', 'candles', 'melts',
  'balm', 'lotion', 'cream', 'serum', 'shampoo', 'diffuser', 'toy', 'puzzle', 'notebook', 'journal', 'pencil', 'sticker',
  'stickers', 'wrap', 'wraps', 'stocking', 'ornament', 'bandana', 'leash', 'toothbrush', 'comb', 'tablet', 'laptop',
  'speaker', 'headphones', 'keyring', 'holder', 'rack', 'hanger', 'dining', 'kitchen', 'outdoor', 'indoor', 'kids',
  'pet', 'bundle', 'refill', 'spare',
]);

/** Stand-ins for a name in templates and documentation, never a real customer. */
const PLACEHOLDER_NAMES = new Set(['max mustermann', 'erika mustermann', 'john doe', 'jane doe', 'john q public', 'jane roe', 'richard roe', 'joe bloggs', 'jan modaal', 'fulano de tal']);

const NAME_TOKEN = /^(?:[\p{L}][\p{L}'’.-]*|'t)$/u;

export interface NameVerdict {
  /** The value reads as a person's name. */
  ok: boolean;
  /** A given name from the list was found among the words. */
  givenName: boolean;
  /** …and it is not also an everyday word ("Rose", "Will"). */
  distinctive: boolean;
  /** The words, with titles and suffixes removed. */
  name: string;
  /** The value names a company ("Widgets Ltd", "Müller GmbH"): never a person. */
  business: boolean;
}

const REJECT: NameVerdict = { ok: false, givenName: false, distinctive: false, name: '', business: false };

export type NameMode =
  /** Under a header that means a person: any casing, one word is enough. */
  | 'column'
  /** After a strong cue ("Ship to:", "Dear"): capitalised words, one word after a title. */
  | 'cue'
  /** No cue (a shipping block line, a column without header): two to four capitalised words and a known given name. */
  | 'strict';

/** Whether `value` reads as a person's name in the given setting. */
export function judgeName(value: string, mode: NameMode): NameVerdict {
  let text = value.trim().replace(/\s+/g, ' ');
  if (text.length < 2 || text.length > 80) return REJECT;
  if (/[\d@#/\\:;|<>{}[\]=_*+%$€£]/.test(text)) return REJECT;
  if (NOT_A_NAME.has(text.toLowerCase()) || PLACEHOLDER_NAMES.has(text.toLowerCase().replace(/^(?:mr|mrs|ms|dr)\.?\s+/, ''))) return REJECT;
  // A column header is not a name ("Description", "Total", "Email" under a header found too early).
  if (!/\s/.test(text) && classifyHeader(text) !== undefined) return REJECT;
  if (looksLikeBusinessName(text)) return { ...REJECT, business: true };
  const titled = TITLE_AT_START.test(text);
  text = text.replace(TITLE_AT_START, '').replace(SUFFIX_AT_END, '').trim();
  // "Amazon.co.uk", "shop.example": a web name, not a person's.
  if (/\p{L}\.\p{Ll}{2,}/u.test(text)) return REJECT;
  // "Doe, Jane" is a name written surname first; more commas make a list or an address.
  const commas = (text.match(/,/g) ?? []).length;
  if (commas > 1) return REJECT;
  const words = text.replace(',', ' ').split(' ').filter(Boolean);
  if (words.length === 0 || words.length > (mode === 'strict' ? 4 : 6)) return REJECT;

  let capitalised = 0;
  let given = false;
  let distinctive = false;
  let core = 0;
  for (const [i, word] of words.entries()) {
    if (!NAME_TOKEN.test(word)) return REJECT;
    const lower = word.toLowerCase();
    if (NOT_IN_A_NAME.has(lower.replace(/[.'’]+$/, ''))) return REJECT;
    if (PARTICLES.has(lower) && i > 0 && i < words.length - 1) continue;
    core++;
    if (/^[\p{Lu}]/u.test(word)) capitalised++;
    const bare = word.replace(/[.'’]+$/, '');
    // A hyphenated first name counts by its parts ("Anna-Lena", "Jean-Pierre").
    const parts = bare.split('-');
    if (parts.some(isGivenName)) given = true;
    if (parts.some(isDistinctiveGivenName)) distinctive = true;
  }
  if (core === 0) return REJECT;
  const name = words.join(' ');
  switch (mode) {
    case 'column':
      // An all-lower-case single word under a "name" header is more often a username.
      if (core === 1 && capitalised === 0 && !given) return REJECT;
      return { ok: true, givenName: given, distinctive, name, business: false };
    case 'cue':
      if (capitalised < core) return REJECT;
      if (core === 1 && !titled && !given) return REJECT;
      // "Shipping to VIC 3000", "Hi UPS": one short word in capitals is an acronym (a state, a carrier), not a name.
      if (core === 1 && !titled && words.length === 1 && words[0]!.length <= 3 && words[0] === words[0]!.toUpperCase()) return REJECT;
      return { ok: true, givenName: given, distinctive, name, business: false };
    case 'strict':
      if (capitalised < core || core < 2 || !distinctive) return REJECT;
      // Initials alone ("J. D.") or shouted acronyms are not enough without a cue.
      if (words.every((w) => w.length <= 2)) return REJECT;
      return { ok: true, givenName: given, distinctive, name, business: false };
  }
}

/** Canonical form for counting distinct names: folded, in reading order, "Doe, Jane" = "Jane Doe". */
export function normalizeName(name: string): string {
  const trimmed = name.trim().replace(TITLE_AT_START, '');
  const [last, first] = trimmed.includes(',') ? trimmed.split(',', 2) : [undefined, undefined];
  const ordered = first !== undefined && last !== undefined ? `${first} ${last}` : trimmed;
  return ordered.split(/\s+/).filter(Boolean).map(foldWord).join(' ');
}

interface Cue {
  /** Any name-shaped words follow; weak cues ("Name:") need a given name too. */
  strong: boolean;
  re: RegExp;
}

// Cues are matched case-insensitively; the name after them is matched case-sensitively.
// "it's under the name …", "au nom de …": how people say whose name an order or a parcel is in.
const STRONG_CUES = String.raw`under the name(?: of)?|in the name of|auf den namen|unter dem namen|au nom de|a nombre de|a nome di|op naam van|op de naam(?: van)?|conversation with|chat with|versenden an|versand an|adres dostawy|nabywca|odbiorca|kupując[ya]|kupujac[ya]|sehr geehrte(?:\/?r|\(r\)|s)?|liebe(?:\/?r|\(r\))|ship(?:ping)?[ _-]?to|deliver(?:y)?[ _-]?to|bill(?:ing)?[ _-]?to|sold[ _-]?to|invoice[ _-]?to|ship(?:ping|ment)?[ _-]?(?:name|recipient)|recipient(?:[ _-]?name)?|consignee|addressee|customer(?:[ _-]?name)?|buyer(?:[ _-]?name)?|purchaser|ordered[ -]by|placed[ -]by|dear|hi|hello|hallo|hey|liebe[rs]?|lieber|sehr geehrte[rs]?|guten tag|kunde|kundin|kundenname|käufer(?:in)?|empfänger(?:in)?|lieferadresse|rechnungsadresse|lieferanschrift|rechnungsanschrift|besteller(?:in)?|bonjour|bonsoir|cher|chère|destinataire|acheteu(?:r|se)|adresse de livraison|adresse de facturation|nom du client|hola|estimad[oa]|querid[oa]|destinatari[oa]|comprador(?:a)?|dirección de envío|direccion de envio|dirección de facturación|gentile|egregi[oa]|car[oa]|acquirente|indirizzo di spedizione|indirizzo di fatturazione|beste|geachte|klant|klantnaam|ontvanger|koper|afleveradres|verzendadres|factuuradres`;
const WEAK_CUES = String.raw`name|full[ _-]?name|first[ _-]?name|contact(?:[ _-]?(?:name|person))?|attn\.?|attention|c\/o|z\.? ?hd\.?|zu händen|ansprechpartner(?:in)?|nom|prénom|nom complet|nombre|apellidos?|nombre completo|nome|cognome|nome completo|naam|voornaam|achternaam|contactpersoon|vorname|nachname|kontakt`;
const HEADER_CUES = String.raw`from|to|cc|reply-to|von|an|de|à|para|da|a|van|aan`;

/** Where a parcel goes or whom a chat is with, in running text ("Please send to Amelia Wright, …"): a given name must show. */
const DESTINATION_CUES = String.raw`(?:post(?:ed)?|send|ship|deliver|mail)(?: (?:it|them|this|the (?:parcel|package|order|item)))?[ _-]?to|addressed to|made out to|envoyer à|enviar a|spedire a|sturen naar|schicken an`;

/** Whom a collection, a pickup or an appointment is for ("SUMMARY:Collection - Dimitri Renaud", "Abholung: …"): a given name must show. */
const APPOINTMENT_CUES = String.raw`collection|click (?:&|and) collect|pick-?up|pick up|abholung|retrait|recogida|ritiro|afhalen|appointment|termin|rendez-vous|rdv|cita|appuntamento|afspraak|fitting|consultation`;

/** A person saying a name in running text ("Name for the parcel is Alfonzo Blanda", "mein Name ist …"): a given name must show. */
const NAMING_CUES = String.raw`(?:my |the |full )?name(?: for| on)?(?: the)?(?: (?:parcel|package|order|delivery|label|door|bell|doorbell))? is|mein name ist|ich heiße|je m['’]appelle|mon nom est|me llamo|mi nombre es|mi chiamo|il mio nome è|ik heet|mijn naam is|nazywam się`;

/** Verbs that take a person as object ("call back Gustavo Espinosa", "rappeler Marie Dubois"): weak, a given name must show. */
const VERB_CUES = String.raw`call(?: back)?|ring|phone|e-?mail|text|message|remind|contact|visit|meet|anrufen|zurückrufen|rappeler|appeler|llamar|chiamare|richiamare|bellen|terugbellen`;

const CUES: Cue[] = [
  { strong: true, re: new RegExp(String.raw`(?:^|[\s"'(>,;_])(?:${STRONG_CUES})(?![\p{L}\p{N}])["']?\s{0,3}[:=–-]?\s{0,3}["']?\s{0,2}`, 'giu') },
  { strong: false, re: new RegExp(String.raw`(?:^|[\s"'(>,;_])(?:${WEAK_CUES})(?![\p{L}\p{N}])["']?\s{0,3}[:=]\s{0,3}["']?\s{0,2}`, 'giu') },
  // Mail headers: "From: Jane Dawson <jane@example.org>"
  { strong: true, re: new RegExp(String.raw`^(?:${HEADER_CUES})\s{0,2}:\s{0,3}"?(?=[^<"]{2,80}"?\s{0,2}<)`, 'giu') },
  // vCard: "FN:Azeline Martin", "FN;CHARSET=UTF-8:Élodie Lefèvre"
  { strong: true, re: /^FN(?:;[^:\n]{0,60})?:/giu },
  // Chat exports: "[01/08/2023, 19:12:53] William Erdman: Hiya", "01/08/2023, 19:12 - William Erdman: …"
  { strong: true, re: /^\[?\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s{1,2}\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s{0,2}(?:[-–]\s{0,2})?(?=[^:]{2,60}:\s)/giu },
  { strong: false, re: new RegExp(String.raw`(?:^|[\s(>,;])(?:${VERB_CUES})\s{1,2}`, 'giu') },
  { strong: false, re: new RegExp(String.raw`(?:^|[\s(>,;])(?:${DESTINATION_CUES})\s{0,2}:?\s{1,2}`, 'giu') },
  { strong: false, re: new RegExp(String.raw`(?:^|[\s(>,;:])(?:${NAMING_CUES})\s{0,2}:?\s{1,2}`, 'giu') },
  { strong: false, re: new RegExp(String.raw`(?:^|[\s(>,;:])(?:${APPOINTMENT_CUES})\s{0,2}(?:[:–-]|for|with|mit|für|avec|pour|con|para|per|met|voor)\s{1,2}`, 'giu') },
  // iCalendar: "ATTENDEE;CN=Dimitri Renaud;RSVP=TRUE:mailto:…" names a person (or a room: a given name must show).
  { strong: false, re: /^ATTENDEE(?:;[^:\n]{0,120})?;CN="?/giu },
];

// Up to six name words after a cue, stopping at anything a name does not contain.
const NAME_AFTER = new RegExp(
  String.raw`(?:${TITLE}\s{1,3})*(?:[\p{Lu}][\p{L}'’.-]{0,30}|'t)(?:,?[ \t]{1,2}(?:[\p{Lu}][\p{L}'’.-]{0,30}|(?:van|von|vom|zu|de|der|den|des|da|di|do|dos|das|du|del|della|dei|le|la|ten|ter|te|'t|y|e|i|bin|ben|al|el)(?![\p{L}'’]))){0,5}`,
  'uy',
);

const UNIT_AFTER_NAME = /,[ \t]{0,2}(?:Flat|Apt|Apartment|Unit|Suite|House|Floor|Ground|First|Second|Building|Block|Room|Wohnung|Whg|Appartement|Appt|Piso|Planta|Interno|Lokal|Mieszkanie)(?![\p{L}]).*$/u;

export function detectNames(text: string): Match[] {
  if (text.length > 2000) text = text.slice(0, 2000);
  const matches: Match[] = [];
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (let c = cue.re.exec(text); c; c = cue.re.exec(text)) {
      const at = c.index + c[0].length;
      NAME_AFTER.lastIndex = at;
      const n = NAME_AFTER.exec(text);
      if (!n) continue;
      // Trailing particles and commas belong to what follows ("Jane Dawson, 12 Mill Lane").
      // "Isla MacLeod, Flat 7, …": the flat or unit after the comma starts the address.
      let raw = n[0].replace(UNIT_AFTER_NAME, '').replace(/(?:,|\s+(?:van|von|de|der|den|da|di|du|del|le|la|y|e|i))+\s*$/u, '');
      // The whole phrase may be a firm even where the name pattern stopped early ("Hills, Gleichner and Bernier").
      const phrase = text.slice(at, at + 80).split(/[<\n|;]|\s{2,}|\d/)[0] ?? '';
      if (looksLikeBusinessName(phrase)) continue;
      let verdict = judgeName(raw, 'cue');
      // "Francesca Esposito, Via dei Mille 85": the words after the comma begin the address.
      const beforeComma = raw.split(',')[0]!.trim();
      if (!verdict.ok && beforeComma !== raw && beforeComma.includes(' ')) {
        raw = beforeComma;
        verdict = judgeName(raw, 'cue');
      }
      // "Lena Hoffmann, Gartenstraße 12": a house number after the words shows they name a street, not the person.
      if (verdict.ok && beforeComma !== raw && beforeComma.includes(' ') && /^[ \t]{0,3}\d/.test(text.slice(at + raw.length))) {
        raw = beforeComma;
        verdict = judgeName(raw, 'cue');
      }
      if (!verdict.ok) continue;
      if (!cue.strong && !verdict.distinctive && !TITLE_AT_START.test(raw)) continue;
      const start = at;
      const end = at + raw.length;
      if (matches.some((m) => m.start < end && start < m.end)) continue;
      const confidence = Math.min(1, NAME_AFTER_CUE + (verdict.givenName ? NAME_WITH_GIVEN_NAME_BONUS : 0));
      matches.push({ category: 'name', value: raw, normalized: normalizeName(raw), start, end, confidence, explanation: `cue${cue.strong ? '' : ':weak'}${verdict.givenName ? '+given-name' : ''}` });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

/**
 * Lower-case substrings whose presence lets the cue regexes run (gitleaks-style keywords): the
 * strong cue words, and ':' / '=' which every weak cue and mail header needs.
 */
export const NAME_KEYWORDS = [
  ':', '=', ' to', 'customer', 'buyer', 'recipient', 'consignee', 'addressee', 'purchaser', ' by', 'dear', 'hi', 'hello',
  'hallo', 'hey', 'lieb', 'geehrte', 'guten tag', 'kund', 'käufer', 'empfänger', 'adresse', 'anschrift', 'besteller',
  'bonjour', 'bonsoir', 'cher', 'chère', 'destinat', 'acheteu', 'hola', 'estimad', 'querid', 'comprador', 'dirección',
  'direccion', 'gentile', 'egregi', 'car', 'acquirente', 'indirizzo', 'beste', 'geachte', 'klant', 'ontvanger', 'koper',
  'adres', 'ship', 'bill', 'deliver', 'sold', 'invoice', 'ordered', 'placed', 'nom du client', 'call', 'ring', 'phone',
  'mail', 'text', 'message', 'remind', 'contact', 'visit', 'meet', 'anrufen', 'zurückrufen', 'appeler', 'llamar',
  'chiamare', 'bellen', 'name', 'au nom', 'a nombre', 'a nome', 'op naam', 'op de naam', 'heiße', 'appelle', 'nom est', 'llamo', 'nombre es', 'chiamo', 'nome è', 'heet', 'naam is', 'nazywam', 'collect', 'pick', 'abholung', 'retrait', 'recogida', 'ritiro', 'afhalen', 'appointment', 'termin', 'rendez', 'rdv', 'cita', 'appuntamento', 'afspraak', 'fitting', 'consultation', 'attendee', 'conversation', 'chat with', 'versenden', 'versand an', 'nabywca', 'odbiorca', 'kupuj',
];

export const nameRecognizer: Recognizer = {
  category: 'name',
  name: 'name',
  keywords: NAME_KEYWORDS,
  detect: detectNames,
  samples: {
    positive: [
      'Ship to: Jane Dawson',
      'Dear Mr. Smith,',
      'Sehr geehrte Frau Müller,',
      'Empfänger: Lukas Becker',
      'Destinataire : Marie Dubois',
      'Nombre: José García López',
      'Gentile Sig.ra Giulia Rossi',
      'Naam: Daan de Vries',
      'From: Anna Schmidt <anna.schmidt@web.de>',
      '"buyer_name": "Olivia Harper",',
      'Bill To: O\'Brien, Siobhan',
      'Hi Chloé,',
      'FN:Azeline Martin',
      '[01/08/2023, 19:12:53] William Erdman: Hiya, do you still have the candle?',
      '- call back Gustavo Espinosa Matos on +34602383446 re: broken lid',
      'Name for the parcel is Alfonzo Blanda',
      'SUMMARY:Collection - Dimitri Renaud',
      'Abholung: Lena Hoffmann, Samstag 10 Uhr',
      'ATTENDEE;CN=Sophie Wagner;RSVP=TRUE:mailto:s.wagner@web.de',
      'Hallo, mein Name ist Lena Hoffmann und ich habe eine Frage',
      'Please post it to Hannah Brooks, 5 Elm Grove, Bath BA1 5AB',
      'Please send to Amelia Wright, 14 Church Street, Glasgow, G12 8QQ',
      'Great. Please send to Isla MacLeod, Flat 7, 45 Victoria Road, Cardiff, CF11 9LJ',
      'Great. Please send to Francesca Esposito, Via dei Mille 85, 00153 Roma (RM)',
      'Conversation with Charlotte Smith',
      "ok, it's under the name Hannah Brooks",
      'Conversation with Indigo Russo', // a heading names the other party, given name known or not
      'Post to: Freya Evans',
      'Nabywca: Andrii Shevchuk',
      'From: Ruud van den Heuvel <rvandenheuvel@planet.nl>', // "den" is read whole, not as "de"
    ],
    negative: [
      'Ship to: Widgets Ltd', // a company
      'Sold to: Müller GmbH & Co. KG',
      'Dear Customer,',
      'Dear Sir or Madam,',
      'Name: Ceramic Mug 350 ml', // a product under a weak cue
      '"name": "Rose Gold Ring"',
      'Customer Service: 0800 123 456',
      'Hello there!',
      'Contact: Sales Team',
      'Jane Dawson', // a name without any cue is left to the block and column analysers
      '[01/08/2023, 19:41:04] Maison Lumière: Hi, yes! Would you like me to post it?', // the shop answering
      'call back Sales Team', // a verb cue needs a given name
      'Name is required', // a form's message
      'Do you ship to VIC?', // a state's abbreviation, though "Vic" is a given name
      'the product name is Rose Gold Ring',
      'SUMMARY:Collection - Autumn Candles', // a product collection
      'Pickup: Saturday morning',
      'Please deliver it to the back door',
      '**Do you ship to Northern Ireland, Jersey or Guernsey?**', // places
      'Empfänger: Finanzamt Köln-Nord', // an institution
      'Please send to London by Friday',
    ],
  },
};
