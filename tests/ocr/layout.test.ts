// Grouping OCR lines the way a person reads a screen: panels side by side are kept apart, table
// rows are kept whole.
import { describe, expect, it } from 'vitest';
import type { Box, OcrLine } from '../../electron/engine/ocr/engine.js';
import { groupLines } from '../../electron/engine/ocr/layout.js';

/** A line of words laid out from x with 8 px per character and 4 px spaces; after `|` the words continue at x + 500 (a second column). */
function line(x: number, y: number, text: string, block = 0): OcrLine {
  const words: Array<{ text: string; box: Box }> = [];
  let cursor = x;
  for (const part of text.split(' ')) {
    if (part === '|') {
      cursor = x + 500;
      continue;
    }
    words.push({ text: part, box: [cursor, y, part.length * 8, 14] });
    cursor += part.length * 8 + 4;
  }
  const last = words[words.length - 1]!.box;
  return { text: words.map((w) => w.text).join(' '), words, confidence: 90, box: [x, y, last[0] + last[2] - x, 14], block };
}

const texts = (groups: ReturnType<typeof groupLines>) => groups.map((g) => g.map((l) => l.text));

describe('OCR layout', () => {
  it('keeps two panels apart when Tesseract joined them into one line', () => {
    const groups = groupLines([
      line(40, 100, 'Ship to | Contact buyer'),
      line(40, 120, 'Jane Roe | Jane Roe'),
      line(40, 140, '12 Mill Lane | jane.roe@example.com'),
      line(40, 160, 'Brighton BN1 4GH'),
      line(40, 180, 'Phone: 07911 123456', 1),
    ]);
    expect(texts(groups)).toEqual([
      ['Ship to', 'Jane Roe', '12 Mill Lane', 'Brighton BN1 4GH', 'Phone: 07911 123456'],
      ['Contact buyer', 'Jane Roe', 'jane.roe@example.com'],
    ]);
  });

  it('joins the cells of a table row, one customer per line, whatever blocks Tesseract made', () => {
    const cells = (y: number, values: string[], firstBlock: number) => values.map((v, i) => line(40 + i * 300, y, v, firstBlock + i));
    const groups = groupLines([...cells(100, ['Name', 'Email', 'Phone'], 0), ...cells(130, ['Jane Roe', 'jane.roe@example.com', '07911 123456'], 3), ...cells(160, ['Max Muster', 'max@example.de', '030 901820'], 6)]);
    expect(texts(groups)).toEqual([['Name   Email   Phone', 'Jane Roe   jane.roe@example.com   07911 123456', 'Max Muster   max@example.de   030 901820']]);
  });

  it('starts a new group after a wide vertical gap', () => {
    const groups = groupLines([line(40, 100, 'Hi, could you send it to'), line(40, 120, '12 Mill Lane'), line(40, 200, 'Of course!')]);
    expect(texts(groups)).toEqual([['Hi, could you send it to', '12 Mill Lane'], ['Of course!']]);
  });
});
