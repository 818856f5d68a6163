// Email recognizer, table-driven: each case says why it must (or must not) be an address.
import { describe, expect, it } from 'vitest';
import { emailKind, emailRecognizer, findEmails, isValidDomain } from '../../electron/engine/recognizers/email.js';

const THRESHOLD = 0.5;

describe('email recognizer', () => {
  it.each([
    ['jane.dawson@gmail.com', 'jane.dawson@gmail.com', 'plain personal address'],
    ['Contact: Anna.Schmidt@web.de.', 'Anna.Schmidt@web.de', 'sentence full stop is not part of the domain'],
    ['<giulia_rossi@libero.it>', 'giulia_rossi@libero.it', 'angle brackets of a mail header'],
    ['c.dupont+shop@orange.fr', 'c.dupont+shop@orange.fr', 'plus-addressing is kept'],
    ['mailto:pieter@bakker.nl', 'pieter@bakker.nl', 'mailto: prefix is not part of the local part'],
    ['JOSE.GARCIA@CORREO.ES', 'JOSE.GARCIA@CORREO.ES', 'upper case'],
    ['jürgen@müller.de', 'jürgen@müller.de', 'internationalised address'],
    ['5x9kq2mvl7ptwz3@marketplace.amazon.co.uk', '5x9kq2mvl7ptwz3@marketplace.amazon.co.uk', 'Amazon buyer relay'],
    ['a1b2c3d4e5@members.ebay.com', 'a1b2c3d4e5@members.ebay.com', 'eBay member relay'],
    ['olivia@harper.shop', 'olivia@harper.shop', 'new gTLD from the IANA list'],
  ])('finds %s', (text, value, _why) => {
    const matches = emailRecognizer.detect(text);
    expect(matches.map((m) => m.value)).toEqual([value]);
    expect(matches[0]!.confidence).toBeGreaterThanOrEqual(THRESHOLD);
    expect(matches[0]!.normalized).toBe(value.toLowerCase());
  });

  it.each([
    ['logo@2x.png', 'png is a file type, not a top-level domain'],
    ['a@b.c', 'one-letter TLD does not exist'],
    ['user@localhost', 'no TLD'],
    ['price @ 5.99 each', 'an at-sign in prose'],
    ['@janedawson', 'a social handle'],
    ['jane..dawson@gmail.com', 'two dots in a row are invalid'],
    ['https://user:secret@files.example.net/x', 'credentials in a URL'],
    ['jane@-gmail.com', 'a label may not start with a hyphen'],
    ['jane@gmail.123', 'numeric TLD'],
  ])('does not find an address in %s', (text, _why) => {
    expect(emailRecognizer.detect(text)).toEqual([]);
  });

  it.each([
    ['info@widgets-shop.com', 'role'],
    ['no-reply@shop.de', 'role'],
    ['bestellungen@laden.de', 'role'],
    ['service.client@boutique.fr', 'role'],
    ['marie.service@orange.fr', 'personal'],
    ['ventas@tienda.es', 'role'],
    ['jane@example.com', 'reserved'],
    ['x@marketplace.amazon.de', 'relay'],
    ['jane.dawson@gmail.com', 'personal'],
  ] as const)('%s is a %s mailbox', (address, kind) => {
    expect(emailKind(address)).toBe(kind);
  });

  it('scores role and reserved addresses below the threshold so they never count alone', () => {
    for (const text of ['info@widgets-shop.com', 'sales@brightwell.co.uk', 'jane@example.com']) {
      for (const m of emailRecognizer.detect(text)) expect(m.confidence).toBeLessThan(THRESHOLD);
    }
  });

  it('finds several addresses in one line with their offsets', () => {
    const text = 'To: a.b@gmail.com, c.d@yahoo.fr';
    const found = findEmails(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['a.b@gmail.com', 'c.d@yahoo.fr']);
  });

  it('checks domains against the IANA list', () => {
    expect(isValidDomain('example.co.uk')).toBe(true);
    expect(isValidDomain('example.notatld')).toBe(false);
  });
});
