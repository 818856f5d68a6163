// gitleaks-style rule samples: every recognizer ships true and false positives; they are all
// checked here, through the keyword prefilter as the engine runs them.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANALYZE_OPTIONS } from '../../electron/engine/analyze/index.js';
import { allRecognizers, registryFor } from '../../electron/engine/recognizers/registry.js';

// A match below the threshold is not a finding: role mailboxes and lone street lines are found
// with a low score on purpose, and must stay below it.
const THRESHOLD = DEFAULT_ANALYZE_OPTIONS.minConfidence;

describe('recognizer samples', () => {
  const recognizers = allRecognizers();

  it('covers every category once', () => {
    expect(recognizers.map((r) => r.category).sort()).toEqual(['address', 'email', 'name', 'phone']);
  });

  for (const recognizer of recognizers) {
    describe(recognizer.name, () => {
      it('has positive and negative samples', () => {
        expect(recognizer.samples.positive.length).toBeGreaterThan(3);
        expect(recognizer.samples.negative.length).toBeGreaterThan(3);
      });

      it.each(recognizer.samples.positive)('finds %j', (text) => {
        expect(registryFor().candidates(text)).toContain(recognizer);
        const found = recognizer.detect(text).filter((m) => m.category === recognizer.category && m.confidence >= THRESHOLD);
        expect(found.length).toBeGreaterThan(0);
        for (const m of found) {
          expect(text.slice(m.start, m.end)).toContain(m.value.trim().slice(0, 3));
          expect(m.confidence).toBeLessThanOrEqual(1);
          expect(m.explanation.length).toBeGreaterThan(0);
        }
      });

      it.each(recognizer.samples.negative)('does not count %j', (text) => {
        expect(recognizer.detect(text).filter((m) => m.confidence >= THRESHOLD)).toEqual([]);
      });
    });
  }
});
