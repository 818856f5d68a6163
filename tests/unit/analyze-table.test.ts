// Table analysis: the header found wherever it is, columns confirmed by their values, rows as
// records, business rows and supplier lists left out, and rows streamed rather than held.
import { describe, expect, it } from 'vitest';
import { emptyIdentity, type SellerIdentity } from '../../shared/types.js';
import { analyzeTable, findHeaderRow, SAMPLE_ROWS } from '../../electron/engine/analyze/table.js';
import type { Hit } from '../../electron/engine/analyze/hit.js';

function analyze(rows: string[][], identity: SellerIdentity = emptyIdentity()): Hit[] {
  const hits: Hit[] = [];
  analyzeTable({ type: 'table', sheet: 'Sheet1', rows }, { add: (h) => hits.push(h) }, { identity, minConfidence: 0.5, phoneRegions: [] });
  return hits;
}

const csv = (text: string, sep = ',') => text.trim().split('\n').map((line) => line.split(sep));
const values = (hits: Hit[], category: Hit['category']) => hits.filter((h) => h.category === category).map((h) => h.value);
/**
 * Records as the rows they cover ('Sheet1:2'), whatever form the engine's keys take: one entry per
 * record key, so two rows under one key read 'Sheet1:2+Sheet1:3' and a row split over two keys shows twice.
 */
const records = (hits: Hit[]) => {
  const rowsOf = new Map<Hit['recordKey'], Set<string>>();
  for (const h of hits) rowsOf.set(h.recordKey, (rowsOf.get(h.recordKey) ?? new Set<string>()).add('sheet' in h.where ? `${h.where.sheet}:${h.where.row}` : JSON.stringify(h.where)));
  const labels = [...rowsOf.values()].map((rows) => [...rows].sort().join('+'));
  return new Set(labels.map((label, i) => (labels.indexOf(label) === i ? label : `${label} (again)`)));
};

const AMAZON = csv(`order-id\torder-item-id\tpurchase-date\tbuyer-email\tbuyer-name\tbuyer-phone-number\tsku\tproduct-name\tquantity-purchased\titem-price\trecipient-name\tship-address-1\tship-city\tship-postal-code\tship-country
203-1234567-1234567\t41234567890123\t2026-10-01T10:00:00+00:00\t5x9kq2mvl7ptwz3@marketplace.amazon.co.uk\tJane Dawson\t07700 912345\tMUG-350\tCeramic mug, 350 ml\t1\t12.99\tJane Dawson\t12 Mill Lane\tBrighton\tBN1 4GH\tGB
203-7654321-7654321\t41234567890124\t2026-10-02T11:00:00+00:00\tq8w7e6r5t4y3@marketplace.amazon.co.uk\tOlivia Harper\t+44 7911 123456\tTEE-M\tCotton T-Shirt M\t2\t19.90\tOlivia Harper\t4 Station Road\tLeeds\tLS6 2AB\tGB`, '\t');

describe('table analysis', () => {
  it('reads an Amazon order report: every row a record, every category found', () => {
    const hits = analyze(AMAZON);
    expect(values(hits, 'email')).toHaveLength(2);
    expect(values(hits, 'phone')).toEqual(['07700 912345', '+44 7911 123456']);
    expect(new Set(values(hits, 'name'))).toEqual(new Set(['Jane Dawson', 'Olivia Harper']));
    expect(values(hits, 'address')).toEqual(['12 Mill Lane, Brighton BN1 4GH', '4 Station Road, Leeds LS6 2AB']);
    expect(records(hits)).toEqual(new Set(['Sheet1:2', 'Sheet1:3']));
    const email = hits.find((h) => h.category === 'email')!;
    expect(email.where).toEqual({ sheet: 'Sheet1', row: 2, column: 'buyer-email' });
  });

  it('never reads order ids, barcodes, dates or prices as phones', () => {
    const hits = analyze(AMAZON);
    expect(hits.filter((h) => h.category === 'phone').every((h) => h.where && 'column' in h.where && h.where.column === 'buyer-phone-number')).toBe(true);
  });

  it('finds the header below a title and blank rows', () => {
    const rows = csv(`Kundenliste März 2026
;;;;
Vorname;Nachname;Straße;PLZ;Ort;Telefon;E-Mail
Lukas;Becker;Bahnhofstr. 12a;10115;Berlin;0171 1234567;lukas.becker@web.de
Anna;Schmidt;Hauptstraße 5;80331;München;089 12345678;anna.schmidt@gmx.de`, ';');
    expect(findHeaderRow(rows)).toBe(2);
    const hits = analyze(rows);
    expect(values(hits, 'name')).toEqual(['Lukas Becker', 'Anna Schmidt']);
    expect(values(hits, 'address')).toEqual(['Bahnhofstr. 12a, 10115 Berlin', 'Hauptstraße 5, 80331 München']);
    expect(records(hits)).toEqual(new Set(['Sheet1:4', 'Sheet1:5']));
  });

  it.each([
    ['fr', 'Nom;Prénom;Adresse;Code postal;Ville;Téléphone\nDubois;Marie;5 rue de la Paix;75002;Paris;01 42 68 53 00', 'Marie Dubois'],
    ['es', 'Nombre;Apellidos;Dirección;Código postal;Ciudad;Teléfono\nJosé;García López;Calle Mayor 12;28013;Madrid;912 34 56 78', 'José García López'],
    ['it', 'Nome;Cognome;Indirizzo;CAP;Città;Cellulare\nGiulia;Rossi;Via Roma 10;00184;Roma;333 123 4567', 'Giulia Rossi'],
    ['nl', 'Naam;Adres;Postcode;Plaats;Telefoon\nDaan de Vries;Kerkstraat 12;1012 AB;Amsterdam;06-12345678', 'Daan de Vries'],
  ])('reads a hand-made customer list (%s)', (_language, text, name) => {
    const hits = analyze(csv(text, ';'));
    expect(values(hits, 'name')).toEqual([name]);
    expect(values(hits, 'address')).toHaveLength(1);
    expect(values(hits, 'phone')).toHaveLength(1);
  });

  it('reads a list without a header from its values', () => {
    const hits = analyze(csv(`Jane Dawson,jane.dawson@gmail.com,07700 912345
Olivia Harper,olivia.h@yahoo.co.uk,07911 123456
Noah Whitfield,noah.whitfield@hotmail.com,07700 912346`));
    expect(values(hits, 'name')).toEqual(['Jane Dawson', 'Olivia Harper', 'Noah Whitfield']);
    expect(hits.find((h) => h.category === 'name')!.where).toEqual({ sheet: 'Sheet1', row: 1, column: 'A' });
    expect(records(hits).size).toBe(3);
  });

  it.each([
    ['a supplier list', 'Supplier,Contact,Email,Phone,Address\nBrightwell Packaging Ltd,John Smith,sales@brightwell.co.uk,0113 496 0000,4 Industrial Estate Road\nNordlicht Verpackung GmbH,Hans Meier,h.meier@nordlicht.de,040 1234567,Industriestraße 4'],
    ['a directory of firms', 'Company,Contact person,Email,Phone\nBrightwell Packaging Ltd,John Smith,j.smith@brightwell.co.uk,0113 496 0000\nNordlicht Verpackung GmbH,Hans Meier,h.meier@nordlicht.de,040 1234567\nSoleil Emballages SARL,Marie Martin,m.martin@soleil.fr,01 42 68 53 00'],
    ['an inventory', 'SKU,Product name,EAN,Price,Stock,Supplier\nMUG-350,Ceramic mug 350 ml,4006381333931,12.99,140,Brightwell Packaging Ltd\nRING-18,Rose Gold Ring 18ct,0012345678905,129.00,4,Atlas Imports Inc.'],
    ['a price list', 'Artikelnummer;Bezeichnung;Preis;Bestand\n10023;Kaffeebecher 350 ml;12,99;140\n10024;Teekanne 1 l;24,90;12'],
    ['sales by region', 'Region,City,Postcode,Orders,Revenue\nSouth East,Brighton,BN1 4GH,120,2400.00\nLondon,London,EC1A 1BB,340,8120.50'],
    ['a catalogue', 'Title,Description,Price\nRose Gold Ring,18ct rose gold with a pearl,129.00\nSummer Dress,Cotton dress in navy blue,39.00'],
    ['email preferences that are not emails', 'Customer ID,Email opt-in,Orders\n1001,yes,3\n1002,no,1'],
  ])('finds nothing in %s', (_what, text) => {
    expect(analyze(csv(text))).toEqual([]);
  });

  it('skips a business row among customers (a company in the name column)', () => {
    const hits = analyze(csv(`Name,Email,Phone
Jane Dawson,jane.dawson@gmail.com,07700 912345
Acme Events Ltd,bookings@acme-events.com,020 7946 0958
Olivia Harper,olivia.h@yahoo.co.uk,07911 123456`));
    expect(values(hits, 'email')).toEqual(['jane.dawson@gmail.com', 'olivia.h@yahoo.co.uk']);
    expect(records(hits)).toEqual(new Set(['Sheet1:2', 'Sheet1:4']));
  });

  it('counts the one private account in a list of firms', () => {
    const hits = analyze(csv(`Account;Contact email;Phone;Address
Bluebird Print S.n.c.;service@bluebirdprint.it;+39 011 113 0811;Via Dante Alighieri 36, 10131 Torino
María Pedroza Ordóñez;m.pedroza@hotmail.com;+34 619 165 159;C/ del Sol 49, 50019 Zaragoza
Meridian Labels S.p.A.;accounts@meridianlabels.it;06 0594 3549;Via Giuseppe Garibaldi 4, 10138 Torino`, ';'));
    expect(values(hits, 'email')).toEqual(['m.pedroza@hotmail.com']);
    expect(values(hits, 'name')).toEqual(['María Pedroza Ordóñez']);
    expect(records(hits)).toEqual(new Set(['Sheet1:3']));
  });

  it('reads the receiver, not the sender, of a shipping manifest', () => {
    const hits = analyze(csv(`No,Sender Name,Sender Company,Sender Email,Receiver Name,Receiver Email,Receiver Address,Receiver Postcode,Receiver City
1,Kiln & Thread,Summit Logistics UG (haftungsbeschränkt),orders@summitlogistics.de,Giuliana Lohre,lohreg2@freenet.de,Sonnenallee 8,90450,Nürnberg`));
    expect(values(hits, 'name')).toEqual(['Giuliana Lohre']);
    expect(values(hits, 'email')).toEqual(['lohreg2@freenet.de']);
    expect(values(hits, 'address')).toEqual(['Sonnenallee 8, 90450 Nürnberg']);
  });

  it('does not take product variants in a column without header for firms', () => {
    const hits = analyze(csv(`Name,Email,Subject
Dallas Lowe,dlowe@outlook.com,Wooden Puzzle - Charcoal
Dean Thompson,dean.thompson@verizon.net,Silver Stud Earrings - Sage Green`));
    expect(values(hits, 'email')).toHaveLength(2);
  });

  it('ignores a template whose placeholders sit under a header found too early', () => {
    expect(analyze([['Bill to', '<customer name>'], ['', '<address>'], [], ['Qty', 'Description', 'Unit', 'Total'], ['1', '', '', '=A12*C12']])).toEqual([]);
  });

  it('finds a header with one personal field among unknown words', () => {
    const rows = csv(`Eingang;bestellung;Empfänger;Artikelnr.;Grund
2023-04-13;870460;Maurice Dobler;HP-8980;wrong size
2023-12-10;096575;Juliane Kappler;SSC-646-CHA;wrong size`, ';');
    expect(findHeaderRow(rows)).toBe(0);
    expect(values(analyze(rows), 'name')).toEqual(['Maurice Dobler', 'Juliane Kappler']);
  });

  it('reads phones under "Contact no." and never ids under "settlement-id"', () => {
    const phones = analyze(csv('CONTACT NO.;SMS opt-in\n+44 161 149 4019;y\n089 770 9858;y\n(204) 841-8248;y', ';'));
    expect(values(phones, 'phone')).toHaveLength(3);
    expect(analyze(csv('settlement-id\ttotal-amount\n04479201209\t581.10\n04479201209\t14.22\n04479201210\t3.00', '\t'))).toEqual([]);
  });

  it('reads a sheet laid out as a letter as text', () => {
    const hits = analyze([['Kiln & Thread'], ['Summit Logistics UG (haftungsbeschränkt)'], ['Birkenweg 9'], ['48156 Münster'], ['orders@summitlogistics.de'], ['+496960856036'], [], ['Bill to', '<customer name>'], ['', '<address>']]);
    expect(hits).toEqual([]);
  });

  it('reads a form laid out as label and value', () => {
    const hits = analyze([['Elenco clienti – COD. CLIENTE 04107'], [], ['Nome:', 'Anna Farina'], ['Via e numero civico:', 'Via San Francesco 62'], ['CAP / LOCALITÀ:', '20133 Milano'], ['TELEFONO:', '384401304'], ['Email:', 'annafarina@libero.it']]);
    expect(values(hits, 'name')).toEqual(['Anna Farina']);
    expect(values(hits, 'phone')).toEqual(['384401304']);
    expect(values(hits, 'address')).toEqual(['Via San Francesco 62, 20133 Milano']);
    expect(values(hits, 'email')).toEqual(['annafarina@libero.it']);
  });

  it('counts a role mailbox in a customer column, not in a plain one', () => {
    expect(values(analyze(csv('Buyer Name,Buyer Email\nJane Dawson,info@janedawson-design.com')), 'email')).toEqual(['info@janedawson-design.com']);
    expect(values(analyze(csv('Notes\nwrite to info@shop.com for returns')), 'email')).toEqual([]);
  });

  it("drops the seller's own details", () => {
    const identity: SellerIdentity = { businessNames: [], emails: ['jane.dawson@gmail.com'], phones: [], addresses: [] };
    const hits = analyze(csv('Name,Email\nJane Dawson,jane.dawson@gmail.com\nOlivia Harper,olivia.h@yahoo.co.uk'), identity);
    expect(values(hits, 'email')).toEqual(['olivia.h@yahoo.co.uk']);
  });

  it('reads free-text columns with every recognizer', () => {
    const hits = analyze(csv('Order,Notes\n1001,Please call 07700 912345 before delivery'));
    expect(values(hits, 'phone')).toEqual(['07700 912345']);
  });

  it('streams rows: only the first SAMPLE_ROWS are held before hits flow', () => {
    let pulled = 0;
    let pulledAtFirstHit = -1;
    function* rows() {
      pulled++;
      yield ['buyer-name', 'buyer-email', 'buyer-phone-number'];
      for (let i = 0; i < 20_000; i++) {
        pulled++;
        yield ['Jane Dawson', `jane.${i}@gmail.com`, `07700 9${String(10000 + (i % 90000)).padStart(5, '0')}`];
      }
    }
    analyzeTable({ type: 'table', sheet: 'big', rows: rows() }, { add: () => { if (pulledAtFirstHit < 0) pulledAtFirstHit = pulled; } }, { identity: emptyIdentity(), minConfidence: 0.5, phoneRegions: [] });
    expect(pulled).toBe(20_001);
    expect(pulledAtFirstHit).toBeLessThanOrEqual(SAMPLE_ROWS + 1);
  });
});

describe('carrier import files', () => {
  it('pairs a street-name column with the house-number column beside it when there is no header', () => {
    const rows = csv(`SHOP-20411;Katrin Vogel;;Lindenstraße;12a;10115;Berlin;DEU;katrin.vogel@web.de;;1,2;V01PAK
SHOP-20412;Jonas Albrecht;Hinterhaus;Am Mühlenbach;3;50667;Köln;DEU;;;0,8;V01PAK
SHOP-20413;Sanne de Groot;;Prinsengracht;263 B;1016 GV;Amsterdam;NLD;sanne.degroot@ziggo.nl;;2,4;V62WP
SHOP-20414;Élodie Marchand;;Rue des Lilas;7;69003;Lyon;FRA;;;3,0;V53WPAK`, ';');
    const hits = analyze(rows);
    expect(values(hits, 'address')).toEqual(['Lindenstraße 12a', 'Am Mühlenbach 3', 'Prinsengracht 263 B', 'Rue des Lilas 7']);
  });

  it('does not pair a column of words with a column of counts in a table about no one', () => {
    const rows = csv(`Lindenstraße;12;Lager Nord
Am Mühlenbach;3;Lager Süd
Prinsengracht;26;Lager West
Rue des Lilas;7;Lager Ost`, ';');
    expect(values(analyze(rows), 'address')).toEqual([]);
  });

  it("does not count a template's sample postcode and town beside a reserved example address", () => {
    const rows = csv(`Name;Straße;PLZ;Ort;E-Mail
Max Mustermann;Musterstraße 1;12345;Musterstadt;max@example.com`, ';');
    expect(values(analyze(rows), 'address')).toEqual([]);
  });
});

describe('business tables that look like customer tables', () => {
  it('does not take a row of file names and codes for the header of a catalogue manifest', () => {
    const titles = ['Charlotte Ruffle Apron, Mustard', 'Portobello Road Tea Towel, Set of 2', 'Baker Street Enamel Pin', 'Abbey Road Coasters, Set of 4', 'Emma Armchair Cushion Cover, Sage Linen'];
    const rows = [['file', 'sku', 'alt_text'], ...titles.map((t, i) => [`ITEM-STD-${300 + i}_main.jpg`, `ITEM-STD-${300 + i}`, t])];
    const hits = analyze(rows);
    expect(values(hits, 'address')).toEqual([]);
    expect(findHeaderRow(rows)).toBe(0);
  });

  it("reads a marketplace's own warehouse where a recipient would stand as a business row", () => {
    const rows = csv(`Shipment ID,Ship-to name,Address,City,Postal code,Country,Units
FBA158HSHF,Amazon FC DTM2,Kaltbandstraße 4,Dortmund,44145,DE,546
FBA15GZA4F,Amazon UK Services Ltd.,Marston Gate,Bedford,MK43 0ZA,GB,407
FBA15XKQ2P,Jane Dawson,12 Mill Lane,Brighton,BN1 4GH,GB,2`);
    expect(values(analyze(rows), 'address')).toEqual(['12 Mill Lane, Brighton BN1 4GH']);
  });

  it('reads a column whose unknown header names an identifier (LEID) as ids, not phones', () => {
    // Mailchimp's member ids: nine digits, some of which a phone parser reads as valid numbers.
    const ids = ['876512108', '456610015', '050083058', '514890860', '083164965', '842336805', '075837498', '275551903', '915570727', '155153834'];
    const rows = [['Email Address', 'First Name', 'LEID', 'CC'], ...ids.map((id, i) => [`member${i}@example-mail.co.uk`, i % 2 ? 'Anna' : 'Lukas', id, 'GB'])];
    const hits = analyze(rows);
    expect(values(hits, 'phone')).toEqual([]);
    expect(values(hits, 'email')).toHaveLength(ids.length);
  });
});
