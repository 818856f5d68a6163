// Database dumps: values labelled by the columns of CREATE TABLE, of INSERT INTO t (…) or of COPY,
// read like the cells of a spreadsheet under those headers.
import { describe, expect, it } from 'vitest';
import { emptyIdentity, type Where } from '../../shared/types.js';
import { analyzeText } from '../../electron/engine/analyze/text.js';
import type { Hit } from '../../electron/engine/analyze/hit.js';
import { SqlDumpReader } from '../../electron/engine/recognizers/sql-dump.js';

function analyze(text: string): Hit[] {
  const hits: Hit[] = [];
  const units = text.split('\n').map((line, i) => ({ text: line, where: { line: i + 1 } as Where })).filter((u) => u.text.trim().length > 0);
  analyzeText({ type: 'text', units }, { add: (h) => hits.push(h) }, { identity: emptyIdentity(), minConfidence: 0.5, phoneRegions: [] });
  return hits;
}

const values = (hits: Hit[], category: Hit['category']) => [...new Set(hits.filter((h) => h.category === category).map((h) => h.value))];

const MYSQL_SCHEMA = `CREATE TABLE \`customers\` (
  \`id\` int NOT NULL,
  \`first_name\` varchar(80),
  \`last_name\` varchar(80),
  \`street\` varchar(190),
  \`postcode\` varchar(16),
  \`city\` varchar(80),
  PRIMARY KEY (\`id\`)
);`;

describe('database dumps', () => {
  it.each([
    ['mysqldump, one row per line', `${MYSQL_SCHEMA}\nINSERT INTO \`customers\` VALUES (1, 'Lene', 'Raukuc', 'Kirchstraße 20', '30458', 'Hannover'),\n(2, 'Obie', 'Blick', '2 Jasper Ave', 'V8R 9C5', 'Victoria');`],
    ['mysqldump, extended insert on one line', `${MYSQL_SCHEMA}\nINSERT INTO \`customers\` VALUES (1,'Lene','Raukuc','Kirchstraße 20','30458','Hannover'),(2,'Obie','Blick','2 Jasper Ave','V8R 9C5','Victoria');`],
    ['an INSERT with its column list', `INSERT INTO customers (id, first_name, last_name, street, postcode, city) VALUES (1, 'Lene', 'Raukuc', 'Kirchstraße 20', '30458', 'Hannover');\nINSERT INTO customers (id, first_name, last_name, street, postcode, city) VALUES (2, 'Obie', 'Blick', '2 Jasper Ave', 'V8R 9C5', 'Victoria');`],
    ['SQLite .dump', `CREATE TABLE customers(id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, street TEXT, postcode VARCHAR(16), city TEXT);\nINSERT INTO customers VALUES(1,'Lene','Raukuc','Kirchstraße 20','30458','Hannover');\nINSERT INTO customers VALUES(2,'Obie','Blick','2 Jasper Ave','V8R 9C5','Victoria');`],
    ['pg_dump COPY', `COPY public.customers (id, first_name, last_name, street, postcode, city) FROM stdin;\n1\tLene\tRaukuc\tKirchstraße 20\t30458\tHannover\n2\tObie\tBlick\t2 Jasper Ave\tV8R 9C5\tVictoria\n\\.`],
  ])('%s: names and addresses of the rows', (_kind, dump) => {
    const hits = analyze(dump);
    expect(values(hits, 'name').sort()).toEqual(['Lene Raukuc', 'Obie Blick']);
    // Rows on one line are one block of text: their addresses may be read as fewer values, never as none.
    expect(values(hits, 'address').length).toBeGreaterThan(0);
  });

  it('reads quoted values with escaped quotes and commas', () => {
    const reader = new SqlDumpReader();
    const line = `INSERT INTO buyers (buyer_name, note) VALUES ('O''Brien, Siobhan', 'it\\'s, fine');`;
    const out = reader.read(line);
    expect(out.values.map((v) => [v.meaning.role, v.value, line.slice(v.start, v.end)])).toEqual([
      ['name', "O'Brien, Siobhan", "O''Brien, Siobhan"],
      ['note', "it's, fine", "it\\'s, fine"],
    ]);
  });

  it.each([
    ['a product table', `CREATE TABLE products (\n  id int,\n  name varchar(80),\n  price decimal(10,2)\n);\nINSERT INTO products VALUES (1, 'Ceramic Mug 350 ml', 12.99), (2, 'Rose Gold Ring', 49.00);`],
    ['a supplier table', `INSERT INTO suppliers (supplier_name, supplier_email, supplier_phone) VALUES ('Brightwell Packaging Ltd', 'sales@brightwell.co.uk', '+44 113 496 0000');`],
    ['settings', `INSERT INTO settings (id, option_name, option_value) VALUES (1, 'siteurl', 'https://shop.example'), (2, 'blogname', 'Kiln and Thread');`],
  ])('%s holds no customer', (_kind, dump) => {
    expect(analyze(dump)).toEqual([]);
  });
});
