// The cheap first look that keeps OCR off images without text (product photos, icons), and
// measures the text it finds so the OCR pass can scale it to a size Tesseract reads well.
// Text is recognised by its shape: glyph-sized blobs of ink, of similar height, side by side in
// rows. Photos make blobs too, but rarely rows of them. Runs in tens of milliseconds, against
// hundreds for OCR (figures in the OCR bench).
import { scaleGray, type Gray } from './raster.js';

export interface FirstLook {
  /** Too small to hold readable text (icons, spacer pixels). */
  tiny: boolean;
  /** Whether the image shows rows of glyph-like shapes. */
  text: boolean;
  /** Glyph blobs that lie in rows of three or more; the text-likeness score. */
  glyphs: number;
  /** Glyph-sized blobs of ink seen, in rows or not (texture makes many, mostly not in rows). */
  blobs: number;
  /** Median glyph height in pixels of the original image (0 when no text). */
  glyphHeight: number;
  /** Slope of the text rows in degrees (a photo taken at an angle); straightened before OCR. */
  skew: number;
  /** The rows run vertically: the picture is a quarter turn off (which way is found by reading it). */
  sideways: boolean;
  /** Mostly light-on-dark (dark mode): inverted before OCR. */
  dark: boolean;
}

/** Images narrower than this or shorter than MIN_SIDE cannot hold a readable line of text. */
const MIN_LONG_SIDE = 40;
const MIN_SIDE = 10;
/** Analysis resolution: large photos are looked at reduced; screenshots at full size, so small UI text survives. */
const MAX_WORK_SIDE = 2000;
/** Ink differs from its neighbourhood's mean by at least this (light grey UI text still does, by 50+). */
const INK_CONTRAST = 24;
const MAX_INK_CONTRAST = 60;
const WINDOW_RADIUS = 12;
/** Vertical rows must outnumber horizontal ones by this much to read a picture as turned. */
const SIDEWAYS_MARGIN = 1.5;
/** A row of text needs this many glyph blobs side by side. */
const MIN_ROW = 3;
/**
 * Glyphs in rows an image needs to count as text: 8 for a small crop (one email address), rising
 * with the area to 40 from about 1.6 megapixels. Textured photos (wood, fabric) make short rows by
 * chance: at most 12 glyphs on the product photos of the test and evaluation corpora, against 139
 * and more on every one of their text images.
 */
export function minTextGlyphs(pixels: number): number {
  return Math.round(Math.min(40, MIN_TEXT_GLYPHS + (20 * pixels) / 1_000_000));
}

const MIN_TEXT_GLYPHS = 8;
/** Share of blobs in rows above which fewer glyphs (a line or two) are text: texture leaves most blobs alone. */
const CLEAN_TEXT = 0.6;
const MIN_CLEAN_GLYPHS = 16;

export function firstLook(image: Gray): FirstLook {
  const dark = isDark(image);
  if (Math.max(image.width, image.height) < MIN_LONG_SIDE || Math.min(image.width, image.height) < MIN_SIDE) {
    return { tiny: true, text: false, glyphs: 0, blobs: 0, glyphHeight: 0, skew: 0, sideways: false, dark };
  }
  const factor = Math.min(1, MAX_WORK_SIDE / Math.max(image.width, image.height));
  const work = scaleGray(image, factor);
  const mean = localMean(work, WINDOW_RADIUS);
  const contrast = inkContrast(work, mean);
  // Text may be darker or lighter than its surroundings (a dark panel inside a light page): both are looked at.
  const inks = [blobs(work, mean, -1, contrast), blobs(work, mean, 1, contrast)];
  const needed = minTextGlyphs(work.width * work.height);
  let best = strongest(inks.map(textRows));
  // A photo taken sideways whose EXIF orientation was lost: its rows run down the picture. Upright
  // text makes some vertical "rows" too (letters stacked across lines, barcode bars), and sideways
  // text some horizontal ones, so the turn is taken only on clearly stronger evidence.
  const turned = strongest(inks.map((list) => textRows(list.map(transpose))));
  const sideways = turned.glyphs >= SIDEWAYS_MARGIN * needed && turned.glyphs > SIDEWAYS_MARGIN * best.glyphs;
  if (sideways) best = turned;
  // Many glyphs, or fewer on a clean background where nearly every blob sits in a row (a scanned
  // page holding two lines: 32 glyphs of 38 blobs; the product photos: at most 48% in rows).
  const text = best.glyphs >= needed || (best.glyphs >= MIN_CLEAN_GLYPHS && best.glyphs >= CLEAN_TEXT * best.blobs);
  return {
    tiny: false,
    text,
    glyphs: best.glyphs,
    blobs: best.blobs,
    glyphHeight: best.height / factor,
    skew: best.skew,
    sideways,
    dark,
  };
}

function strongest(rows: Rows[]): Rows {
  return rows.reduce((a, b) => (b.glyphs > a.glyphs ? b : a));
}

function transpose(b: Blob): Blob {
  return { x0: b.y0, y0: b.x0, x1: b.y1, y1: b.x1, pixels: b.pixels };
}

/** Most of the picture is dark (sampled): a dark-mode screenshot. */
function isDark(image: Gray): boolean {
  const step = Math.max(1, Math.floor(image.data.length / 20_000));
  let darkCount = 0;
  let count = 0;
  for (let i = 0; i < image.data.length; i += step, count++) if (image.data[i]! < 100) darkCount++;
  return darkCount > count / 2;
}

/** Mean of a (2r+1)² window around each pixel, from an integral image. */
function localMean(g: Gray, r: number): Uint8Array {
  const { width: w, height: h, data } = g;
  const integral = new Uint32Array((w + 1) * (h + 1));
  for (let y = 0; y < h; y++) {
    let row = 0;
    for (let x = 0; x < w; x++) {
      row += data[y * w + x]!;
      integral[(y + 1) * (w + 1) + x + 1] = integral[y * (w + 1) + x + 1]! + row;
    }
  }
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const y0 = Math.max(0, y - r);
    const y1 = Math.min(h, y + r + 1);
    for (let x = 0; x < w; x++) {
      const x0 = Math.max(0, x - r);
      const x1 = Math.min(w, x + r + 1);
      const sum = integral[y1 * (w + 1) + x1]! - integral[y0 * (w + 1) + x1]! - integral[y1 * (w + 1) + x0]! + integral[y0 * (w + 1) + x0]!;
      out[y * w + x] = sum / ((y1 - y0) * (x1 - x0));
    }
  }
  return out;
}

interface Blob {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  pixels: number;
}

/**
 * The contrast that makes ink: INK_CONTRAST on the flat backgrounds of screenshots and paper, more
 * on a grainy photo (three robust standard deviations of the pixels around their local mean), so
 * that sensor noise does not form glyph-sized specks. Capped so that text on a noisy photo stays ink.
 */
function inkContrast(g: Gray, mean: Uint8Array): number {
  const histogram = new Uint32Array(256);
  let n = 0;
  for (let i = 0; i < g.data.length; i += 3, n++) histogram[Math.abs(g.data[i]! - mean[i]!)]!++;
  let seen = 0;
  let mad = 0;
  while (mad < 255 && (seen += histogram[mad]!) < n / 2) mad++;
  return Math.min(MAX_INK_CONTRAST, Math.max(INK_CONTRAST, Math.round(3 * 1.4826 * mad)));
}

/**
 * Connected blobs of ink (8-connected), by runs: each row's runs are joined with the overlapping
 * runs of the row above through a union-find. `sign` −1 looks for dark ink, +1 for light.
 */
function blobs(g: Gray, mean: Uint8Array, sign: -1 | 1, contrast: number): Blob[] {
  const { width: w, height: h, data } = g;
  const runs = new GrowableRuns();
  let prevStart = 0; // runs of the row above: [prevStart, prevEnd)
  let prevEnd = 0;
  for (let y = 0; y < h; y++) {
    const rowStart = runs.count;
    let k = prevStart;
    let x = 0;
    const base = y * w;
    while (x < w) {
      if ((data[base + x]! - mean[base + x]!) * sign < contrast) {
        x++;
        continue;
      }
      const start = x;
      while (x < w && (data[base + x]! - mean[base + x]!) * sign >= contrast) x++;
      const id = runs.add(start, x, y);
      // Runs above that touch this one, diagonals included; both lists are sorted by x.
      while (k < prevEnd && runs.end[k]! < start) k++;
      for (let j = k; j < prevEnd && runs.start[j]! <= x; j++) runs.union(id, j);
    }
    prevStart = rowStart;
    prevEnd = runs.count;
  }
  const merged = new Map<number, Blob>();
  for (let i = 0; i < runs.count; i++) {
    const root = runs.find(i);
    const x0 = runs.start[i]!;
    const x1 = runs.end[i]!;
    const y = runs.row[i]!;
    const m = merged.get(root);
    if (!m) merged.set(root, { x0, y0: y, x1, y1: y + 1, pixels: x1 - x0 });
    else {
      if (x0 < m.x0) m.x0 = x0;
      if (x1 > m.x1) m.x1 = x1;
      if (y + 1 > m.y1) m.y1 = y + 1;
      m.pixels += x1 - x0;
    }
  }
  const maxHeight = Math.max(8, Math.min(200, h * 0.3));
  return [...merged.values()].filter((b) => {
    const bw = b.x1 - b.x0;
    const bh = b.y1 - b.y0;
    const fill = b.pixels / (bw * bh);
    // Glyph-sized; a word whose letters touch may be long, but not a horizontal rule.
    return bh >= 4 && bh <= maxHeight && bw <= bh * 12 && fill > 0.08 && fill < 0.95;
  });
}

/** Runs of ink in typed arrays with a union-find over them (a noisy photo has millions). */
class GrowableRuns {
  count = 0;
  start = new Int32Array(4096);
  end = new Int32Array(4096);
  row = new Int32Array(4096);
  parent = new Int32Array(4096);

  add(start: number, end: number, row: number): number {
    if (this.count === this.start.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.start = grow(this.start);
      this.end = grow(this.end);
      this.row = grow(this.row);
      this.parent = grow(this.parent);
    }
    const id = this.count++;
    this.start[id] = start;
    this.end[id] = end;
    this.row[id] = row;
    this.parent[id] = id;
    return id;
  }

  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) {
      p[i] = p[p[i]!]!;
      i = p[i]!;
    }
    return i;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

interface Rows {
  glyphs: number;
  /** Glyph-sized blobs looked at, in rows or not. */
  blobs: number;
  height: number;
  /** Median slope of the rows, in degrees (positive: falling to the right). */
  skew: number;
}

/**
 * Blobs in rows of MIN_ROW or more neighbours of similar height, their median height, and the
 * slope of the rows (from the centres of neighbouring glyphs of equal height, so that ascenders
 * and descenders do not tilt it).
 */
function textRows(list: Blob[]): Rows {
  if (list.length < MIN_ROW) return { glyphs: 0, blobs: list.length, height: 0, skew: 0 };
  list.sort((a, b) => a.x0 - b.x0);
  const parent = list.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  // Blobs indexed by the band of rows they touch, to find right-hand neighbours quickly.
  const BAND = 16;
  const bands = new Map<number, number[]>();
  list.forEach((b, i) => {
    for (let band = Math.floor(b.y0 / BAND); band <= Math.floor((b.y1 - 1) / BAND); band++) {
      let entry = bands.get(band);
      if (!entry) bands.set(band, (entry = []));
      entry.push(i);
    }
  });
  const links: Array<[number, number]> = [];
  list.forEach((a, i) => {
    const ha = a.y1 - a.y0;
    const seen = new Set<number>();
    for (let band = Math.floor(a.y0 / BAND); band <= Math.floor((a.y1 - 1) / BAND); band++) {
      for (const j of bands.get(band) ?? []) {
        if (j <= i || seen.has(j)) continue;
        seen.add(j);
        const b = list[j]!;
        const hb = b.y1 - b.y0;
        const gap = b.x0 - a.x1;
        if (gap < -2 || gap > 1.2 * Math.max(ha, hb)) continue;
        if (hb > ha * 2.5 || ha > hb * 2.5) continue;
        const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
        if (overlap < 0.4 * Math.min(ha, hb)) continue;
        const ra = find(i);
        const rb = find(j);
        if (ra !== rb) parent[ra] = rb;
        const dx = (b.x0 + b.x1 - a.x0 - a.x1) / 2;
        if (hb <= ha * 1.25 && ha <= hb * 1.25 && dx > 0.5 * Math.min(ha, hb)) {
          links.push([i, Math.atan2((b.y0 + b.y1 - a.y0 - a.y1) / 2, dx)]);
        }
      }
    }
  });
  const size = new Map<number, number>();
  for (let i = 0; i < list.length; i++) size.set(find(i), (size.get(find(i)) ?? 0) + 1);
  const heights: number[] = [];
  for (let i = 0; i < list.length; i++) if (size.get(find(i))! >= MIN_ROW) heights.push(list[i]!.y1 - list[i]!.y0);
  if (heights.length === 0) return { glyphs: 0, blobs: list.length, height: 0, skew: 0 };
  heights.sort((a, b) => a - b);
  const angles = links.filter(([i]) => size.get(find(i))! >= MIN_ROW).map(([, angle]) => angle).sort((a, b) => a - b);
  const skew = angles.length > 0 ? (angles[angles.length >> 1]! * 180) / Math.PI : 0;
  return { glyphs: heights.length, blobs: list.length, height: heights[heights.length >> 1]!, skew };
}
