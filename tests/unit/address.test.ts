// Address recognizer, table-driven: street lines and postcodes in six languages, and the
// product names, counts and footers that share their shape.
import { describe, expect, it } from 'vitest';
import { addressRecognizer, looksLikeStreetCell, normalizeAddress } from '../../electron/engine/recognizers/address.js';
import { findPostcodes, isPostcode } from '../../electron/engine/recognizers/postcodes.js';
import { findStreets } from '../../electron/engine/recognizers/streets.js';

const THRESHOLD = 0.5;

function counted(text: string) {
  return addressRecognizer.detect(text).filter((m) => m.confidence >= THRESHOLD);
}

describe('address recognizer', () => {
  it.each([
    ['12 Mill Lane, Brighton BN1 4GH', '12 Mill Lane, Brighton BN1 4GH', 'English street and UK postcode'],
    ['221B Baker Street, London NW1 6XE', '221B Baker Street, London NW1 6XE', 'house number with a letter'],
    ['1600 Pennsylvania Avenue NW, Washington, DC 20500', '1600 Pennsylvania Avenue NW, Washington, DC 20500', 'US street, city, state and ZIP'],
    ['Hauptstraße 5, 10115 Berlin', 'Hauptstraße 5, 10115 Berlin', 'German compound street'],
    ['Karl-Marx-Allee 3, 10178 Berlin', 'Karl-Marx-Allee 3, 10178 Berlin', 'hyphenated German street'],
    ['Am Markt 3, 04109 Leipzig', 'Am Markt 3, 04109 Leipzig', 'German street named with a preposition'],
    ['5 rue de la Paix, 75002 Paris', '5 rue de la Paix, 75002 Paris', 'French street type after the number'],
    ['Calle Mayor 12, 28013 Madrid', 'Calle Mayor 12, 28013 Madrid', 'Spanish street type before the name'],
    ['Plaza Mayor s/n, 28012 Madrid', 'Plaza Mayor s/n, 28012 Madrid', 'Spanish "sin número"'],
    ['Via Roma 10, 00184 Roma', 'Via Roma 10, 00184 Roma', 'Italian street and CAP'],
    ['Kerkstraat 12, 1012 AB Amsterdam', 'Kerkstraat 12, 1012 AB Amsterdam', 'Dutch street and postcode'],
    ['Toronto ON M5V 2T6', 'Toronto ON M5V 2T6', 'Canadian postcode with town and province'],
    ['Springfield, IL 62704', 'Springfield, IL 62704', 'US town, state and ZIP'],
    ['Ship to: 350 Fifth Avenue', '350 Fifth Avenue', 'a street line after a shipping cue'],
    ['Lieferadresse: Bahnhofstr. 12a', 'Bahnhofstr. 12a', 'abbreviated German street after a cue'],
  ])('finds %s', (text, value, _why) => {
    expect(counted(text).map((m) => m.value)).toEqual([value]);
  });

  it.each([
    ['3 Piece Garden Set', 'a product: quantity, unit word, "Garden"'],
    ['2 TB Hard Drive', 'a product: "Drive" after a unit'],
    ['4 Port USB Hub', 'a product: "Port" is a weak suffix followed by more words'],
    ['100 Pack Cable Ties', 'a pack size'],
    ['2 Seater Garden Bench', 'furniture'],
    ['Order 10115 total', 'five digits without a town'],
    ['12500 Units sold in March', 'a count followed by a unit'],
    ['Item 20 x 30 cm', 'measurements'],
    ['shipped via UPS 2 days', 'Italian "via" followed by a carrier'],
    ['Size 42', 'a size'],
    ['Version 2 Street Edition', 'a product edition'],
    ['Registered office: 1 High Street, London EC1A 1BB', "the business's own registered office"],
    ['Visit us at 4 Market Square, York YO1 8AA', "the shop's own address"],
    ['AB12CD', 'a code without the space of a UK postcode'],
  ])('counts no address in %s', (text, _why) => {
    expect(counted(text)).toEqual([]);
  });

  it('finds a street alone with a modest score that a cue or a postcode must raise', () => {
    const [m] = addressRecognizer.detect('8237 Kuhn Mill');
    expect(m?.value).toBe('8237 Kuhn Mill');
    expect(m!.confidence).toBeLessThan(THRESHOLD);
  });

  it('normalizes abbreviations and accents for comparison', () => {
    expect(normalizeAddress('12 Mill Ln.')).toBe(normalizeAddress('12 mill lane'));
    expect(normalizeAddress('Hauptstraße 5')).toBe(normalizeAddress('Hauptstrasse 5'));
  });
});

describe('streets and postcodes', () => {
  it.each([
    ['Jansenstraat 12', 'nl'],
    ['Van Goghstraat 12', 'nl'],
    ['Berliner Straße 5', 'de'],
    ['Auf der Heide 7', 'de'],
    ['12, Allée de Montmorency', 'fr'],
    ['3 Boulevard Saint-Michel', 'fr'],
    ['Avenida de la Constitución, 3', 'es'],
    ['Piazza Mario Rossi 3', 'it'],
    ['Corso Vittorio Emanuele II 45', 'it'],
  ])('reads %s as a %s street', (text, language) => {
    expect(findStreets(text).map((s) => s.language)).toEqual([language]);
  });

  it.each([
    ['Brighton BN1 4GH', 'uk'],
    ['BN1 4GH', 'uk'],
    ['D-10115 Berlin', 'eu5'],
    ['75002 PARIS', 'eu5'],
    ['1012 AB Amsterdam', 'nl'],
    ['Austin, TX 78701-1234', 'us'],
    ['D08 CTFH', 'ie'],
    ['Cork T12 K92X', 'ie'],
  ])('reads %s as a %s postcode', (text, country) => {
    expect(findPostcodes(text).map((p) => p.country)).toEqual([country]);
  });

  it.each([['BN1 4GH', true], ['10115', true], ['1012 AB', true], ['M5V 2T6', true], ['62704-1234', true], ['Berlin', false], ['12', false]] as const)(
    'isPostcode(%s) is %s',
    (value, expected) => expect(isPostcode(value)).toBe(expected),
  );

  it.each([['12 Mill Lane', true], ['Hauptstraße', true], ['Apt. 4B', true], ['Calle Mayor s/n', true], ['Berlin', false], ['jane@x.de', false]] as const)(
    'looksLikeStreetCell(%s) is %s',
    (value, expected) => expect(looksLikeStreetCell(value)).toBe(expected),
  );
});
