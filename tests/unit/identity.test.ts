// The seller's own details are never counted: emails (and their own domain), phones in any
// writing, addresses by street or postcode, and the business name.
import { describe, expect, it } from 'vitest';
import type { SellerIdentity } from '../../shared/types.js';
import { emptyIdentity } from '../../shared/types.js';
import type { Hit } from '../../electron/engine/analyze/hit.js';
import { hitGate, normalizeBusinessName, ownIdentity } from '../../electron/engine/analyze/identity.js';
import { normalizeAddress } from '../../electron/engine/recognizers/address.js';

const seller: SellerIdentity = {
  businessNames: ['Widgets Ltd'],
  emails: ['hello@widgets.co.uk', 'jane.widgets@gmail.com'],
  phones: ['+44 20 7946 0958'],
  addresses: ['1 High Street, London EC1A 1BB'],
};

describe('seller identity', () => {
  const own = ownIdentity(seller);

  it.each([
    ['email', 'hello@widgets.co.uk', 'the same address'],
    ['email', 'HELLO@WIDGETS.CO.UK', 'in capitals'],
    ['email', 'orders@widgets.co.uk', "another mailbox at the seller's own domain"],
    ['email', 'jane.widgets@gmail.com', 'a webmail address listed in the settings'],
    ['phone', '+442079460958', 'E.164 as recognizers normalize it'],
    ['phone', '02079460958', 'national digits'],
    ['address', '1 High St, London EC1A 1BB', 'the street abbreviated'],
    ['address', 'London EC1A 1BB', 'the postcode line alone'],
    ['address', '1 High Street', 'the street line alone'],
    ['name', 'WIDGETS LIMITED', 'the business name in another spelling'],
  ] as const)('%s %s is the seller’s own (%s)', (category, value, _why) => {
    const normalized = category === 'address' ? normalizeAddress(value) : category === 'email' ? value.toLowerCase() : value;
    expect(own.isOwn(category, value, normalized)).toBe(true);
  });

  it.each([
    ['email', 'jane.dawson@gmail.com', 'another webmail user'],
    ['phone', '+447700912345', 'another number'],
    ['address', '12 Mill Lane, Brighton BN1 4GH', 'another address'],
    ['name', 'Jane Widgetson', 'a customer whose name contains the business word'],
  ] as const)('%s %s is not the seller’s (%s)', (category, value, _why) => {
    const normalized = category === 'address' ? normalizeAddress(value) : category === 'email' ? value.toLowerCase() : value;
    expect(own.isOwn(category, value, normalized)).toBe(false);
  });

  it('knows an Irish seller\'s own number written nationally, which also reads as a Palermo number', () => {
    const irish = ownIdentity({ businessNames: [], emails: [], phones: ['+353 91 563482'], addresses: [] });
    // '091 563482' is valid in Italy too: the recognizer may normalize it to +39 091 563482.
    expect(irish.isOwn('phone', '091 563482', '+39091563482')).toBe(true);
    expect(irish.isOwn('phone', '(091) 563 482', '+35391563482')).toBe(true);
    expect(irish.isOwn('phone', '091 563483', '+39091563483')).toBe(false);
  });

  it('finds the business name inside a letterhead line', () => {
    expect(own.namesOwnBusiness('Widgets Ltd · 1 High Street · London')).toBe(true);
    expect(own.namesOwnBusiness('Jane Dawson')).toBe(false);
  });

  it('normalizes business names without legal forms and punctuation', () => {
    expect(normalizeBusinessName('Widgets Ltd.')).toBe('widgets');
    expect(normalizeBusinessName('Müller GmbH & Co. KG')).toBe('muller');
  });

  it('an empty identity owns nothing', () => {
    const none = ownIdentity(emptyIdentity());
    expect(none.empty).toBe(true);
    expect(none.isOwn('email', 'hello@widgets.co.uk', 'hello@widgets.co.uk')).toBe(false);
  });

  it('the gate drops own values and hits below the threshold', () => {
    const added: Hit[] = [];
    const gate = hitGate({ add: (h) => added.push(h) }, { identity: seller, minConfidence: 0.5, phoneRegions: [] });
    const hit = (category: Hit['category'], value: string, normalized: string, confidence: number): Hit => ({ category, value, normalized, confidence, where: { line: 1 }, recordKey: 'r' });
    gate(hit('email', 'hello@widgets.co.uk', 'hello@widgets.co.uk', 0.9));
    gate(hit('email', 'jane.dawson@gmail.com', 'jane.dawson@gmail.com', 0.4));
    gate(hit('email', 'jane.dawson@gmail.com', 'jane.dawson@gmail.com', 0.9));
    expect(added.map((h) => h.value)).toEqual(['jane.dawson@gmail.com']);
  });
});
