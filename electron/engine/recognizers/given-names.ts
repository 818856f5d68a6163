// Lookup of real given names (see given-names-data.ts for the sources and their licences).
// A given name is supporting evidence only: it raises a name's confidence and lets a column
// without a header be read as names, but it never makes a name on its own.
import { GIVEN_NAMES_DATA } from './given-names-data.js';

let names: Set<string> | undefined;

function table(): Set<string> {
  // Built on first use: workers that never meet a name never pay for the set.
  names ??= new Set(GIVEN_NAMES_DATA.split(/\s+/).filter(Boolean));
  return names;
}

const ASCII_WORD = /^[A-Za-z-]+$/;

/** Lower case without accents: the form the list is stored in ("Chloé" → "chloe"). */
export function foldWord(word: string): string {
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Given names that are also everyday words, places, months or product vocabulary ("Rose Gold
 * Ring", "June 2026", "Paris", "Amber candle"). They still count inside a confirmed name, but are
 * not evidence that a text is a name.
 */
const AMBIGUOUS = new Set([
  'the', 'to', 'of', 'and', 'da', 'de', 'del', 'den', 'di', 'du', 'el', 'la', 'le', 'lo', 'van', 'von',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'spring', 'summer', 'autumn', 'winter', 'dawn', 'hope', 'faith', 'joy', 'grace', 'charity', 'star', 'sky', 'river',
  'ocean', 'storm', 'rain', 'snow', 'amber', 'ruby', 'jade', 'pearl', 'crystal', 'diamond', 'ivory', 'olive', 'hazel',
  'ginger', 'honey', 'cherry', 'lily', 'daisy', 'iris', 'violet', 'jasmine', 'poppy', 'holly', 'ivy', 'heather', 'sage',
  'basil', 'berry', 'apple', 'candy', 'coco', 'cookie', 'sugar', 'brandy', 'sherry', 'champagne', 'royal', 'king',
  'prince', 'princess', 'queen', 'duke', 'major', 'bishop', 'chase', 'hunter', 'archer', 'mason', 'carter', 'cooper',
  'baker', 'fisher', 'miller', 'smith', 'walker', 'parker', 'porter', 'tanner', 'turner', 'page', 'bill', 'mark', 'pat',
  'will', 'sunny', 'guy', 'art', 'buck', 'bud', 'chip', 'rusty', 'dusty', 'sandy', 'lane', 'dale', 'glen', 'forest',
  'brook', 'cliff', 'rocky', 'stone', 'ray', 'grant', 'frank', 'earnest', 'chance', 'justice', 'liberty', 'blue', 'gray',
  'grey', 'green', 'brown', 'white', 'black', 'red', 'golden', 'gold', 'silver', 'copper', 'sterling', 'cash', 'price',
  'sale', 'case', 'box', 'pack', 'set', 'kit', 'bag', 'cap', 'pin', 'tag', 'paris', 'london', 'sydney', 'florence',
  'georgia', 'virginia', 'carolina', 'dakota', 'austin', 'dallas', 'houston', 'phoenix', 'jordan', 'india', 'china',
  'kenya', 'asia', 'america', 'italia', 'roma', 'berlin', 'madrid', 'milan', 'vienna', 'venice', 'lyon', 'orlando',
  'denver', 'aspen', 'boston', 'chelsea', 'kent', 'york', 'brooklyn', 'memphis', 'nevada', 'montana', 'cheyenne',
  'item', 'order', 'total', 'date', 'price', 'note', 'bank', 'post', 'ship', 'bill', 'street', 'road', 'avenue', 'cable',
  'mini', 'max', 'maxi', 'pro', 'plus', 'ultra', 'classic', 'deluxe', 'premium', 'standard', 'basic', 'special', 'bella',
  'luna', 'nova', 'stella', 'sol', 'mar', 'rosa', 'blanca', 'bianca', 'nero', 'oro', 'verde', 'weiss', 'rot', 'august',
  'german', 'france', 'holland', 'ireland', 'england', 'wales', 'scotland', 'canada', 'mercedes', 'porsche',
  'bentley', 'harley', 'tesla', 'lexus', 'mazda', 'jaguar', 'cotton', 'linen', 'velvet', 'satin', 'denim', 'wool',
  'ceramic', 'marble', 'oak', 'ash', 'birch', 'cedar', 'maple', 'willow', 'pine', 'reed', 'rowan', 'laurel', 'myrtle',
  'rose', 'mercy', 'patience', 'constance', 'honor', 'honour', 'destiny', 'harmony', 'melody', 'serenity', 'trinity',
  'unity', 'miracle', 'precious', 'heaven', 'angel', 'blessing', 'bliss', 'sunshine', 'rainbow', 'crimson', 'scarlet',
  'coral', 'indigo', 'sienna', 'ebony', 'onyx', 'sapphire', 'emerald', 'opal', 'topaz', 'garnet', 'jasper', 'flint',
  'silk', 'lace', 'cinnamon', 'pepper', 'clove', 'rosemary', 'saffron', 'juniper', 'cypress', 'hawthorn', 'magnolia',
  'camellia', 'dahlia', 'orchid', 'tulip', 'lotus', 'blossom', 'petal', 'fern', 'moss', 'clover', 'meadow', 'cloud',
  'misty', 'frost', 'holiday', 'christmas', 'easter', 'noel', 'valentine', 'baby', 'doll', 'teddy', 'bunny', 'kitty',
  'lavender', 'jewel', 'gem', 'treasure', 'diva', 'sugar', 'candy', 'latte', 'mocha', 'espresso', 'vanilla', 'caramel',
]);

/** True for a word found in the given-names list ("Chloé", "JEROEN", "anna"). */
export function isGivenName(word: string): boolean {
  if (word.length < 2 || word.length > 20) return false;
  return table().has(foldWord(word));
}

/** A given name that is not also an everyday word: real evidence that a text names a person. */
export function isDistinctiveGivenName(word: string): boolean {
  if (word.length < 2 || word.length > 20) return false;
  const folded = foldWord(word);
  return !AMBIGUOUS.has(folded) && table().has(folded);
}
