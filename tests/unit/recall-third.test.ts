// Rules added for layouts the third corpus showed the engine missing (or misreading): forms laid
// out as label and value cells, gift-card and SMS columns, bare numbers in call notes, names in
// note columns and list items, town lists, placeholder streets. Small inline examples only.
import { describe, expect, it } from 'vitest';
import { emptyIdentity, type SellerIdentity, type Where } from '../../shared/types.js';
import type { Hit } from '../../electron/engine/analyze/hit.js';
import { analyzeTable } from '../../electron/engine/analyze/table.js';
import { analyzeText } from '../../electron/engine/analyze/text.js';
import { isPlaceholderAddress, looksLikeStreetCell } from '../../electron/engine/recognizers/address.js';
import { hasLegalForm } from '../../electron/engine/recognizers/legal-forms.js';
import { CALLED_NUMBER_SAMPLES, findCalledNumbers } from '../../electron/engine/recognizers/called-numbers.js';
import { classifyHeader } from '../../electron/engine/recognizers/columns.js';
import { formField } from '../../electron/engine/recognizers/labelled-fields.js';
import { BASE_PHONE_REGIONS } from '../../electron/engine/recognizers/phone.js';
import { findStreets } from '../../electron/engine/recognizers/streets.js';

function text(lines: string, identity: SellerIdentity = emptyIdentity()): Hit[] {
  const hits: Hit[] = [];
  const units = lines
    .split('\n')
    .map((line, i) => ({ text: line, where: { line: i + 1 } as Where }))
    .filter((u) => u.text.trim().length > 0);
  analyzeText({ type: 'text', units }, { add: (h) => hits.push(h) }, { identity, minConfidence: 0.5, phoneRegions: [] });
  return hits;
}

function table(rows: string[][]): Hit[] {
  const hits: Hit[] = [];
  analyzeTable({ type: 'table', sheet: 'Sheet1', rows }, { add: (h) => hits.push(h) }, { identity: emptyIdentity(), minConfidence: 0.5, phoneRegions: [] });
  return hits;
}

const categories = (hits: Hit[]) => [...new Set(hits.map((h) => h.category))].sort();
const values = (hits: Hit[], category: Hit['category']) => hits.filter((h) => h.category === category).map((h) => h.value);

const SELLER: SellerIdentity = { businessNames: ['Kiln & Thread'], emails: [], phones: [], addresses: [] };

describe('forms laid out as label and value cells', () => {
  it('reads a filled-in returns form under the seller’s own title as the customer’s', () => {
    const hits = text(
      [
        'Kiln & Thread — Returns form',
        'Please fill in and put this form in the parcel.',
        'Order number\t#2231',
        'Your name\tKeziah Ortwin',
        'Your email\tk.ortwin@gmx.net',
        'Address\tKerkstraat 12, 1012 AB Amsterdam',
        'Reason\ttoo big',
      ].join('\n'),
      SELLER,
    );
    expect(values(hits, 'name')).toEqual(['Keziah Ortwin']);
    expect(categories(hits)).toEqual(['address', 'email', 'name']);
    // The label cell is not part of the street.
    expect(values(hits, 'address')[0]).toMatch(/^Kerkstraat 12/);
  });

  it('reads a name beside a "Name:" label cell whatever the given name', () => {
    expect(values(text('Custom order\n\nName:\tKeziah Ortwin\nBrief:\tEngraved initials on the lid'), 'name')).toEqual(['Keziah Ortwin']);
  });

  it('leaves a supplier’s letterhead over a contact form out, and products beside a "Name" label', () => {
    expect(text('Brightwell Packaging Ltd\nName\tTom Hughes\nPhone\t0113 496 0123')).toEqual([]);
    expect(text('Product sheet\nName\tRose Gold Ring\nPrice\t24.00')).toEqual([]);
  });

  it('leaves the seller’s own contact card out: its labels do not ask anyone to fill them in', () => {
    expect(text('Kiln & Thread\nContact person\tAnna Berg\nPhone\t0113 496 0123', SELLER)).toEqual([]);
  });

  it('takes only two-cell rows whose label names a customer’s field', () => {
    expect(formField('Your name\tKeziah Ortwin')?.meaning.role).toBe('name');
    expect(formField('Supplier email\torders@brightwell.example')).toBeUndefined();
    expect(formField('Order number\t#2231')).toBeUndefined();
    expect(formField('Name\tKeziah Ortwin\tsigned')).toBeUndefined();
  });
});

describe('column headers', () => {
  it('reads "Card to" and gift recipients as names, "SMS" as phones', () => {
    expect(classifyHeader('Card to')?.role).toBe('name');
    expect(classifyHeader('Gift recipient')?.role).toBe('name');
    expect(classifyHeader('Gift message')?.role).toBe('note');
    expect(classifyHeader('SMS')?.role).toBe('phone');
    expect(classifyHeader('SMS consent')?.role).toBe('other');
    expect(classifyHeader('Card token')).toBeUndefined();
  });

  it('finds the names of a gift-note sheet', () => {
    const hits = table([
      ['Order', 'Gift wrap', 'Card to', 'Message'],
      ['3012345678', 'yes', 'Olivia Harper', 'Happy birthday!'],
      ['3012345679', 'yes', 'Tomasz Nowak', 'Thinking of you'],
    ]);
    expect(values(hits, 'name')).toEqual(['Olivia Harper', 'Tomasz Nowak']);
  });
});

describe('bare numbers in call notes', () => {
  it('finds a number written as bare digits on a line that says to call', () => {
    for (const line of CALLED_NUMBER_SAMPLES.positive) expect(findCalledNumbers(line, BASE_PHONE_REGIONS), line).toHaveLength(1);
    expect(categories(text('Ring back re order 12-34567-89012 (lid cracked) - after 5pm - 2125550143'))).toEqual(['phone']);
  });

  it('leaves ids alone, and bare digits on lines that say nothing of calling', () => {
    for (const line of CALLED_NUMBER_SAMPLES.negative) expect(findCalledNumbers(line, BASE_PHONE_REGIONS), line).toEqual([]);
    expect(text('Batch 2125550143 packed')).toEqual([]);
    expect(text('Call us on 2125550143, Mon–Fri 9–5')).toEqual([]);
  });
});

describe('names in notes and lists', () => {
  it('reads the name in the cell before a labelled phone ("date  name  tel …")', () => {
    const hits = text('PHONE ORDERS\n\n12/03/2024  Olivia Harper  tel 020 7946 0958\n    Ceramic mug x1 - paid by card over phone');
    expect(values(hits, 'name')).toEqual(['Olivia Harper']);
  });

  it('reads a list item’s name after a social handle, with the "Ship to" line indented under it', () => {
    const hits = text('## Giveaway winners\n\n1. @olivia.makes — Olivia Harper\n   Ship to: 12 Mill Lane, Brighton BN1 4GH\n   - [ ] posted\n');
    expect(values(hits, 'name')).toEqual(['Olivia Harper']);
    expect(new Set(hits.map((h) => h.recordKey)).size).toBe(1);
  });

  it('does not count one name-like list item without any contact', () => {
    expect(values(text('1. @olivia.makes — Olivia Harper\n2. restock tape'), 'name')).toEqual([]);
  });
});

describe('addresses', () => {
  it('does not read a list of towns with counts as a street above a postcode', () => {
    expect(text('City\tOrders\nLondon\t180\nParis\t95\nLyon\t123\nAmsterdam\t57\nMadrid\t12')).toEqual([]);
  });

  it('never lets a street name run across a tab', () => {
    expect(findStreets('Address\tKerkstraat 12').map((s) => s.value)).toEqual(['Kerkstraat 12']);
  });

  it('does not take a template’s placeholder street for a street cell', () => {
    expect(looksLikeStreetCell('Musterstraße 1')).toBe(false);
    expect(looksLikeStreetCell('Hauptstraße 5')).toBe(true);
    expect(isPlaceholderAddress('Musterstadt')).toBe(true);
  });
});

describe('chat transcripts', () => {
  it('reads the address a visitor gives, with its Irish county, and the name an order is under', () => {
    const hits = text(
      [
        'Chat transcript — Kiln & Thread website',
        '',
        '[10:00] Visitor 7234: hi, my parcel says delivered but it isn’t here',
        '[10:01] Support: Sorry to hear that! Could you give me the order number and the delivery address?',
        '[10:02] Visitor 7234: order #1234',
        '[10:03] Visitor 7234: it should have gone to 12 Lower Grange Road, Ballincollig, Co. Cork, P31 KX82',
        "[10:04] Visitor 7234: it's under the name Aoife Kavanagh",
      ].join('\n'),
      SELLER,
    );
    expect(values(hits, 'address')).toEqual(['12 Lower Grange Road, Ballincollig, Co. Cork, P31 KX82']);
    expect(values(hits, 'name')).toEqual(['Aoife Kavanagh']);
  });
});

describe('legal forms', () => {
  it('reads "Co." before an Irish county as the county, not a company', () => {
    expect(hasLegalForm('12 Lower Grange Road, Ballincollig, Co. Cork, P31 KX82')).toBe(false);
    expect(hasLegalForm('Müller GmbH & Co. KG')).toBe(true);
    expect(hasLegalForm('Brightwell & Co. KG, Cork')).toBe(true);
  });
});
