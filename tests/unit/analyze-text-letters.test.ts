// Letters and mails as people write them: an address block whose street has no street-type word
// ("136 Kingsway") above its town and postcode lines, and the addressee above it; the writer's full
// name under a closing formula ("Groetjes,", "Kind regards,"), unless a firm signs.
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

const values = (hits: Hit[], category: Hit['category']) => hits.filter((h) => h.category === category).map((h) => h.value);

describe('address blocks in letters', () => {
  it.each([
    ['Oliver Price\n45 Broadway\nBristol\nBS1 4DJ', 'Oliver Price', '45 Broadway, Bristol, BS1 4DJ'],
    ['Emily Clarke\n7 Highfield\nYork\nYO1 7HH\n\nDear Ms Clarke,', 'Emily Clarke', '7 Highfield, York, YO1 7HH'],
    ['Ship to:\nFreya Evans\nFlat 7\n123 Kingsway\nGlasgow\nG41 2PE', 'Freya Evans', '123 Kingsway, Glasgow, G41 2PE'],
    ['Noah Fischer\nLindenhof 3\n10115 Berlin', 'Noah Fischer', 'Lindenhof 3, 10115 Berlin'],
    // A flat or floor on a line of its own between the street and the postcode.
    ['Shop · 11 avenue Foch · 69006 Lyon\nMaas Bos\nOranjestraat 24\n2-hoog\n2555 DN Den Haag\nNETHERLANDS', 'Maas Bos', 'Oranjestraat 24, 2-hoog, 2555 DN Den Haag'],
    ['Lena Hoffmann\nGartenstraße 12\n3. OG\n80331 München', 'Lena Hoffmann', 'Gartenstraße 12, 3. OG, 80331 München'],
  ])('a bare street above its town and postcode: %s', (text, name, address) => {
    const hits = analyze(text);
    expect(values(hits, 'name')).toContain(name);
    expect(values(hits, 'address')).toEqual([address]);
  });

  it.each([
    // A firm's letterhead: its address is the business's.
    'Kiln & Thread Ltd\n12 Harbour View\nBristol\nBS1 4DJ',
    // Words and a count above a town are not a street ("3 Colours" is a product line).
    'Available now\n3 Colours\nBristol\nwhile stocks last',
  ])('not a customer address: %s', (text) => {
    expect(values(analyze(text), 'address')).toEqual([]);
  });
});

describe('signatures under a closing formula', () => {
  it.each([
    ['Kunnen jullie het pakket sturen?\n\nGroetjes,\nLotte Bakker', 'Lotte Bakker'],
    ['Thanks for the quick reply!\nKind regards,\nThomas Wright', 'Thomas Wright'],
    ['Viele Grüße\nJonas Weber\n0171 2345678', 'Jonas Weber'],
    ['Cordialement,\nCamille Laurent', 'Camille Laurent'],
    ['Pozdrawiam\nMarta Nowak', 'Marta Nowak'],
    ['Un saludo,\nLucía Fernández Ortega', 'Lucía Fernández Ortega'],
    ['Cordiali saluti\nGiulia Rossi\nSent from my iPhone', 'Giulia Rossi'],
  ])('the writer of a mail: %s', (text, name) => {
    expect(values(analyze(text), 'name')).toEqual([name]);
  });

  it.each([
    'Kind regards,\nTom Hughes\nBrightwell Packaging Ltd\n4 Industrial Estate Road, Leeds LS6 2AB', // a supplier's employee
    'Kind regards\nSales team\nBrightwell Packaging', // a team, not a person
    'Best wishes,\nAnna Becker\norders@kilnandthread.de', // a shared mailbox: the shop writing
    'Viele Grüße\nAnna Becker\nwww.kilnandthread.de', // a web address: the shop writing
    'Kind regards,\nAnna', // a first name alone is too little
    'Thanks,\nSee you soon', // not a name
  ])('not a customer: %s', (text) => {
    expect(values(analyze(text), 'name')).toEqual([]);
  });
});
