// Text analysis: blocks of lines around one person, names after cues and in shipping blocks,
// street and postcode lines merged, business blocks (letterheads, footers, suppliers) left out.
import { describe, expect, it } from 'vitest';
import type { Where } from '../../shared/types.js';
import { emptyIdentity, type SellerIdentity } from '../../shared/types.js';
import { analyzeText } from '../../electron/engine/analyze/text.js';
import type { Hit } from '../../electron/engine/analyze/hit.js';

function analyze(text: string, options: { pages?: boolean; identity?: SellerIdentity } = {}): Hit[] {
  const hits: Hit[] = [];
  const units = text
    .split('\n')
    .map((line, i) => ({ text: line, where: (options.pages ? { page: 1 } : { line: i + 1 }) as Where }))
    // The PDF reader drops empty lines; the text reader keeps their numbers.
    .filter((u) => u.text.trim().length > 0);
  analyzeText({ type: 'text', units }, { add: (h) => hits.push(h) }, { identity: options.identity ?? emptyIdentity(), minConfidence: 0.5, phoneRegions: [] });
  return hits;
}

const values = (hits: Hit[], category: Hit['category']) => hits.filter((h) => h.category === category).map((h) => h.value);
const records = (hits: Hit[]) => new Set(hits.map((h) => h.recordKey)).size;

const INVOICE = `Brightwell Packaging Ltd
4 Industrial Estate Road
Leeds LS6 2AB
VAT GB 123 4567 89
INVOICE 10023
Bill to:
Jane Dawson
12 Mill Lane
Brighton BN1 4GH
Ship to:
Jane Dawson
12 Mill Lane
Brighton BN1 4GH
2 Ceramic mug, 350 ml £12.99
Total £25.98
Thank you for your order! www.brightwell.co.uk`;

describe('text analysis', () => {
  it('reads an invoice: one customer in two blocks, the supplier letterhead left out', () => {
    const hits = analyze(INVOICE, { pages: true });
    expect(new Set(values(hits, 'name'))).toEqual(new Set(['Jane Dawson']));
    expect(new Set(values(hits, 'address'))).toEqual(new Set(['12 Mill Lane, Brighton BN1 4GH']));
    expect(records(hits)).toBe(1);
    expect(hits.every((h) => 'page' in h.where && h.where.page === 1)).toBe(true);
  });

  it('reads a US packing slip with a weak street suffix under its city line', () => {
    const hits = analyze(`PACKING SLIP
Order #114-1234567-1234567
Ship To:
Michael Johnson
8237 Kuhn Mill Apt. 123
Springfield, IL 62704
Phone: (415) 555-2671
Rose Gold Ring 18ct  RG-18  1`);
    expect(values(hits, 'name')).toEqual(['Michael Johnson']);
    expect(values(hits, 'address')).toEqual(['8237 Kuhn Mill, Springfield, IL 62704']);
    expect(values(hits, 'phone')).toEqual(['(415) 555-2671']);
    expect(records(hits)).toBe(1);
  });

  it.each([
    ['de', 'Lieferadresse:\nLukas Becker\nBahnhofstr. 12a\n10115 Berlin', 'Lukas Becker', 'Bahnhofstr. 12a, 10115 Berlin'],
    ['fr', 'Adresse de livraison :\nMarie Dubois\n5 rue de la Paix\n75002 Paris', 'Marie Dubois', '5 rue de la Paix, 75002 Paris'],
    ['es', 'Dirección de envío:\nJosé García López\nCalle Mayor 12\n28013 Madrid', 'José García López', 'Calle Mayor 12, 28013 Madrid'],
    ['it', 'Indirizzo di spedizione:\nGiulia Rossi\nVia Roma 10\n00184 Roma', 'Giulia Rossi', 'Via Roma 10, 00184 Roma'],
    ['nl', 'Afleveradres:\nDaan de Vries\nKerkstraat 12\n1012 AB Amsterdam', 'Daan de Vries', 'Kerkstraat 12, 1012 AB Amsterdam'],
    ['de, street without type word', 'Empfänger:\nAnna Schmidt\nLindenhof 3\n04109 Leipzig', 'Anna Schmidt', 'Lindenhof 3, 04109 Leipzig'],
  ])('reads a shipping block (%s)', (_language, text, name, address) => {
    const hits = analyze(text);
    expect(values(hits, 'name')).toEqual([name]);
    expect(values(hits, 'address')).toEqual([address]);
    expect(records(hits)).toBe(1);
  });

  it('finds the addressee above a street without any cue', () => {
    const hits = analyze('Olivia Harper\n12 Mill Lane\nBrighton BN1 4GH');
    expect(values(hits, 'name')).toEqual(['Olivia Harper']);
  });

  it('counts one record per line of a contact list', () => {
    const hits = analyze(`Customers
Jane Dawson, jane.dawson@gmail.com, 07700 912345
Lukas Becker, lukas.becker@web.de, +49 171 1234567
Marie Dubois, marie.dubois@orange.fr, 06 12 34 56 78`);
    expect(values(hits, 'email')).toHaveLength(3);
    expect(values(hits, 'phone')).toHaveLength(3);
    expect(values(hits, 'name')).toEqual(['Jane Dawson', 'Lukas Becker', 'Marie Dubois']);
    expect(records(hits)).toBe(3);
  });

  it('keeps a mail from a customer as one record, signature included', () => {
    const hits = analyze(`From: Giulia Rossi <giulia.rossi@libero.it>
To: orders@myshop.it
Subject: Ordine 1234

Buongiorno, vorrei cambiare l'indirizzo in Via Roma 10, 00184 Roma.

Grazie, Giulia
Cell. 333 123 4567`);
    expect(values(hits, 'email')).toEqual(['giulia.rossi@libero.it']);
    expect(values(hits, 'phone')).toEqual(['333 123 4567']);
    expect(values(hits, 'address')).toEqual(['Via Roma 10, 00184 Roma']);
    expect(records(hits)).toBe(1);
  });

  it.each([
    ['a catalogue', `Spring Catalogue 2026
Rose Gold Ring 18ct — £129.00 — EAN 4006381333931
3 Piece Garden Set, oak — £349.00
Summer Dress, size 12 — £39.00
Order hotline: 020 7946 0958 (Mon–Fri 9–5)
Contact us: sales@myshop.co.uk
www.myshop.co.uk`],
    ['a price list', 'SKU;Product;Price;Stock\nMUG-350;Ceramic mug 350 ml;12,99;140\n4006381333931;Gift card;25,00;999'],
    ['a supplier letterhead', `Nordlicht Verpackung GmbH
Industriestraße 4
20095 Hamburg
Tel. +49 40 1234567
info@nordlicht-verpackung.de
Geschäftsführer: Hans Meier, Amtsgericht Hamburg HRB 12345`],
    ['a sender block', 'Sold by:\nAtlas Imports\n4 Market Square\nYork YO1 8AA\nTel 01904 123456'],
    ['a shop footer', 'Registered office: 1 High Street, London EC1A 1BB. Registered in England No. 01234567'],
    ['a greeting to nobody', 'Dear Customer,\nthank you for your order.'],
  ])('finds nothing in %s', (_what, text) => {
    expect(analyze(text, { pages: true })).toEqual([]);
  });

  it('reads a chat where the seller and the customer take turns', () => {
    const identity: SellerIdentity = { businessNames: ['Kiln & Thread'], emails: [], phones: [], addresses: [] };
    const hits = analyze(`[27/05/2024, 19:14:21] Messages and calls are end-to-end encrypted.
[27/05/2024, 19:44:51] +353 83 307 8043: Hi! Is the sage mug still available?
[27/05/2024, 20:17:00] Kiln & Thread: Hi, yes it is! Would you like me to post it?
[27/05/2024, 20:32:27] +353 83 307 8043: Yes please. 83 Shop Street, Salthill, Cork T12 K92X
[27/05/2024, 22:00:25] +353 83 307 8043: Send it to saphira_kempe@eircom.net please`, { identity });
    expect(new Set(values(hits, 'phone'))).toEqual(new Set(['+353 83 307 8043']));
    expect(values(hits, 'address')).toEqual(['83 Shop Street, Salthill, Cork T12 K92X']);
    expect(values(hits, 'email')).toEqual(['saphira_kempe@eircom.net']);
  });

  it('finds names standing alone in a list when there are several', () => {
    const hits = analyze(`# Returns to process

- [ ] #8793 Mirac Hartlieb – too small, refund £24.50
- [ ] #2055 Femke de Corte – too small, refund £12
- [ ] #3240 Tremaine Effertz – cracked, refund £24.50`);
    expect(values(hits, 'name')).toEqual(['Mirac Hartlieb', 'Femke de Corte', 'Tremaine Effertz']);
    expect(analyze('- Emma Armchair – Grey – £299\n- Oscar Side Table – Oak')).toEqual([]);
  });

  it('finds a bare mobile number, as written in Spain, inside a block about a person', () => {
    const hits = analyze('From: Rebeca Frías Collazo <rebeca.f@me.com>\n646505265');
    expect(values(hits, 'phone')).toEqual(['646505265']);
    expect(values(analyze('Pedido 646505265'), 'phone')).toEqual([]);
  });

  it('ignores documentation examples and placeholders', () => {
    expect(analyze(`| name | email | street | postcode | city |
|---|---|---|---|---|
| Max Mustermann | max.mustermann@example.com | Musterstraße 1 | 12345 | Musterstadt |

Phone numbers must start with the country code, e.g. +49 30 123456 (example).`)).toEqual([]);
  });

  it('does not count the display name of a shared or system mailbox', () => {
    expect(analyze('From: DHL Paket <noreply@dhl.de>\nTo: Kiln & Thread <orders@kilnandthread.ie>')).toEqual([]);
    expect(analyze('From: Amazon Seller Notifications <seller-notification@amazon.co.uk>')).toEqual([]);
  });

  it('leaves a fulfilment centre named after a shipping cue alone', () => {
    expect(analyze('Ship To\tAmazon.co.uk (LTN1), Marston Gate, Ridgmont, Bedford, MK43 0ZA, GB')).toEqual([]);
  });

  it('reads a letter: the seller\'s one-line letterhead, then the addressee over street, town and Eircode', () => {
    const hits = analyze(`Harbour & Pine · Emmastraat 20 · 3547 SR Utrecht
Plinio La Manna
36 Richmond Hill
Dublin 8
D08 CTFH
IRELAND
Dear Plinio,`);
    expect(values(hits, 'name')).toEqual(['Plinio La Manna']);
    expect(values(hits, 'address')).toEqual(['36 Richmond Hill, Dublin 8, D08 CTFH']);
  });

  it('keeps two street lines apart: products named after streets are not one address', () => {
    const hits = analyze(`sse_5043\tCarnaby Street Tote\t395274731768\t60.59
BTS-614-NAT\t221B Baker Street Art Print A4\t254864835036\t51.85`);
    expect(hits).toEqual([]);
  });

  it('does not take the rest of a signature for customer data', () => {
    expect(analyze('Dear customer,\nThank you for shopping with us.\nKiln & Thread\norders@kilnandthread.ie\n+353 1 234 5678')).toEqual([]);
  });

  it('reads XML exports by their element names, first and last name joined', () => {
    const hits = analyze(`<Bestellungen>
  <Bestellung nr="233805">
    <Kunde>
      <Vorname>Olivia</Vorname>
      <Nachname>Lang</Nachname>
      <Strasse>3/39 King Street</Strasse>
      <PLZ>6160</PLZ>
      <Ort>Fremantle</Ort>
      <Email>lang.olivia@gmail.com</Email>
    </Kunde>
    <Summe>120.57</Summe>
  </Bestellung>
  <Bestellung nr="249470">
    <Kunde>
      <Vorname>Davon</Vorname>
      <Nachname>Lindgren</Nachname>`);
    expect(values(hits, 'name')).toEqual(['Olivia Lang', 'Davon Lindgren']);
    expect(values(hits, 'address')).toEqual(['3/39 King Street, 6160, Fremantle']);
    expect(records(hits)).toBe(2);
  });

  it('reads a table written as text under its header line', () => {
    const hits = analyze('data|N. ordine|destinatario|Cod. art.|Motivo|Rimborso\n2023-09-22|592487|Remo Fioravanti|cm_7104|damaged|83.8');
    expect(values(hits, 'name')).toEqual(['Remo Fioravanti']);
    expect(analyze('SKU|Product|Price\nMUG-350|Emma Bridgewater Mug|12.99')).toEqual([]);
  });

  it.each([
    ['a vCard', 'BEGIN:VCARD\nVERSION:3.0\nN:Martin;Azeline;;;\nFN:Azeline Martin\nEMAIL;TYPE=INTERNET:azeline.m@gmail.com\nEND:VCARD', 'Azeline Martin'],
    ['a chat export', '[01/08/2023, 19:12:53] William Erdman: Hiya, do you still have the candle?', 'William Erdman'],
    ['a to-do list', 'TODO\n- call back Gustavo Espinosa Matos on +34602383446 re: broken lid', 'Gustavo Espinosa Matos'],
  ])('finds the name in %s', (_what, text, name) => {
    expect(values(analyze(text), 'name')).toContain(name);
  });

  it('takes a bare number right after a phone label', () => {
    expect(values(analyze('TELEFONO:\t384401304'), 'phone')).toEqual(['384401304']);
  });

  it("treats mail at an organisation's own domain as a business contact", () => {
    const hits = analyze(`Brightwell Packaging
Your account manager: John Smith <john.smith@brightwell.co.uk>

Questions? sales@brightwell.co.uk`);
    expect(hits).toEqual([]);
    // …but the same kind of address with no sign of a firm behind it is a customer's.
    expect(values(analyze('Contact: Olivia Harper <olivia@harper-family.net>'), 'email')).toEqual(['olivia@harper-family.net']);
  });

  it("drops the seller's own details given in the settings", () => {
    const identity: SellerIdentity = { businessNames: ['Atlas Home'], emails: ['hello@atlashome.co.uk'], phones: ['01904 123456'], addresses: ['4 Market Square, York YO1 8AA'] };
    const hits = analyze(`Atlas Home
4 Market Square
York YO1 8AA
hello@atlashome.co.uk · 01904 123456
Ship to:
Jane Dawson
12 Mill Lane
Brighton BN1 4GH`, { identity, pages: true });
    expect(values(hits, 'address')).toEqual(['12 Mill Lane, Brighton BN1 4GH']);
    expect(values(hits, 'email')).toEqual([]);
    expect(values(hits, 'phone')).toEqual([]);
  });

  it('reads names and emails in JSON exports', () => {
    const hits = analyze(`[
  {"order_id": "114-1234567-1234567", "buyer_name": "Olivia Harper", "buyer_email": "olivia.harper@gmail.com"},
  {"order_id": "114-7654321-7654321", "buyer_name": "Noah Whitfield", "buyer_email": "noah.w@yahoo.com"}
]`);
    expect(values(hits, 'name')).toEqual(['Olivia Harper', 'Noah Whitfield']);
    expect(records(hits)).toBe(2);
  });

  it('streams: a long text is read unit by unit', () => {
    let pulled = 0;
    let firstHitAt = -1;
    function* units() {
      for (let i = 0; i < 5000; i++) {
        pulled++;
        yield { text: i % 10 === 0 ? `Contact ${i}: person${i}@gmail.com` : `Line ${i} of a long report`, where: { line: i + 1 } as Where };
      }
    }
    analyzeText({ type: 'text', units: units() }, { add: () => { if (firstHitAt < 0) firstHitAt = pulled; } }, { identity: emptyIdentity(), minConfidence: 0.5, phoneRegions: [] });
    expect(pulled).toBe(5000);
    expect(firstHitAt).toBeLessThan(20);
  });
});
