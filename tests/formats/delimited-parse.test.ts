// The CSV parser against what was written: random tables with quoted cells holding delimiters,
// quotes and line breaks, stray quotes inside plain cells, empty lines, and LF, CRLF or CR line
// ends, cut into random pieces as the decoder hands them over. Plain lines take a fast path
// (one split); every other line the careful one: both must give back exactly the cells written.
import { describe, expect, it } from 'vitest';
import { delimitedRows } from '../../electron/engine/formats/delimited.js';

function random(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

function table(seed: number, delimiter: string): { text: string; rows: string[][] } {
  const r = random(seed);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(r() * items.length)]!;
  const rows: string[][] = [];
  let text = '';
  const ending = pick(['\n', '\r\n', '\r', 'mixed']);
  for (let i = 0; i < 300; i++) {
    const row: string[] = [];
    const cells = r() < 0.05 ? 1 : 1 + Math.floor(r() * 8);
    const written: string[] = [];
    for (let c = 0; c < cells; c++) {
      const kind = r();
      let value: string;
      if (kind < 0.55) value = pick(['Jane Dawson', '12 Mill Lane', '', 'BN1 4GH', '07700 900123', 'x', 'Müller']);
      else if (kind < 0.7) value = `ab"c${c}`; // a stray quote inside a plain cell is a character
      else value = pick([`a${delimiter}b`, 'say "hi"', 'two\nlines', 'cr\r\nlf', '"', `${delimiter}`, 'lone\rcr']);
      row.push(value);
      const plain = !value.startsWith('"') && !value.includes(delimiter) && !/[\r\n]/.test(value) && (kind < 0.7 || !value.includes('"'));
      written.push(plain ? value : `"${value.replace(/"/g, '""')}"`);
    }
    rows.push(row);
    text += written.join(delimiter) + (ending === 'mixed' ? pick(['\n', '\r\n', '\r']) : ending);
    if (r() < 0.05) {
      rows.push(['']);
      text += ending === 'mixed' ? '\n' : ending;
    }
  }
  return { text, rows };
}

function pieces(text: string, seed: number): string[] {
  const r = random(seed);
  const out: string[] = [];
  for (let at = 0; at < text.length; ) {
    const size = 1 + Math.floor(r() * 200);
    out.push(text.slice(at, at + size));
    at += size;
  }
  return out;
}

describe('delimited rows', () => {
  it('ends a row at a lone CR anywhere in a line, and keeps CRLF as one line end', () => {
    const cases: Array<[string, string[][]]> = [
      ['a\rb\nc', [['a'], ['b'], ['c']]],
      ['a,b\rc\r\nd', [['a', 'b'], ['c'], ['d']]],
      ['x\r\r\ny\n', [['x'], [''], ['y']]],
      ['\r\n\r\n', [[''], ['']]],
      ['a,"b\rc",d\r\ne,f,\n', [['a', 'b\rc', 'd'], ['e', 'f', '']]],
      ['a"b,c\n"d""e"f,g\n', [['a"b', 'c'], ['d"ef', 'g']]],
    ];
    for (const [text, rows] of cases) {
      expect([...delimitedRows([text], ',')], JSON.stringify(text)).toEqual(rows);
      expect([...delimitedRows(text.split(''), ',')], JSON.stringify(text) + ' char by char').toEqual(rows);
    }
  });

  for (const delimiter of [',', ';', '\t']) {
    it(`gives back every cell written, in any pieces (${JSON.stringify(delimiter)})`, () => {
      for (let seed = 1; seed <= 40; seed++) {
        const { text, rows } = table(seed * 31 + delimiter.charCodeAt(0), delimiter);
        expect([...delimitedRows([text], delimiter)], `seed ${seed}, whole`).toEqual(rows);
        expect([...delimitedRows(pieces(text, seed), delimiter)], `seed ${seed}, in pieces`).toEqual(rows);
      }
    });
  }
});
