// Street lines in the six languages of the project: a house number and a street name with a
// street-type word. Street-type vocabularies come from the postal authorities' own lists: USPS
// Publication 28 (appendix C1, street suffixes), Royal Mail's thoroughfare descriptors, the
// German, French (FANTOIR "nature de voie"), Spanish (INE "tipo de vía"), Italian (ISTAT
// "denominazione urbanistica generica") and Dutch naming conventions. Every quantifier is
// bounded, so a hostile line cannot make these regexes backtrack for long.

export type StreetStrength = 'strong' | 'weak';

export interface StreetMatch {
  value: string;
  start: number;
  end: number;
  language: 'en' | 'de' | 'nl' | 'fr' | 'es' | 'it' | 'pl';
  strength: StreetStrength;
  /** The street is followed by nothing, a comma, or a flat/suite: how addresses end, unlike product names. */
  terminated: boolean;
}

type Casing = 'lower' | 'title' | 'upper';

/**
 * A regex alternation of `words` in the given casings, longest first. Case is spelled out instead
 * of using the `i` flag, which would also let [\p{Lu}] match lower-case letters.
 */
function alternation(words: string[], casings: Casing[]): string {
  const variants = new Set<string>();
  for (const word of words) {
    for (const casing of casings) {
      const cased = casing === 'upper' ? word.toUpperCase() : casing === 'title' ? word[0]!.toUpperCase() + word.slice(1) : word;
      variants.add(cased);
    }
  }
  return [...variants].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.\/]/g, (c) => '\\' + c)).join('|');
}

/** Suffixes that name a street and little else (USPS C1 and Royal Mail). */
const EN_STRONG = [
  'street', 'st', 'road', 'rd', 'lane', 'ln', 'avenue', 'ave', 'av', 'drive', 'dr', 'boulevard', 'blvd', 'court', 'ct',
  'close', 'crescent', 'cres', 'terrace', 'terr', 'tce', 'place', 'pl', 'way', 'highway', 'hwy', 'parkway', 'pkwy',
  'circle', 'cir', 'trail', 'trl', 'mews', 'alley', 'aly', 'row', 'grove', 'gardens', 'gdns', 'expressway', 'expy',
  'freeway', 'fwy', 'turnpike', 'tpke', 'stravenue', 'wynd', 'parade', 'esplanade', 'causeway', 'cswy', 'boulevard',
  'streets', 'roads', 'lanes', 'avenues', 'drives', 'courts', 'places', 'ways', 'circles', 'terraces', 'crescents',
];

/** USPS suffixes that are also everyday words ("Garden", "Port", "Mill"): need support from a postcode or a column. */
const EN_WEAK = [
  'park', 'parks', 'garden', 'green', 'greens', 'hill', 'hills', 'view', 'views', 'lake', 'lakes', 'mill', 'mills', 'river',
  'spring', 'springs', 'light', 'lights', 'key', 'keys', 'union', 'unions', 'station', 'island', 'islands', 'isle',
  'mountain', 'mountains', 'mount', 'mt', 'forest', 'club', 'center', 'centre', 'port', 'ports', 'point', 'points',
  'ridge', 'ridges', 'valley', 'valleys', 'village', 'villages', 'field', 'fields', 'ford', 'fords', 'fork', 'forks',
  'harbor', 'harbour', 'harbors', 'haven', 'heights', 'hts', 'hollow', 'junction', 'junctions', 'landing', 'lodge',
  'manor', 'manors', 'meadow', 'meadows', 'mission', 'orchard', 'pass', 'passage', 'pine', 'pines', 'plain', 'plains',
  'ranch', 'rest', 'shore', 'shores', 'square', 'sq', 'squares', 'summit', 'trace', 'track', 'tunnel', 'vista', 'well',
  'wells', 'bridge', 'brook', 'brooks', 'burg', 'burgs', 'bypass', 'camp', 'canyon', 'cape', 'cliff', 'cliffs', 'common',
  'commons', 'corner', 'corners', 'course', 'cove', 'coves', 'creek', 'crest', 'crossing', 'crossroad', 'curve', 'dale',
  'dam', 'divide', 'estate', 'estates', 'extension', 'falls', 'ferry', 'flat', 'flats', 'forge', 'forges', 'fort',
  'gateway', 'glen', 'glens', 'inlet', 'knoll', 'knolls', 'land', 'loaf', 'lock', 'locks', 'loop', 'mall', 'motorway',
  'neck', 'oval', 'overpass', 'path', 'pike', 'plaza', 'prairie', 'radial', 'ramp', 'rapid', 'rapids', 'route', 'run',
  'shoal', 'shoals', 'skyway', 'spur', 'spurs', 'stream', 'throughway', 'trafficway', 'underpass', 'via', 'viaduct',
  'ville', 'walk', 'walks', 'wall', 'rise', 'gate', 'yard', 'quay', 'wharf', 'approach', 'chase', 'croft', 'fold', 'vale',
];

/** Words that follow a number in product names and lists, never in addresses ("3 Piece Garden Set"). */
const NOT_A_STREET_NAME = new Set([
  'pack', 'packs', 'piece', 'pieces', 'pcs', 'pc', 'tier', 'seater', 'seat', 'port', 'ply', 'layer', 'layers', 'shelf',
  'drawer', 'drawers', 'door', 'doors', 'slice', 'cup', 'cups', 'litre', 'liter', 'gallon', 'inch', 'foot', 'feet', 'metre',
  'meter', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes',
  'pair', 'pairs', 'set', 'sets', 'box', 'boxes', 'bag', 'bags', 'roll', 'rolls', 'sheet', 'sheets', 'person', 'people',
  'player', 'players', 'speed', 'stage', 'star', 'stars', 'way', 'x', 'gb', 'tb', 'mb', 'usb', 'hd', 'led', 'and', 'or',
  'of', 'the', 'for', 'with', 'in', 'on', 'at', 'to', 'items', 'item', 'units', 'unit', 'colour', 'color', 'colours',
]);

const EN_SUFFIX = new Map<string, StreetStrength>([...EN_WEAK.map((s) => [s, 'weak'] as const), ...EN_STRONG.map((s) => [s, 'strong'] as const)]);
const EN_SUFFIX_ALT = alternation([...EN_SUFFIX.keys()], ['title', 'upper']);

// "12 Mill Lane", "221B Baker Street", "1600 Pennsylvania Avenue NW", "8237 Kuhn Mill"
const EN_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,-])(\d{1,5}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?)?),?[ \u00a0]{1,3}((?:(?:[NSEW]\.?|North|South|East|West|Old|New|St\.?|Saint|Upper|Lower|Great|Little)[ \u00a0]{1,3})?(?:(?:[\p{Lu}][\p{L}'’.-]{0,24}|\d{1,3}(?:st|nd|rd|th))[ \u00a0]{1,3}){1,4})(${EN_SUFFIX_ALT})\b\.?(?:[ \u00a0](?:N|S|E|W|NE|NW|SE|SW)\b)?`,
  'gu',
);

/** German and Dutch compound street names: "Hauptstraße 5", "Kerkstraat 12", "Karl-Marx-Allee 3a". */
const DE_NL_STRONG = [
  'straße', 'strasse', 'str.', 'weg', 'platz', 'allee', 'gasse', 'ring', 'damm', 'ufer', 'chaussee', 'steig', 'pfad',
  'stieg', 'twiete', 'kamp', 'zeile', 'promenade', 'chaussee', 'anger',
  'straat', 'laan', 'plein', 'gracht', 'kade', 'singel', 'dijk', 'steeg', 'dreef', 'plantsoen', 'burgwal', 'baan', 'hof', 'markt',
];
const DE_NL_WEAK = ['berg', 'feld', 'garten', 'park', 'tor', 'wall', 'graben', 'brücke', 'winkel', 'aue', 'veld', 'erf', 'wijk', 'poort', 'haven', 'dam', 'wal', 'pad'];
const DE_NL_SUFFIX = new Map<string, StreetStrength>([...DE_NL_WEAK.map((s) => [s, 'weak'] as const), ...DE_NL_STRONG.map((s) => [s, 'strong'] as const)]);
// Title case too: hyphenated names end in a capitalised word ("Karl-Marx-Allee", "Van-Gogh-Straat").
const DE_NL_SUFFIX_ALT = alternation([...DE_NL_SUFFIX.keys()], ['lower', 'title']);
const DUTCH_SUFFIXES = new Set(['straat', 'laan', 'plein', 'gracht', 'kade', 'singel', 'dijk', 'steeg', 'dreef', 'plantsoen', 'burgwal', 'baan', 'veld', 'erf', 'wijk', 'poort', 'haven', 'wal', 'pad']);

const HOUSE_NUMBER = String.raw`\d{1,4}\s?[a-zA-Z]?(?:\s?[-/]\s?\d{1,4}[a-zA-Z]?)?(?:\s?(?:hs|bis|ter|I{1,3}))?`;

/**
 * Between the words of a street name: spaces, never a tab or a line break. A tab separates cells
 * ("Address⇥Kerkstraat 12" is a label and a street, not the street "Address Kerkstraat").
 */
const WORD_GAP = String.raw`[^\S\t\r\n]{1,2}`;

const DE_NL_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:(?:[\p{Lu}][\p{L}.'’-]{1,30}|van|de|der|den|von|'t)${WORD_GAP}){0,2}[\p{Lu}][\p{L}'’-]{0,40}?(${DE_NL_SUFFIX_ALT}))\s{1,3}(${HOUSE_NUMBER})(?![\p{L}\p{N}])`,
  'gu',
);
// Separate-word German streets: "Berliner Straße 5", "Straße des 17. Juni 3" is rare and skipped.
const DE_SEPARATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:[\p{Lu}][\p{L}.'’-]{1,30}${WORD_GAP}){1,2}(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Chaussee|Markt))\s{1,3}(${HOUSE_NUMBER})(?![\p{L}\p{N}])`,
  'gu',
);
// Prepositional German names: "Am Markt 3", "An der Kirche 4", "Auf dem Berg 2", "Unter den Linden 77".
const DE_PREPOSITION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:Am|An der|An den|Auf der|Auf dem|Auf den|Im|In der|In den|Zum|Zur|Unter den|Hinter der|Hinter dem|Vor dem|Vor der|Bei der|Alte|Alter|Altes|Neue|Neuer|Neues|Große|Großer|Kleine|Kleiner|Obere|Untere)\s{1,2}[\p{Lu}][\p{L}.'’-]{1,30})\s{1,3}(${HOUSE_NUMBER})(?![\p{L}\p{N}])`,
  'gu',
);

const FR_TYPES = alternation(
  ['rue', 'avenue', 'av.', 'boulevard', 'bd', 'place', 'pl.', 'chemin', 'impasse', 'allée', 'allee', 'quai', 'route', 'rte', 'cours', 'passage', 'square', 'voie', 'villa', 'cité', 'cite', 'sentier', 'rond-point', 'faubourg', 'fbg', 'montée', 'montee', 'parvis', 'promenade', 'esplanade', 'résidence', 'residence', 'lotissement', 'hameau', 'chaussée', 'ruelle', 'mail'],
  ['lower', 'title', 'upper'],
);
// "5 rue de la Paix", "12 bis avenue Victor Hugo", "3, place du Marché"
const FR_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\d{1,4}(?:\s?(?:bis|ter|quater|[A-Da-d]))?),?\s{1,3}((?:${FR_TYPES})\s{1,3}(?:(?:de la|de l'|de l’|du|des|de|d'|d’|la|le|les|l'|l’|aux|au)\s{0,3})?[\p{Lu}][\p{L}'’.-]{0,30}(?:[ -]{1,2}(?:de la|de|du|des|d'|d’|la|le|les|l'|l’|[\p{Lu}][\p{L}'’.-]{0,30})){0,4})`,
  'gu',
);

/** Spanish street types (INE "tipo de vía"). */
const ES_TYPES = alternation(
  ['calle', 'c/', 'avenida', 'avda.', 'avda', 'av.', 'plaza', 'pza.', 'plza.', 'paseo', 'pº', 'camino', 'carrer', 'carretera', 'ctra.', 'ronda', 'travesía', 'travesia', 'glorieta', 'rambla', 'callejón', 'callejon', 'pasaje', 'urbanización', 'urbanizacion', 'urb.', 'cuesta', 'vía', 'calleja', 'polígono', 'poligono', 'rúa', 'camí', 'bajada', 'subida', 'senda', 'barrio', 'prolongación'],
  ['lower', 'title', 'upper'],
);
// "Calle Mayor 12", "Avenida de la Constitución, 3", "Plaza Mayor s/n", "C/ Alcalá nº 45"
const ES_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:${ES_TYPES})\s{1,3}(?:(?:de la|de los|de las|del|de|d')\s{1,3})?[\p{Lu}][\p{L}'’.-]{0,30}(?:\s{1,2}(?:de la|de los|de las|del|de|y|[\p{Lu}][\p{L}'’.-]{0,30})){0,4}),?\s{0,3}(?:n[º°o]\.?\s{0,2}|núm\.?\s{0,2}|num\.?\s{0,2}|#\s{0,2})?(\d{1,4}|s\/n)(?![\p{L}\p{N}])`,
  'gu',
);

/** Italian street types (ISTAT generic names). */
const IT_TYPES = alternation(
  ['via', 'viale', 'v.le', 'piazza', 'p.zza', 'p.za', 'piazzale', 'p.le', 'corso', 'c.so', 'vicolo', 'largo', 'strada', 'borgo', 'contrada', 'c.da', 'lungomare', 'lungotevere', 'lungarno', 'salita', 'galleria', 'rotonda', 'traversa', 'circonvallazione', 'località', 'localita', 'loc.', 'vico', 'campo', 'fondamenta', 'rione', 'stradone', 'via privata'],
  ['lower', 'title', 'upper'],
);
// "Via Roma 10", "Piazza Garibaldi, 3", "Corso Vittorio Emanuele II 45", "via dei Mille n. 12"
const IT_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:${IT_TYPES})\s{1,3}(?:(?:dei|degli|delle|della|dello|del|di|da|dal|dalla|d'|san|santa|sant')\s{0,3})?[\p{Lu}][\p{L}'’.-]{0,30}(?:\s{1,2}(?:dei|degli|delle|della|del|di|e|[IVX]{1,4}|[\p{Lu}][\p{L}'’.-]{0,30})){0,4}),?\s{0,3}(?:n\.?\s{0,2}|nr\.?\s{0,2}|civico\s{1,2})?(\d{1,4}(?:\s?\/?\s?[a-zA-Z])?)(?![\p{L}\p{N}])`,
  'gu',
);

// Polish: "ul. Długa 98 m. 46", "al. Jerozolimskie 147", "pl. Grunwaldzki 34/2", "os. Tysiąclecia 12 lok. 3".
const PL_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:ul\.|al\.|pl\.|os\.|ulica|aleja|plac|osiedle|Ul\.|Al\.|Pl\.|Os\.|Ulica|Aleja|Plac|Osiedle)\s{1,3}(?:[\p{Lu}\d][\p{L}\d.'’-]{0,30}\s{1,2}){0,3}[\p{Lu}][\p{L}.'’-]{1,30})\s{1,3}(\d{1,4}[a-zA-Z]?(?:\s?\/\s?\d{1,4}[a-zA-Z]?)?(?:\s{1,2}(?:m\.|lok\.|m|lok)\s{0,2}\d{1,4}[a-zA-Z]?)?)(?![\p{L}\p{N}])`,
  'gu',
);

// Spaces inside a street line: a tab separates columns, never the words of an address.
// Words after a street that show it is an address line: flat/suite designators.
const UNIT_AFTER = /^\s*(?:,|;|\||$|\s{2,}|(?:apt|apartment|suite|ste|unit|flat|floor|fl|bldg|building|room|rm|#|no\.?|po box|wohnung|whg|etage|stock|og|eg|appt|appartement|bâtiment|bat|escalier|étage|piso|planta|puerta|pta|esc|interno|int|scala|piano|huisnummer|bus)\b)/i;

/** The words that may not stand between a house number and a street suffix. */
function plausibleEnglishName(words: string, wholeUpper: boolean): boolean {
  for (const word of words.trim().split(/\s+/)) {
    const bare = word.replace(/[.'’]/g, '').toLowerCase();
    if (NOT_A_STREET_NAME.has(bare)) return false;
    // "2 TB Hard Drive": short all-caps tokens are units and acronyms, unless the whole line shouts.
    if (!wholeUpper && word.length <= 3 && word === word.toUpperCase() && /[A-Z]/.test(word) && !/^[NSEW]\.?$/.test(word)) return false;
  }
  return true;
}

function terminatedAt(text: string, end: number): boolean {
  return UNIT_AFTER.test(text.slice(end, end + 24));
}

/** Street lines found in `text`, without overlaps, in order. */
export function findStreets(text: string): StreetMatch[] {
  if (text.length > 4000) text = text.slice(0, 4000);
  const out: StreetMatch[] = [];
  const push = (m: StreetMatch) => {
    if (!out.some((o) => o.start < m.end && m.start < o.end)) out.push(m);
  };
  const wholeUpper = text === text.toUpperCase();

  EN_STREET.lastIndex = 0;
  for (let m = EN_STREET.exec(text); m; m = EN_STREET.exec(text)) {
    const suffix = m[3]!.toLowerCase();
    const strength = EN_SUFFIX.get(suffix) ?? 'weak';
    if (!plausibleEnglishName(m[2]!, wholeUpper)) continue;
    // The suffix must look like one: "Lane" or "LANE", not "lane" in running prose.
    if (!/^[\p{Lu}]/u.test(m[3]!)) continue;
    const end = m.index + m[0].length;
    push({ value: m[0], start: m.index, end, language: 'en', strength, terminated: terminatedAt(text, end) });
  }
  for (const re of [DE_NL_STREET, DE_SEPARATE, DE_PREPOSITION]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const suffix = (m[2] ?? '').toLowerCase();
      if (re === DE_NL_STREET && /^[\p{Lu}]/u.test(m[2] ?? '') && !/-$/.test(m[1]!.slice(0, -m[2]!.length))) continue;
      // "Visitor 7234", "Monitor 24", "Operator 2": English words in -itor, -ator are not gates ("Steintor", "Holstentor"; "Sector 14" is a street in India).
      if (re === DE_NL_STREET && suffix === 'tor' && /[ai]tor$/i.test(m[1]!)) continue;
      const strength = re === DE_NL_STREET ? (DE_NL_SUFFIX.get(suffix) ?? 'weak') : 'strong';
      const language = DUTCH_SUFFIXES.has(suffix) ? 'nl' : 'de';
      const end = m.index + m[0].length;
      push({ value: m[0], start: m.index, end, language, strength, terminated: terminatedAt(text, end) });
    }
  }
  for (const [re, language] of [[FR_STREET, 'fr'], [ES_STREET, 'es'], [IT_STREET, 'it'], [PL_STREET, 'pl']] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // "via UPS 2 days": Italian "via" must be followed by a name, not a carrier or a verb.
      if (language === 'it' && /^via\s+(?:ups|dhl|fedex|usps|gls|dpd|tnt|amazon|ebay|email|e-mail|mail|post|courier|hermes)\b/i.test(m[0])) continue;
      const end = m.index + m[0].length;
      push({ value: m[0].trim(), start: m.index, end, language, strength: 'strong', terminated: terminatedAt(text, end) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
