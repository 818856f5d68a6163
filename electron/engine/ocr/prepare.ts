// Readies a greyscale page for Tesseract: text scaled to the size Tesseract reads best (judged
// from the glyph height the first look measured), straightened when photographed at an angle,
// and dark mode inverted to dark-on-light. Small UI text is enlarged (a 13–15 px font at 1× makes
// 9–10 px glyphs); large text in photos and phone screenshots is shrunk, which is also faster.
import type { Box } from './engine.js';
import type { FirstLook } from './first-look.js';
import { rotateGray, scaleGray, toPgm, type Gray } from './raster.js';

export interface ScalePolicy {
  /** Glyph height (median ink blob, ≈ cap height) aimed at, in pixels. */
  targetGlyph: number;
  minFactor: number;
  maxFactor: number;
  /** The image handed to Tesseract is kept under this many pixels (time grows with area). */
  maxPixels: number;
}

export const DEFAULT_SCALE: ScalePolicy = { targetGlyph: 20, minFactor: 0.5, maxFactor: 2.5, maxPixels: 16_000_000 };

/** Tesseract copes with a slight slope; beyond this (measured: a label at 8–10° reads nothing) it is undone first. */
const MAX_SKEW = 1.5;

export interface Prepared {
  /** PGM bytes for Tesseract. */
  image: Uint8Array;
  /** Maps a box found in `image` back to the original picture. */
  toOriginal(box: Box): Box;
}

export function prepareForOcr(gray: Gray, look: FirstLook, policy: ScalePolicy = DEFAULT_SCALE): Prepared {
  const factor = scaleFactor(gray, look, policy);
  const scaled = scaleGray(gray, factor);
  const sx = scaled.width / gray.width;
  const sy = scaled.height / gray.height;
  const skew = Math.abs(look.skew) > MAX_SKEW ? look.skew : 0;
  const straight = skew !== 0 ? rotateGray(scaled, -skew) : scaled;
  const upright = look.dark ? invert(straight) : straight;
  const unrotate = skew !== 0 ? rotationBack(scaled, straight, skew) : (x: number, y: number): [number, number] => [x, y];
  return {
    image: toPgm(upright),
    toOriginal: ([x, y, w, h]) => {
      const corners = [unrotate(x, y), unrotate(x + w, y), unrotate(x, y + h), unrotate(x + w, y + h)];
      const xs = corners.map((c) => c[0] / sx);
      const ys = corners.map((c) => c[1] / sy);
      const x0 = clamp(Math.min(...xs), gray.width);
      const y0 = clamp(Math.min(...ys), gray.height);
      return [Math.round(x0), Math.round(y0), Math.round(clamp(Math.max(...xs), gray.width) - x0), Math.round(clamp(Math.max(...ys), gray.height) - y0)];
    },
  };
}

export function scaleFactor(gray: Gray, look: FirstLook, policy: ScalePolicy = DEFAULT_SCALE): number {
  let factor = look.glyphHeight > 0 ? policy.targetGlyph / look.glyphHeight : 1;
  factor = Math.min(policy.maxFactor, Math.max(policy.minFactor, factor));
  factor = Math.min(factor, Math.sqrt(policy.maxPixels / (gray.width * gray.height)));
  // Within 10% of the original, the resampling costs more than it brings.
  return Math.abs(factor - 1) < 0.1 ? 1 : factor;
}

/** A point of the straightened image back in the image before rotateGray(src, -skew). */
function rotationBack(src: Gray, rotated: Gray, skew: number): (x: number, y: number) => [number, number] {
  const a = (-skew * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  return (x, y) => {
    const dx = x - rotated.width / 2;
    const dy = y - rotated.height / 2;
    return [cos * dx + sin * dy + src.width / 2, -sin * dx + cos * dy + src.height / 2];
  };
}

function clamp(v: number, max: number): number {
  return Math.min(max, Math.max(0, v));
}

function invert(g: Gray): Gray {
  const data = new Uint8Array(g.data.length);
  for (let i = 0; i < data.length; i++) data[i] = 255 - g.data[i]!;
  return { width: g.width, height: g.height, data };
}
