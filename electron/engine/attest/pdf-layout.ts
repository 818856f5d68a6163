// The report's typography on top of pdfkit: headings, paragraphs, label/value blocks and tables
// whose header row repeats on every page they run onto. Fonts are embedded (Liberation Sans,
// shipped with pdfjs-dist) so masked paths in Latin, Greek and Cyrillic print as they are.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type Doc = PDFKit.PDFDocument;

export const COLORS = {
  ink: '#1b2230',
  muted: '#5a6476',
  faint: '#8a93a3',
  rule: '#d4d9e1',
  band: '#f1f4f8',
  accent: '#1f3a5f',
};

export const FONTS = { regular: 'Regular', bold: 'Bold', italic: 'Italic', mono: 'Courier' } as const;

export function registerFonts(doc: Doc): void {
  const dir = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts');
  doc.registerFont(FONTS.regular, join(dir, 'LiberationSans-Regular.ttf'));
  doc.registerFont(FONTS.bold, join(dir, 'LiberationSans-Bold.ttf'));
  doc.registerFont(FONTS.italic, join(dir, 'LiberationSans-Italic.ttf'));
}

// Code points Liberation Sans has glyphs for (measured from the font's cmap, common blocks only).
const COVERED: Array<[number, number]> = [
  [0x20, 0x7e], [0xa0, 0x17f], [0x192, 0x192], [0x1fa, 0x1ff], [0x218, 0x21b], [0x2c6, 0x2c7], [0x2d8, 0x2dd],
  [0x384, 0x38a], [0x38c, 0x38c], [0x38e, 0x3a1], [0x3a3, 0x3ce], [0x400, 0x45f], [0x490, 0x491],
  [0x1e80, 0x1e85], [0x2010, 0x2011], [0x2013, 0x201e], [0x2020, 0x2022], [0x2026, 0x2026], [0x2030, 0x2030],
  [0x2039, 0x203a], [0x20ac, 0x20ac], [0x2122, 0x2122], [0x2190, 0x2195], [0x2212, 0x2212], [0x25a0, 0x25a1], [0x25cf, 0x25cf],
];

function covered(cp: number): boolean {
  return COVERED.some(([from, to]) => cp >= from && cp <= to);
}

/** Text the embedded font can draw: accents are dropped where needed, other characters become '?'. */
export function printable(text: string): string {
  let out = '';
  for (const ch of text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ')) {
    const cp = ch.codePointAt(0)!;
    if (covered(cp) || ch === '\n') {
      out += ch;
      continue;
    }
    const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
    out += base !== '' && [...base].every((c) => covered(c.codePointAt(0)!)) ? base : '?';
  }
  return out;
}

export interface Column {
  header: string;
  /** Points, or '*' for the remaining width. */
  width: number | '*';
  align?: 'left' | 'right';
  mono?: boolean;
}

export type Cell = string | { text: string; color?: string; bold?: boolean };

export class Layout {
  constructor(
    readonly doc: Doc,
    /** Drawn at the top of every page after the first. */
    private readonly runningHead: (layout: Layout) => void,
  ) {}

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  newPage(): void {
    this.doc.addPage();
    this.runningHead(this);
  }

  /** Starts a new page unless `height` points fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  gap(points: number): void {
    this.doc.y += points;
  }

  sectionHeading(number: number, title: string): void {
    // A heading keeps its first lines of content with it (no heading alone at a page's foot).
    this.ensure(100);
    this.gap(14);
    const { doc } = this;
    const y = doc.y;
    doc.font(FONTS.bold).fontSize(8.5).fillColor(COLORS.faint).text(String(number).padStart(2, '0'), this.left, y + 1.5, { width: 22, lineBreak: false });
    doc.font(FONTS.bold).fontSize(12).fillColor(COLORS.accent).text(printable(title), this.left + 22, y, { width: this.width - 22 });
    doc.moveTo(this.left, doc.y + 3).lineTo(this.left + this.width, doc.y + 3).lineWidth(0.6).strokeColor(COLORS.rule).stroke();
    doc.x = this.left;
    doc.y += 9;
  }

  paragraph(text: string, options: { size?: number; color?: string; font?: string; gapAfter?: number } = {}): void {
    const { doc } = this;
    // The font is set again after ensure(): a new page's running head changes it.
    const style = () => doc.font(options.font ?? FONTS.regular).fontSize(options.size ?? 9.5).fillColor(options.color ?? COLORS.ink);
    style();
    this.ensure(doc.heightOfString(printable(text), { width: this.width, lineGap: 2 }));
    style().text(printable(text), this.left, doc.y, { width: this.width, lineGap: 2 });
    doc.y += options.gapAfter ?? 4;
  }

  /** Label on the left, value on the right, one pair per line. */
  keyValues(pairs: Array<[string, Cell]>, labelWidth = 130): void {
    const { doc } = this;
    const valueWidth = this.width - labelWidth;
    for (const [label, cell] of pairs) {
      const { text, color, bold } = typeof cell === 'string' ? { text: cell, color: undefined, bold: false } : cell;
      doc.font(bold ? FONTS.bold : FONTS.regular).fontSize(9.5);
      const height = Math.max(doc.heightOfString(printable(text), { width: valueWidth, lineGap: 1.5 }), 12) + 5;
      this.ensure(height);
      const y = doc.y;
      doc.font(FONTS.regular).fontSize(9).fillColor(COLORS.muted).text(printable(label), this.left, y + 0.5, { width: labelWidth - 10 });
      doc.font(bold ? FONTS.bold : FONTS.regular).fontSize(9.5).fillColor(color ?? COLORS.ink).text(printable(text), this.left + labelWidth, y, { width: valueWidth, lineGap: 1.5 });
      doc.y = y + height;
    }
    doc.x = this.left;
  }

  bullets(items: string[]): void {
    const { doc } = this;
    for (const item of items) {
      const height = doc.font(FONTS.regular).fontSize(9.5).heightOfString(printable(item), { width: this.width - 14, lineGap: 2 }) + 5;
      this.ensure(height);
      const y = doc.y;
      doc.fillColor(COLORS.accent).circle(this.left + 3, y + 5, 1.6).fill();
      doc.font(FONTS.regular).fontSize(9.5).fillColor(COLORS.ink).text(printable(item), this.left + 14, y, { width: this.width - 14, lineGap: 2 });
      doc.y = y + height;
    }
    doc.x = this.left;
  }

  /** A table with a shaded header row, repeated when the table runs onto another page. */
  table(columns: Column[], rows: Cell[][], options: { fontSize?: number; notes?: Array<string | undefined> } = {}): void {
    const { doc } = this;
    const size = options.fontSize ?? 8.5;
    const padX = 5;
    const padY = 4;
    const fixed = columns.reduce((sum, c) => sum + (c.width === '*' ? 0 : c.width), 0);
    const stars = columns.filter((c) => c.width === '*').length;
    const widths = columns.map((c) => (c.width === '*' ? (this.width - fixed) / Math.max(stars, 1) : c.width));
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const fontOf = (column: Column, bold?: boolean) => (column.mono ? FONTS.mono : bold ? FONTS.bold : FONTS.regular);
    const textOf = (cell: Cell) => printable(typeof cell === 'string' ? cell : cell.text);

    const cellHeight = (cells: Cell[], bold: boolean) =>
      Math.max(
        ...cells.map((cell, i) => {
          doc.font(fontOf(columns[i]!, bold || (typeof cell !== 'string' && cell.bold))).fontSize(size);
          return doc.heightOfString(textOf(cell), { width: widths[i]! - 2 * padX, lineGap: 1 });
        }),
      ) + 2 * padY;

    const drawHeader = () => {
      const height = cellHeight(columns.map((c) => c.header), true);
      const y = doc.y;
      doc.rect(this.left, y, this.width, height).fill(COLORS.band);
      columns.forEach((column, i) => {
        doc.font(FONTS.bold).fontSize(size - 0.5).fillColor(COLORS.muted)
          .text(printable(column.header), xs[i]! + padX, y + padY, { width: widths[i]! - 2 * padX, align: column.align ?? 'left', lineGap: 1 });
      });
      doc.y = y + height;
      this.rule(doc.y, 0.6);
    };

    const noteHeight = (note: string | undefined) => {
      if (!note) return 0;
      doc.font(FONTS.italic).fontSize(size - 0.5);
      return doc.heightOfString(printable(note), { width: this.width - 2 * padX - 12, lineGap: 1 }) + padY;
    };

    this.ensure(cellHeight(columns.map((c) => c.header), true) + (rows[0] ? cellHeight(rows[0], false) : 0));
    drawHeader();
    rows.forEach((row, r) => {
      const note = options.notes?.[r];
      const height = cellHeight(row, false) + noteHeight(note);
      if (doc.y + height > this.bottom) {
        this.newPage();
        drawHeader();
      }
      const y = doc.y;
      row.forEach((cell, i) => {
        const style: { color?: string; bold?: boolean } = typeof cell === 'string' ? {} : cell;
        doc.font(fontOf(columns[i]!, style.bold)).fontSize(size).fillColor(style.color ?? COLORS.ink)
          .text(textOf(cell), xs[i]! + padX, y + padY, { width: widths[i]! - 2 * padX, align: columns[i]!.align ?? 'left', lineGap: 1 });
      });
      if (note) {
        doc.font(FONTS.italic).fontSize(size - 0.5).fillColor(COLORS.muted)
          .text(printable(note), this.left + padX + 12, y + cellHeight(row, false) - padY / 2, { width: this.width - 2 * padX - 12, lineGap: 1 });
      }
      doc.y = y + height;
      this.rule(doc.y, 0.4);
    });
    doc.x = this.left;
    doc.y += 6;
  }

  rule(y: number, width: number): void {
    this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(width).strokeColor(COLORS.rule).stroke();
  }
}
