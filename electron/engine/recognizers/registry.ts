// All recognizers, and the keyword prefilter in the style of gitleaks: each recognizer declares
// the substrings without which it cannot match ('@' for emails, digits for phones …); they are
// compiled once into one case-insensitive test per recognizer (V8 runs a literal alternation as
// native code), so a cell or a line with none of them costs one scan and no recognizer runs.
import type { CountryCode } from 'libphonenumber-js/max';
import { addressRecognizer } from './address.js';
import { emailRecognizer } from './email.js';
import { nameRecognizer } from './name.js';
import { createPhoneRecognizer, phoneRegions } from './phone.js';
import type { Match, Recognizer } from './types.js';

/** Longest text one recognizer pass sees; longer units are read in overlapping windows. */
export const MAX_UNIT_CHARS = 8192;
const WINDOW_OVERLAP = 256;

export interface Registry {
  recognizers: readonly Recognizer[];
  /** The recognizers whose keywords occur in `text`. */
  candidates(text: string): Recognizer[];
  /** Every match of every candidate recognizer, in order of position. */
  run(text: string): Match[];
}

function escape(keyword: string): string {
  return keyword.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function compileKeywords(keywords: readonly string[]): (text: string) => boolean {
  if (keywords.length === 0) return () => true;
  if (keywords.every((k) => /^\d$/.test(k))) {
    const digit = /\d/;
    return (text) => digit.test(text);
  }
  const re = new RegExp(keywords.map(escape).join('|'), 'iu');
  return (text) => re.test(text);
}

export function buildRegistry(recognizers: readonly Recognizer[]): Registry {
  const tests = recognizers.map((r) => compileKeywords(r.keywords));
  const candidates = (text: string) => recognizers.filter((_, i) => tests[i]!(text));
  const runWindow = (text: string, offset: number, out: Match[]) => {
    for (const recognizer of candidates(text)) {
      for (const m of recognizer.detect(text)) out.push(offset === 0 ? m : { ...m, start: m.start + offset, end: m.end + offset });
    }
  };
  return {
    recognizers,
    candidates,
    run(text) {
      const out: Match[] = [];
      if (text.length <= MAX_UNIT_CHARS) {
        runWindow(text, 0, out);
      } else {
        for (let at = 0; at < text.length; at += MAX_UNIT_CHARS - WINDOW_OVERLAP) {
          const windowMatches: Match[] = [];
          runWindow(text.slice(at, at + MAX_UNIT_CHARS), at, windowMatches);
          // The overlap is read twice: keep a match once.
          for (const m of windowMatches) if (!out.some((o) => o.category === m.category && o.start === m.start)) out.push(m);
        }
      }
      return withoutPostcodesInPhones(out).sort((a, b) => a.start - b.start);
    },
  };
}

/**
 * "0091 70739 99432\tWrong size": the last digits of a valid phone number followed by a word read
 * like "10115 Berlin". A postcode alone inside a phone number is part of the number, not an address.
 */
function withoutPostcodesInPhones(matches: Match[]): Match[] {
  // Hot path (every cell and line): no allocation unless a phone and an address meet.
  if (matches.length < 2 || !matches.some((m) => m.category === 'phone') || !matches.some((m) => m.category === 'address')) return matches;
  const phones = matches.filter((m) => m.category === 'phone');
  return matches.filter((m) => m.category !== 'address' || !m.explanation.startsWith('postcode') || !phones.some((p) => p.start <= m.start && m.start < p.end));
}

const cache = new Map<string, Registry>();

/** The registry for a set of extra phone regions (the machine's locale, settings); built once per set. */
export function registryFor(extraPhoneRegions: readonly string[] = []): Registry {
  const regions: CountryCode[] = phoneRegions(extraPhoneRegions);
  const key = regions.join(',');
  let registry = cache.get(key);
  if (!registry) {
    registry = buildRegistry([emailRecognizer, createPhoneRecognizer(regions), addressRecognizer, nameRecognizer]);
    cache.set(key, registry);
  }
  return registry;
}

/** Every recognizer with its default configuration: what the samples test runs. */
export function allRecognizers(): readonly Recognizer[] {
  return registryFor().recognizers;
}
