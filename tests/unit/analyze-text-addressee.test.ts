// Whom a cue line names: "Buyer: <mail address>" is a customer even when the mailbox is at a
// marketplace's or a mail provider's domain; "Ship To: Amazon.co.uk (LTN1)" or a firm is a business.
import { describe, expect, it } from 'vitest';
import { emptyIdentity, type Where } from '../../shared/types.js';
import { analyzeText } from '../../electron/engine/analyze/text.js';
import type { Hit } from '../../electron/engine/analyze/hit.js';

function analyze(text: string): Hit[] {
  const hits: Hit[] = [];
  const units = text.split('\n').map((line, i) => ({ text: line, where: { line: i + 1 } as Where })).filter((u) => u.text.trim().length > 0);
  analyzeText({ type: 'text', units }, { add: (h) => hits.push(h) }, { identity: emptyIdentity(), minConfidence: 0.5, phoneRegions: [] });
  return hits;
}

const categories = (hits: Hit[]) => [...new Set(hits.map((h) => h.category))].sort();

describe('the addressee after a cue', () => {
  it.each([
    ['Buyer: oliver.hughes@gmail.com', ['email']],
    ['Customer: Oliver Hughes <o.hughes@gmail.com>', ['email', 'name']],
    ['Käufer: m.schneider@web.de', ['email']],
    ['Buyer: 9zq8x7w6v5@members.ebay.co.uk', ['email']], // an eBay buyer relay
    ['Ship to: 5x9kq2mvl7ptwz3@marketplace.amazon.co.uk', ['email']], // an Amazon buyer relay
  ])('a mail address after the cue is the customer\'s: %s', (text, expected) => {
    expect(categories(analyze(text))).toEqual(expected);
  });

  it.each([
    'Ship To: Amazon.co.uk (LTN1), Marston Gate, Ridgmont MK43 0ZA',
    'Ship to: Brightwell Packaging Ltd <orders@brightwell.co.uk>\n12 Mill Lane\nBrighton BN1 4GH',
    'Sold to: shop.example.de, 12 Mill Lane, Brighton BN1 4GH',
  ])('a firm or a web name after the cue is a business: %s', (text) => {
    expect(analyze(text)).toEqual([]);
  });
});

describe('a cue, a name and an address on one line', () => {
  const values = (hits: Hit[], category: Hit['category']) => hits.filter((h) => h.category === category).map((h) => h.value);
  it.each([
    ['Delivery address: Piotr Lewandowski, 12 Mill Lane, Brighton BN1 4GH', 'Piotr Lewandowski'],
    ['Bezorgadres: Daan de Vries, Kerkstraat 12, 1012 AB Amsterdam', 'Daan de Vries'],
    ['Spedire a: Giulia Rossi, Via Roma 10, 00184 Roma', 'Giulia Rossi'],
    ['Livré à : Camille Laurent, 5 rue de la Paix, 75002 Paris', 'Camille Laurent'],
  ])('the words between the cue and the address are the name: %s', (text, name) => {
    const hits = analyze(text);
    expect(values(hits, 'name')).toEqual([name]);
    expect(values(hits, 'address')).toHaveLength(1);
  });
});
