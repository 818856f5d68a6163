// Large seller files for the benchmark: an Amazon-style order export as a 100 MB CSV and a
// 50,000-row xlsx. Values are synthetic and vary row by row so the recognizers do real work.
import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import * as XLSX from 'xlsx';

const FIRST = ['Olivia', 'Liam', 'Emma', 'Noah', 'Amelia', 'Oliver', 'Sophie', 'Lukas', 'Chloé', 'Mateo', 'Giulia', 'Daan'];
const LAST = ['Harper', 'Whitfield', 'Becker', 'Moreau', 'García', 'Rossi', 'de Vries', 'Okafor', 'Lindqvist', 'Novak'];
const STREETS = ['Mill Lane', 'High Street', 'Oak Avenue', 'Station Road', 'Church Close', 'Elm Drive'];
const CITIES = [['Brighton', 'BN1 4GH'], ['Leeds', 'LS6 2AB'], ['York', 'YO10 5DD'], ['Bath', 'BA1 1LT']] as const;
const HEADER = ['order-id', 'order-item-id', 'purchase-date', 'buyer-email', 'buyer-name', 'buyer-phone-number', 'sku', 'product-name',
  'quantity-purchased', 'item-price', 'recipient-name', 'ship-address-1', 'ship-city', 'ship-postal-code', 'ship-country'];

export function orderRow(i: number): string[] {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[(i * 7) % LAST.length]!;
  const [city, postcode] = CITIES[i % CITIES.length]!;
  const orderId = `${100 + (i % 900)}-${String(1000000 + i).padStart(7, '0')}-${String(7000000 + i * 13).slice(-7)}`;
  const phone = `07700 9${String(i % 100000).padStart(5, '0')}`;
  return [orderId, String(40000000000000 + i), '2026-10-0' + ((i % 9) + 1), `${first.toLowerCase()}.${i}@marketplace.amazon.co.uk`,
    `${first} ${last}`, phone, `SKU-${i % 500}`, 'Ceramic mug, 350 ml', String(1 + (i % 3)), (9.99 + (i % 20)).toFixed(2),
    `${first} ${last}`, `${1 + (i % 180)} ${STREETS[i % STREETS.length]}`, city, postcode, 'GB'];
}

export async function writeOrderCsv(path: string, targetBytes: number): Promise<{ rows: number; bytes: number }> {
  const out = createWriteStream(path);
  let bytes = 0;
  let rows = 0;
  const write = async (line: string) => {
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(HEADER.join(',') + '\n');
  while (bytes < targetBytes) {
    await write(orderRow(rows).map((c) => (c.includes(',') ? `"${c}"` : c)).join(',') + '\n');
    rows++;
  }
  out.end();
  await once(out, 'finish');
  return { rows, bytes };
}

export function writeOrderXlsx(path: string, rows: number): void {
  const data: string[][] = [HEADER];
  for (let i = 0; i < rows; i++) data.push(orderRow(i));
  const sheet = XLSX.utils.aoa_to_sheet(data, { dense: true });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Orders');
  // SheetJS's ESM build has no file system of its own: write the bytes ourselves.
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
}
