// A small marketplace order export: customer columns beside the business columns an accountant needs.
const PEOPLE = [
  ['Emma Schneider', 'emma.schneider@gmail.com', '+49 151 23456789', 'Lindenstraße 12', 'Berlin', '10115'],
  ['Oliver Bennett', 'oliver.bennett@outlook.com', '+44 7700 900123', '14 Rosebery Avenue', 'London', 'EC1R 4TD'],
  ['Sophie Martin', 'sophie.martin@yahoo.fr', '+33 6 12 34 56 78', '8 Rue de la Paix', 'Paris', '75002'],
  ['Lucas Rossi', 'lucas.rossi@libero.it', '+39 347 123 4567', 'Via Roma 21', 'Milano', '20121'],
  ['Hannah Fischer', 'hannah.fischer@web.de', '+49 160 9876543', 'Bahnhofstraße 5', 'München', '80335'],
  ['James Walker', 'james.walker@gmail.com', '+1 415 555 0132', '221 Market Street', 'San Francisco', '94105'],
];

export const BUSINESS_HEADER = ['order-id', 'purchase-date', 'sku', 'quantity-purchased', 'item-price', 'ship-country'];

/** Rows of the export: header first; business values at the indexes of BUSINESS_HEADER's columns. */
export function orderRows(count = 12): string[][] {
  const header = ['order-id', 'purchase-date', 'buyer-name', 'buyer-email', 'buyer-phone-number', 'ship-address-1', 'ship-city', 'ship-postal-code', 'sku', 'quantity-purchased', 'item-price', 'ship-country'];
  const rows = [header];
  for (let i = 0; i < count; i++) {
    const p = PEOPLE[i % PEOPLE.length]!;
    rows.push([`302-${1000000 + i * 7919}-${4000000 + i}`, `2026-0${1 + (i % 9)}-1${i % 10}`, p[0]!, p[1]!, p[2]!, p[3]!, p[4]!, p[5]!, `SKU-${100 + i}`, String(1 + (i % 3)), (9.99 + i).toFixed(2), 'DE']);
  }
  return rows;
}

export function toCsv(rows: string[][], delimiter = ','): string {
  return rows.map((r) => r.map((c) => (/[",\n;]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter)).join('\n') + '\n';
}

/** The business columns of the rows, by header name. */
export function businessColumns(rows: string[][]): string[][] {
  const header = rows[0]!;
  const idx = BUSINESS_HEADER.map((h) => header.indexOf(h));
  return rows.map((r) => idx.map((i) => r[i] ?? ''));
}
