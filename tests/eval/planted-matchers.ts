// Turns planted values into the patterns a leak test looks for: emails as written, phones as
// their last nine digits (separators between digits ignored), and names and street or town lines
// of two words or more (case-insensitive). Single tokens (a first name, a bare postcode) are too
// common to prove a leak and are left out. A text is indexed once (its email tokens, the digit
// tails of its numbers, its words), so thousands of values can be checked against large files.
// A match reports which kind leaked, never the value.
export interface LeakMatcher {
  kind: 'email' | 'phone' | 'text';
  test(text: IndexedText): boolean;
}

export interface IndexedText {
  lower: string;
  emails: Set<string>;
  /** The last eight and nine digits before every end of a number (separators of up to three characters joined). */
  digitTails: Set<string>;
  words: Set<string>;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function indexText(text: string): IndexedText {
  const lower = text.toLowerCase();
  const emails = new Set(lower.match(/[^\s<>"'(),;:[\]]+@[^\s<>"'(),;:[\]]+/g) ?? []);
  const digitTails = new Set<string>();
  for (const run of lower.match(/\d(?:[^0-9a-z\n]{0,3}\d)*/g) ?? []) {
    // A run may join neighbouring numbers ('07700 900123,12'): every digit followed by a
    // separator can end a phone, so the tail there is recorded too.
    let digits = '';
    for (let i = 0; i < run.length; i++) {
      const ch = run[i]!;
      if (ch < '0' || ch > '9') continue;
      digits += ch;
      const next = run[i + 1];
      if (digits.length >= 8 && (next === undefined || next < '0' || next > '9')) {
        digitTails.add(digits.slice(-9));
        digitTails.add(digits.slice(-8));
      }
    }
  }
  return { lower, emails, digitTails, words: new Set(lower.match(WORD) ?? []) };
}

export function leakMatchers(values: Iterable<string>): LeakMatcher[] {
  const out: LeakMatcher[] = [];
  const seen = new Set<string>();
  for (const raw of values) {
    const v = raw.trim();
    if (!v || seen.has(v.toLowerCase())) continue;
    seen.add(v.toLowerCase());
    if (/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(v)) {
      const needle = v.toLowerCase();
      // Exact token first; the substring check catches an address glued to other text.
      out.push({ kind: 'email', test: (t) => t.emails.has(needle) || [...t.emails].some((e) => e.includes(needle)) });
    } else if (/^[+\d\s().\-/']+$/.test(v) && v.replace(/\D/g, '').length >= 8) {
      const tail = v.replace(/\D/g, '').slice(-9);
      out.push({ kind: 'phone', test: (t) => t.digitTails.has(tail) });
    } else if (/\p{L}/u.test(v) && v.split(/\s+/).length >= 2) {
      for (const line of v.split('\n').map((l) => l.trim()).filter((l) => l.split(/\s+/).length >= 2 && /\p{L}/u.test(l))) {
        const needle = line.toLowerCase();
        const words = needle.match(WORD) ?? [];
        // Every word must occur before the (costlier) substring search.
        out.push({ kind: 'text', test: (t) => words.every((w) => t.words.has(w)) && t.lower.includes(needle) });
      }
    }
  }
  return out;
}

/** How many matchers hit, by kind (counts only: safe to print). */
export function leaks(matchers: LeakMatcher[], haystack: string): { email: number; phone: number; text: number; total: number } {
  const text = indexText(haystack);
  const hits = { email: 0, phone: 0, text: 0, total: 0 };
  for (const m of matchers) {
    if (m.test(text)) {
      hits[m.kind]++;
      hits.total++;
    }
  }
  return hits;
}
