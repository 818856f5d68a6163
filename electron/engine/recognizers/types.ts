// A recognizer in the style of Presidio's PatternRecognizer and gitleaks' rules: one category,
// keywords for a cheap prefilter, patterns with validation, context words, and its own samples.
import type { Category } from '../../../shared/types.js';

export interface Match {
  category: Category;
  /** Raw value as found. Engine-internal: never logged, serialised or sent across a process boundary. */
  value: string;
  /** Canonical form used to count distinct values and to compare with the seller's identity (lower-cased email, E.164 phone …). */
  normalized: string;
  start: number;
  end: number;
  /** 0..1 */
  confidence: number;
  /** Short machine explanation of the score, e.g. 'pattern+tld', 'libphonenumber:valid+context'. */
  explanation: string;
}

export interface RecognizerSamples {
  /** Text that must produce at least one match of this category. */
  positive: string[];
  /** Text that must produce none. */
  negative: string[];
}

export interface Recognizer {
  category: Category;
  name: string;
  /** Lower-case substrings, any of which must occur for the recognizer to run (empty: always runs). */
  keywords: string[];
  detect(text: string): Match[];
  samples: RecognizerSamples;
}
