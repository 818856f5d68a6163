// 8-bit greyscale rasters: what OCR reads. Colour is dropped right after decoding, which quarters
// the memory of a large photo and is all Tesseract uses anyway.

export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Interleaved pixels: RGBA (alpha laid over white), RGB, or ABGR as bmp-js writes it. */
export type PixelLayout = 'rgba' | 'rgb' | 'abgr';

export function toGray(pixels: ArrayLike<number>, width: number, height: number, layout: PixelLayout): Gray {
  const n = width * height;
  const out = new Uint8Array(n);
  if (layout === 'rgba') {
    for (let i = 0, p = 0; i < n; i++, p += 4) {
      const luma = (pixels[p]! * 77 + pixels[p + 1]! * 150 + pixels[p + 2]! * 29) >> 8;
      const a = pixels[p + 3]!;
      // Transparent areas become white paper, the usual background of text.
      out[i] = a === 255 ? luma : (luma * a + 255 * (255 - a)) / 255;
    }
  } else if (layout === 'rgb') {
    for (let i = 0, p = 0; i < n; i++, p += 3) out[i] = (pixels[p]! * 77 + pixels[p + 1]! * 150 + pixels[p + 2]! * 29) >> 8;
  } else {
    for (let i = 0, p = 0; i < n; i++, p += 4) out[i] = (pixels[p + 3]! * 77 + pixels[p + 2]! * 150 + pixels[p + 1]! * 29) >> 8;
  }
  return { width, height, data: out };
}

/** Resized by a factor: area averaging when shrinking (no aliasing), bilinear when enlarging. */
export function scaleGray(src: Gray, factor: number): Gray {
  const width = Math.max(1, Math.round(src.width * factor));
  const height = Math.max(1, Math.round(src.height * factor));
  if (width === src.width && height === src.height) return src;
  return factor < 1 ? shrink(src, width, height) : enlarge(src, width, height);
}

function shrink(src: Gray, width: number, height: number): Gray {
  const out = new Uint8Array(width * height);
  const sx = src.width / width;
  const sy = src.height / height;
  const rowSum = new Float64Array(width);
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y * sy);
    const y1 = Math.max(y0 + 1, Math.min(src.height, Math.floor((y + 1) * sy)));
    rowSum.fill(0);
    for (let yy = y0; yy < y1; yy++) {
      const row = yy * src.width;
      for (let x = 0; x < width; x++) {
        const x0 = Math.floor(x * sx);
        const x1 = Math.max(x0 + 1, Math.min(src.width, Math.floor((x + 1) * sx)));
        let s = 0;
        for (let xx = x0; xx < x1; xx++) s += src.data[row + xx]!;
        rowSum[x]! += s / (x1 - x0);
      }
    }
    const count = y1 - y0;
    for (let x = 0; x < width; x++) out[y * width + x] = rowSum[x]! / count + 0.5;
  }
  return { width, height, data: out };
}

function enlarge(src: Gray, width: number, height: number): Gray {
  const out = new Uint8Array(width * height);
  const sx = src.width / width;
  const sy = src.height / height;
  const xs = new Int32Array(width);
  const fx = new Float32Array(width);
  for (let x = 0; x < width; x++) {
    const pos = Math.max(0, (x + 0.5) * sx - 0.5);
    xs[x] = Math.min(src.width - 1, Math.floor(pos));
    fx[x] = pos - xs[x]!;
  }
  for (let y = 0; y < height; y++) {
    const pos = Math.max(0, (y + 0.5) * sy - 0.5);
    const y0 = Math.min(src.height - 1, Math.floor(pos));
    const y1 = Math.min(src.height - 1, y0 + 1);
    const fy = pos - y0;
    const r0 = y0 * src.width;
    const r1 = y1 * src.width;
    for (let x = 0; x < width; x++) {
      const x0 = xs[x]!;
      const x1 = Math.min(src.width - 1, x0 + 1);
      const f = fx[x]!;
      const top = src.data[r0 + x0]! + (src.data[r0 + x1]! - src.data[r0 + x0]!) * f;
      const bottom = src.data[r1 + x0]! + (src.data[r1 + x1]! - src.data[r1 + x0]!) * f;
      out[y * width + x] = top + (bottom - top) * fy + 0.5;
    }
  }
  return { width, height, data: out };
}

/**
 * Turned upright according to an EXIF orientation (1–8): phones store portrait photos sideways
 * and set this tag, and Tesseract reads upright lines only.
 */
export function orient(src: Gray, orientation: number): Gray {
  if (orientation < 2 || orientation > 8) return src;
  const swap = orientation >= 5;
  const width = swap ? src.height : src.width;
  const height = swap ? src.width : src.height;
  const out = new Uint8Array(width * height);
  const W = src.width;
  const H = src.height;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      let nx: number;
      let ny: number;
      switch (orientation) {
        case 2: nx = W - 1 - x; ny = y; break;
        case 3: nx = W - 1 - x; ny = H - 1 - y; break;
        case 4: nx = x; ny = H - 1 - y; break;
        case 5: nx = y; ny = x; break;
        case 6: nx = H - 1 - y; ny = x; break;
        case 7: nx = H - 1 - y; ny = W - 1 - x; break;
        default: nx = y; ny = W - 1 - x; break; // 8
      }
      out[ny * width + nx] = src.data[y * W + x]!;
    }
  }
  return { width, height, data: out };
}

/**
 * Turned by `degrees` (positive: clockwise on screen) about the centre, on a canvas large enough
 * for the whole picture; new corners take the mean colour of the border. Bilinear sampling.
 */
export function rotateGray(src: Gray, degrees: number): Gray {
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const width = Math.ceil(Math.abs(src.width * cos) + Math.abs(src.height * sin) - 1e-6);
  const height = Math.ceil(Math.abs(src.width * sin) + Math.abs(src.height * cos) - 1e-6);
  const fill = borderMean(src);
  const out = new Uint8Array(width * height);
  const cx = src.width / 2;
  const cy = src.height / 2;
  const ox = width / 2;
  const oy = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // The source point that lands here: the inverse rotation.
      const dx = x + 0.5 - ox;
      const dy = y + 0.5 - oy;
      const sx = cos * dx + sin * dy + cx - 0.5;
      const sy = -sin * dx + cos * dy + cy - 0.5;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= src.width || y0 + 1 >= src.height) {
        out[y * width + x] = fill;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * src.width + x0;
      const top = src.data[i]! + (src.data[i + 1]! - src.data[i]!) * fx;
      const bottom = src.data[i + src.width]! + (src.data[i + src.width + 1]! - src.data[i + src.width]!) * fx;
      out[y * width + x] = top + (bottom - top) * fy + 0.5;
    }
  }
  return { width, height, data: out };
}

function borderMean(g: Gray): number {
  let sum = 0;
  let n = 0;
  for (let x = 0; x < g.width; x++, n += 2) sum += g.data[x]! + g.data[(g.height - 1) * g.width + x]!;
  for (let y = 0; y < g.height; y++, n += 2) sum += g.data[y * g.width]! + g.data[y * g.width + g.width - 1]!;
  return Math.round(sum / n);
}

/** Binary PGM: the cheapest lossless container Tesseract's Leptonica reads (no compression to pay for). */
export function toPgm(gray: Gray): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${gray.width} ${gray.height}\n255\n`);
  const out = new Uint8Array(header.length + gray.data.length);
  out.set(header, 0);
  out.set(gray.data, header.length);
  return out;
}
