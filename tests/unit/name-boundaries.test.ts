// Where a name after a cue ends: before the address that follows it on the same line.
import { describe, expect, it } from 'vitest';
import { detectNames } from '../../electron/engine/recognizers/name.js';

describe('the end of a name after a cue', () => {
  it.each([
    ['Bitte schicken an Lena Hoffmann, Gartenstraße 12, 80331 München', 'Lena Hoffmann'],
    ['Ship to: Jane Dawson, 12 Mill Lane, Brighton BN1 4GH', 'Jane Dawson'],
    ['Lieferadresse: Jonas Weber, Am Markt 3, 04109 Leipzig', 'Jonas Weber'],
    ['Bill To: O\'Brien, Siobhan', 'O\'Brien, Siobhan'], // surname first stays one name
  ])('%s', (text, name) => {
    expect(detectNames(text).map((m) => m.value)).toEqual([name]);
  });
});
