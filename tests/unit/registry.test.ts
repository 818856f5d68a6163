// The registry: every recognizer over one text, and what it settles between them.
import { describe, expect, it } from 'vitest';
import { registryFor } from '../../electron/engine/recognizers/registry.js';

const categories = (text: string) => registryFor().run(text).map((m) => m.category);

describe('registry', () => {
  it.each([
    // The last five digits of a phone number before a word are not "10115 Berlin".
    ['12/05/2025\tPriya Pillai\t0091 70739 99432\tWrong size\tRefunded', ['phone']],
    ['Tel. +49 30 1234 56789 Berlin', ['phone']],
  ])('a postcode inside a phone number is part of the number: %s', (text, expected) => {
    expect(categories(text).filter((c) => c !== 'name')).toEqual(expected);
  });

  it.each([
    ['Hauptstraße 5, 10115 Berlin, Tel. 030 1234567', ['address', 'phone']],
    ['0171 2345678, 10115 Berlin', ['phone', 'address']],
  ])('a postcode beside a phone number stays an address: %s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});
