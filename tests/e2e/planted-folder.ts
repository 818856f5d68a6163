// A seller's home folder with customer data planted where it usually lands, for the browser
// journey: an order export, a workbook, a packing slip with the seller's own details, a
// clean stock list, a password-protected PDF and a damaged workbook. Also a big folder of order
// exports, so that a scan runs long enough to be paused and stopped.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pdfBytes, workbookBytes } from '../formats/make-files.js';

export interface Customer {
  name: string;
  email: string;
  phone: string;
  street: string;
  city: string;
  postcode: string;
}

const FIRST = ['Rosalind', 'Tobias', 'Imogen', 'Declan', 'Harriet', 'Callum', 'Eleanor', 'Fergus', 'Matilda', 'Rupert', 'Beatrix', 'Angus', 'Clementine', 'Hugo', 'Philippa', 'Alistair'];
const LAST = ['Ashcombe', 'Wrenfield', 'Hollings', 'Carraway', 'Pemberton', 'Thistlewood', 'Marchbanks', 'Fairweather', 'Ogilvy', 'Blackwood', 'Lockhart', 'Kingsley', 'Hartwell', 'Sinclair', 'Whitlock', 'Merriweather'];
const STREETS = ['Mill Lane', 'Harbour Road', 'Church Street', 'Station Road', 'Orchard Close', 'Victoria Avenue', 'Kingsway', 'Meadow Drive'];
const TOWNS: Array<[string, string]> = [['Brighton', 'BN1'], ['Bristol', 'BS1'], ['Leeds', 'LS2'], ['Bath', 'BA1'], ['York', 'YO1'], ['Norwich', 'NR2'], ['Exeter', 'EX4'], ['Durham', 'DH1']];

export function customer(i: number): Customer {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[(i * 7 + Math.floor(i / LAST.length)) % LAST.length]!;
  const [city, district] = TOWNS[i % TOWNS.length]!;
  return {
    name: `${first} ${last}`,
    email: `${first.toLowerCase()}.${last.toLowerCase()}${i}@example.net`,
    // Ofcom's drama range: valid UK mobile numbers that are never assigned.
    phone: `+44 7700 900${String(100 + (i % 900)).padStart(3, '0')}`,
    street: `${(i % 90) + 3} ${STREETS[i % STREETS.length]!}`,
    city,
    postcode: `${district} ${(i % 9) + 1}${'ABDEFGHJL'[i % 9]}${'PQRSTUWXY'[(i * 5) % 9]}`,
  };
}

/** The seller: their own details sit on a packing slip and are not customer data. */
export const SELLER = {
  business: 'Harbour & Pine',
  person: 'Ann Fielding',
  email: 'ann.fielding@harbourandpine.co.uk',
  phone: '+44 20 7946 0958',
};

export interface PlantedHome {
  home: string;
  /** A folder outside the usual places, added on the Choose screen by typing its path. */
  shop: string;
  customers: Customer[];
  files: {
    ordersCsv: string;
    workbook: string;
    packingSlip: string;
    inventory: string;
    lockedPdf: string;
    damaged: string;
  };
}

function csvLine(values: string[]): string {
  return values.map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',');
}

export function ordersCsv(customers: readonly Customer[], startOrder = 1000): string {
  const header = ['order-id', 'purchase-date', 'buyer-name', 'buyer-email', 'buyer-phone-number', 'ship-address-1', 'ship-city', 'ship-postal-code', 'sku', 'quantity'];
  const rows = customers.map((c, i) => [`206-${String(startOrder + i).padStart(7, '0')}-4411093`, '2026-03-14', c.name, c.email, c.phone, c.street, c.city, c.postcode, `MUG-${(i % 5) + 1}`, '1']);
  return [header, ...rows].map(csvLine).join('\n') + '\n';
}

export async function plantHome(root: string): Promise<PlantedHome> {
  const home = join(root, 'home');
  const documents = join(home, 'Documents');
  const downloads = join(home, 'Downloads');
  const shop = join(root, 'Shop paperwork');
  for (const dir of [join(documents, 'Orders'), downloads, join(shop, 'Invoices')]) await mkdir(dir, { recursive: true });

  const customers = Array.from({ length: 12 }, (_, i) => customer(i));
  const files = {
    ordersCsv: join(documents, 'Orders', 'orders_march_2026.csv'),
    workbook: join(downloads, 'customers_export.xlsx'),
    packingSlip: join(shop, 'Invoices', 'packing-slip.txt'),
    inventory: join(downloads, 'inventory.csv'),
    lockedPdf: join(documents, 'Orders', 'old-orders-locked.pdf'),
    damaged: join(downloads, 'returns-damaged.xlsx'),
  };

  await writeFile(files.ordersCsv, ordersCsv(customers));

  // Three customers in a workbook with a sheet named as sellers name them.
  const sheetRows = [['Order', 'Buyer name', 'Buyer email', 'Buyer phone', 'Shipping address'], ...customers.slice(0, 3).map((c, i) => [`A-${500 + i}`, c.name, c.email, c.phone, `${c.street}, ${c.city} ${c.postcode}`])];
  const workbook = workbookBytes({ Orders: sheetRows, Stock: [['SKU', 'Title', 'In stock'], ['MUG-1', 'Blue mug', 12]] }, 'xlsx');
  await writeFile(files.workbook, workbook);

  // Without the seller's identity in Settings, their own email and phone look like a customer's.
  await writeFile(files.packingSlip, ['Packing slip', `From: ${SELLER.person}`, SELLER.email, SELLER.phone, '', 'Thank you for shopping with us!', ''].join('\n'));

  await writeFile(files.inventory, 'sku,title,colour,stock,price\nMUG-1,Stoneware mug,Blue,12,14.00\nMUG-2,Stoneware mug,Red,4,14.00\nBOWL-1,Breakfast bowl,Sand,9,18.50\n');
  await writeFile(files.lockedPdf, await pdfBytes([[`${customers[0]!.name}, ${customers[0]!.email}`]], { userPassword: 'letmein' }));
  // A workbook cut short: the start of a zip, then nothing a reader can use.
  await writeFile(files.damaged, workbook.slice(0, Math.floor(workbook.length / 3)));

  return { home, shop, customers, files };
}

/** Many order exports, so that a scan takes long enough to watch, pause and stop. */
export async function plantBigFolder(root: string, files = 400, rowsPerFile = 150): Promise<string> {
  const dir = join(root, 'Big archive');
  for (let f = 0; f < files; f++) {
    const sub = join(dir, `${2020 + (f % 6)}`, `month-${String((f % 12) + 1).padStart(2, '0')}`);
    await mkdir(sub, { recursive: true });
    const customers = Array.from({ length: rowsPerFile }, (_, i) => customer(f * rowsPerFile + i));
    await writeFile(join(sub, `orders-${String(f).padStart(4, '0')}.csv`), ordersCsv(customers, f * rowsPerFile));
  }
  return dir;
}
