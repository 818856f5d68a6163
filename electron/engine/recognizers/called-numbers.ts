// A number written as bare digits in a note about calling someone: "Call back re order … - after
// 5pm - 2125550143", "ring Tom 3125550199". People jot a number down without separators, and North
// American numbers (and Spanish or Italian mobiles) have no trunk 0 to show what they are, so the
// general phone finder (phone.ts) leaves bare runs of digits alone: they are ids and barcodes far
// more often. Here the line itself says a call is meant — a call verb or a phone label earlier on
// the line — and the words right before the number must not name an id ("order 2125550143").
// The text analyser asks for these only on lines where no phone was found and that present no
// business.
import type { CountryCode } from 'libphonenumber-js/max';
import { textBefore } from './context.js';
import { blankNonPhones, hasValidGtinCheckDigit } from './not-phones.js';
import { bestReading, PHONE_NATIONAL } from './phone.js';
import type { Match } from './types.js';

/** Verbs and labels that say a number is to be called or texted, in the project's languages. */
const CALL_CUE =
  /(?<![\p{L}\p{N}])(?:call(?:ed|ing)?|ring(?:ing)?|rang|phone[ds]?|tel|tél|telephone|téléphone|telefon|teléfono|telefono|telefoon|mobile|mobil|mob|cell|text(?:ed)?|sms|whats ?app|rückruf|anrufen|zurückrufen|rappeler|appeler|llamar|chiamare|richiamare|bellen|terugbellen)(?![\p{L}\p{N}])/iu;

/** Words just before the digits that make them an id, an amount or a code rather than a number to call. */
const ID_BEFORE =
  /(?<![\p{L}\p{N}])(?:order|orders|bestell\p{L}*|auftrag|commande|pedido|ordine|bestelling|invoice|rechnung|facture|factura|fattura|factuur|receipt|sku|ean|upc|gtin|isbn|asin|item|article|artikel|ref|reference|tracking|track|sendung|parcel|paket|colis|awb|serial|batch|lot|vat|tax|iban|account|konto|customer\s?(?:id|no|number)|id|no|nr|number|transaction|payment|code|pin|total|amount|qty)\.?:?\s*$|[#№]\s*$/iu;

/** A run of 9 to 12 digits standing alone: not part of a longer figure, a date, an id with dashes or a word. */
const BARE_RUN = /(?<![\p{L}\p{N}_/#.,+-])\d{9,12}(?![\p{L}\p{N}_]|[.,/-]\d)/gu;

/** A phone label right before the digits outweighs an id word ("Tel. no 2125550143"). */
const PHONE_LABEL = /(?<![\p{L}\p{N}])(?:tel|phone|telephone|mobile|mob|cell|fax|whats ?app)(?![\p{L}\p{N}])/iu;

/** Up to `words` words before `start` on the same line. */
function wordsBefore(text: string, start: number, words: number): string {
  const head = text.slice(Math.max(0, start - 400), start);
  const line = head.slice(head.lastIndexOf('\n') + 1);
  return line.split(/\s+/).slice(-words - 1).join(' ');
}

/** How far before the number (in words, on the same line) a call cue may stand. */
const CUE_WORDS = 16;

/** Numbers written as bare digits on a line that says to call or text them; valid numbers only. */
export function findCalledNumbers(text: string, regions: readonly CountryCode[]): Match[] {
  if (!CALL_CUE.test(text)) return [];
  const out: Match[] = [];
  const blanked = blankNonPhones(text);
  BARE_RUN.lastIndex = 0;
  for (let m = BARE_RUN.exec(blanked); m && out.length < 4; m = BARE_RUN.exec(blanked)) {
    const digits = m[0];
    if (hasValidGtinCheckDigit(digits)) continue;
    if (!CALL_CUE.test(wordsBefore(text, m.index, CUE_WORDS))) continue;
    // "order 2125550143" is an id; "Mobile no. 2125550143" is still a number to call.
    const near = textBefore(text, m.index, 2);
    if (ID_BEFORE.test(near) && !PHONE_LABEL.test(near)) continue;
    const reading = bestReading(digits, regions);
    if (!reading) continue;
    out.push({ category: 'phone', value: digits, normalized: reading.number.number, start: m.index, end: m.index + digits.length, confidence: PHONE_NATIONAL, explanation: 'libphonenumber:valid+bare-on-call-line' });
  }
  return out;
}

export const CALLED_NUMBER_SAMPLES = {
  positive: ['Call back re order 12-34567-89012 (lid cracked) - after 5pm - 2125550143', 'ring Tom tomorrow 3125550199', 'CALL 4155552671 about the refund'],
  negative: ['Call back re order 2125550143', 'call about invoice 4155552671', 'Tel. support: ref #2125550143', 'Order 2125550143 shipped', 'phone case 4006381333931'],
};
