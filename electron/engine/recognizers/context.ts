// Context scoring in the style of Presidio: words shortly before a match raise its confidence
// ("Tel: …", "Ship to …"), negative cues lower it ("Order no. …", "VAT …", "Call us …").

/** Presidio's default context boost. */
export const CONTEXT_BOOST = 0.35;
/** A negative cue pushes an unvalidated match below the default threshold. */
export const NEGATIVE_PENALTY = 0.4;

const LOOKBACK_CHARS = 64;

/** Up to `words` words before `start`, lower-cased: the window where context counts. */
export function textBefore(text: string, start: number, words = 5): string {
  const from = Math.max(0, start - LOOKBACK_CHARS);
  const slice = text.slice(from, start).toLowerCase();
  const parts = slice.split(/\s+/);
  if (from > 0) parts.shift(); // a word cut by the window is not a word
  return parts.slice(-words - 1).join(' ');
}

export interface ContextRule {
  /** Words that make the match more likely. */
  positive: RegExp;
  /** Words that make it less likely. */
  negative?: RegExp;
}

export interface Scored {
  confidence: number;
  explanation: string;
}

/** Applies a context rule to a base score, explaining what moved it. */
export function withContext(base: number, explanation: string, before: string, rule: ContextRule): Scored {
  let confidence = base;
  let why = explanation;
  // A positive cue wins: "Phone no.: …" is a phone although "no." alone would point to an id.
  if (rule.positive.test(before)) {
    confidence += CONTEXT_BOOST;
    why += '+context';
  } else if (rule.negative?.test(before)) {
    confidence -= NEGATIVE_PENALTY;
    why += '-negative-context';
  }
  return { confidence: clamp01(confidence), explanation: why };
}

export function clamp01(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

/**
 * Whole-line cues that the details on a line present a business itself ("Call us …", "Registered
 * office …", a web address): a seller's footer or a supplier's letterhead, never a customer.
 */
export const BUSINESS_LINE =
  /\b(?:call us|contact us|reach us|our (?:phone|number|office|hotline|team|store|shop|address)|customer (?:service|care|support)|hotline|helpline|service line|opening hours|office hours|mon(?:day)?\s?[-–]\s?fri|kundenservice|kundendienst|servicehotline|geschäftszeiten|öffnungszeiten|rufen sie uns|service client|appelez-nous|horaires|atención al cliente|llámanos|horario|servizio clienti|chiamaci|orari|klantenservice|bel ons|openingstijden|registered office|head office|headquarters|company registration|registered in|company no|sitz der gesellschaft|geschäftsführer|amtsgericht|handelsregister|ust-?id|siège social|capital social|domicilio social|registro mercantil|sede legale|capitale sociale|partita iva|kamer van koophandel|visit us|besuchen sie uns|showroom)|www\.|https?:\/\//i;
