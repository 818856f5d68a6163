// Name recognizer, table-driven: names after cues in six languages, and the companies, products
// and greetings that stand where a name would.
import { describe, expect, it } from 'vitest';
import { isDistinctiveGivenName, isGivenName } from '../../electron/engine/recognizers/given-names.js';
import { hasLegalForm, looksLikeBusinessName } from '../../electron/engine/recognizers/legal-forms.js';
import { judgeName, nameRecognizer, normalizeName } from '../../electron/engine/recognizers/name.js';

const THRESHOLD = 0.5;

describe('name recognizer (names after cues)', () => {
  it.each([
    ['Ship to: Jane Dawson', 'Jane Dawson', 'shipping cue'],
    ['Bill To: O\'Brien, Siobhan', "O'Brien, Siobhan", 'surname first with an apostrophe'],
    ['Dear Mr. Smith,', 'Mr. Smith', 'a title and a surname'],
    ['Sehr geehrte Frau Müller,', 'Frau Müller', 'German salutation'],
    ['Empfänger: Lukas Becker', 'Lukas Becker', 'German recipient'],
    ['Destinataire : Marie Dubois', 'Marie Dubois', 'French recipient'],
    ['Nombre: José García López', 'José García López', 'Spanish name field with a known given name'],
    ['Gentile Sig.ra Giulia Rossi', 'Sig.ra Giulia Rossi', 'Italian salutation'],
    ['Naam: Daan de Vries', 'Daan de Vries', 'Dutch particle inside the name'],
    ['From: Anna Schmidt <anna.schmidt@web.de>', 'Anna Schmidt', 'mail header'],
    ['"buyer_name": "Olivia Harper",', 'Olivia Harper', 'JSON key'],
    ['Hi Chloé,', 'Chloé', 'greeting with an accented given name'],
  ])('finds %s', (text, value, _why) => {
    const matches = nameRecognizer.detect(text);
    expect(matches.map((m) => m.value)).toEqual([value]);
    expect(matches[0]!.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it.each([
    ['Ship to: Widgets Ltd', 'a company with a legal form'],
    ['Sold to: Müller GmbH & Co. KG', 'a German partnership'],
    ['Customer: Hills, Gleichner and Bernier', 'a firm named after partners'],
    ['Dear Customer,', 'a generic greeting'],
    ['Dear Sir or Madam,', 'a generic greeting'],
    ['Hello there!', 'not capitalised'],
    ['Name: Ceramic Mug 350 ml', 'a product under a weak cue'],
    ['"name": "Rose Gold Ring"', 'a product whose first word is also a given name'],
    ['Customer Service: 0800 123 456', 'a department'],
    ['Contact: Sales Team', 'a team'],
    ['Jane Dawson', 'no cue: left to the block and column analysers'],
    ['Name: Paris', 'a city under a weak cue'],
  ])('finds no name in %s', (text, _why) => {
    expect(nameRecognizer.detect(text).filter((m) => m.confidence >= THRESHOLD)).toEqual([]);
  });
});

describe('judging names', () => {
  it.each([
    ['Jane Dawson', 'strict', true],
    ['Daan de Vries', 'strict', true],
    ['Élodie Lefèvre', 'strict', true],
    ['Anna-Lena Schmidt', 'strict', true],
    ['Rose Gold Ring', 'strict', false],
    ['Kuhn Mill', 'strict', false],
    ['Summer Dress', 'strict', false],
    ['jane dawson', 'strict', false],
    ['jane dawson', 'column', true],
    ['DAWSON, JANE', 'column', true],
    ['Madonna', 'column', true],
    ['jsmith_84', 'column', false],
    ['#1001', 'column', false],
    ['N/A', 'column', false],
    ['Ceramic Mug', 'column', false],
  ] as const)('%s in %s mode: %s', (value, mode, ok) => {
    expect(judgeName(value, mode).ok).toBe(ok);
  });

  it.each([
    ['Widgets Ltd'],
    ['Müller GmbH'],
    ['Acme S.p.A.'],
    ['Brightwell Packaging Limited'],
    ['Rheintal Verpackung UG (haftungsbeschränkt)'],
    ['Amazon Services Europe S.à r.l.'],
    ['Tulip Verpakkingen B.V.'],
    ['Soleil Emballages SARL'],
    ['Iberia Embalajes S.L.U.'],
  ])('%s is a company', (value) => {
    expect(hasLegalForm(value)).toBe(true);
    expect(judgeName(value, 'column').business).toBe(true);
  });

  it.each([['Jane Dawson'], ['Sara Ag'], ['Co Jones'], ['Jean-Pierre Sa'], ['1012 AB Amsterdam'], ['AS SOON AS POSSIBLE'], ['We ship to 4821 Asa Pike']])('%s has no legal form', (value) => {
    expect(hasLegalForm(value)).toBe(false);
  });

  it('recognises firms named after partners, but not product variants written with a dash', () => {
    expect(looksLikeBusinessName('Wooden Puzzle - Charcoal')).toBe(false);
    expect(looksLikeBusinessName('Hills, Gleichner and Bernier')).toBe(true);
    expect(looksLikeBusinessName('Bartoletti and Sons')).toBe(true);
    expect(looksLikeBusinessName('Jane Dawson')).toBe(false);
  });

  it.each([['Max Mustermann'], ['John Doe'], ['Jane Doe']])('%s is a placeholder, not a customer', (value) => {
    expect(judgeName(value, 'column').ok).toBe(false);
  });

  it('normalizes "Dawson, Jane" and "Jane Dawson" alike', () => {
    expect(normalizeName('Dawson, Jane')).toBe(normalizeName('Jane Dawson'));
    expect(normalizeName('Chloé Müller')).toBe('chloe muller');
  });

  it('knows real given names across the six languages, and which are also words', () => {
    for (const n of ['Olivia', 'Lukas', 'Chloé', 'Giulia', 'Mateo', 'Daan', 'Jeroen', 'Siobhan', 'Jürgen', 'Élodie']) expect(isGivenName(n)).toBe(true);
    for (const w of ['Mug', 'Ceramic', 'Invoice']) expect(isGivenName(w)).toBe(false);
    expect(isGivenName('Rose')).toBe(true);
    expect(isDistinctiveGivenName('Rose')).toBe(false);
  });
});
