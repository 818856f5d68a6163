// What an image file says about itself before any pixel is decoded: its kind, its size and (for
// JPEG) its EXIF orientation. Used to refuse decompression bombs before decoding them.

export type ImageKind = 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp' | 'tiff' | 'heic' | 'avif' | 'unknown';

export function imageKind(d: Uint8Array): ImageKind {
  if (at(d, 0, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (at(d, 0, [0xff, 0xd8, 0xff])) return 'jpeg';
  const head = ascii(d, 0, 12);
  if (head.startsWith('GIF8')) return 'gif';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'webp';
  if (head.startsWith('BM')) return 'bmp';
  if (head.startsWith('II*\0') || head.startsWith('MM\0*')) return 'tiff';
  if (head.slice(4, 8) === 'ftyp') {
    // The generic brands (mif1, msf1) cover AVIF too: the compatible brands tell them apart.
    const size = Math.min(d.length, ((d[0]! << 24) | (d[1]! << 16) | (d[2]! << 8) | d[3]!) >>> 0, 256);
    const brands = [head.slice(8, 12)];
    for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(d, at, at + 4));
    if (brands.some((b) => b === 'avif' || b === 'avis')) return 'avif';
    if (brands.some((b) => ['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'].includes(b))) return 'heic';
  }
  return 'unknown';
}

/** Width and height from the header, when the format states them up front; undefined when unreadable. */
export function headerSize(d: Uint8Array, kind: ImageKind): { width: number; height: number } | undefined {
  const v = new DataView(d.buffer, d.byteOffset, d.byteLength);
  try {
    switch (kind) {
      case 'png':
        return { width: v.getUint32(16), height: v.getUint32(20) };
      case 'gif':
        return { width: v.getUint16(6, true), height: v.getUint16(8, true) };
      case 'bmp':
        return { width: Math.abs(v.getInt32(18, true)), height: Math.abs(v.getInt32(22, true)) };
      case 'jpeg':
        return jpegSize(d, v);
      case 'webp':
        return webpSize(d, v);
      default:
        return undefined;
    }
  } catch {
    return undefined; // a header shorter than it claims
  }
}

function jpegSize(d: Uint8Array, v: DataView): { width: number; height: number } | undefined {
  let p = 2;
  while (p + 9 < d.length) {
    if (d[p] !== 0xff) return undefined;
    const marker = d[p + 1]!;
    if (marker === 0xff) {
      p++;
      continue;
    }
    const length = v.getUint16(p + 2);
    // Start-of-frame markers (not DHT C4, JPG C8, DAC CC) carry the size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: v.getUint16(p + 5), width: v.getUint16(p + 7) };
    }
    p += 2 + length;
  }
  return undefined;
}

function webpSize(d: Uint8Array, v: DataView): { width: number; height: number } | undefined {
  const chunk = ascii(d, 12, 16);
  if (chunk === 'VP8X') return { width: 1 + (v.getUint32(24, true) & 0xffffff), height: 1 + (v.getUint32(27, true) & 0xffffff) };
  if (chunk === 'VP8L') {
    const bits = v.getUint32(21, true);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
  }
  if (chunk === 'VP8 ') return { width: v.getUint16(26, true) & 0x3fff, height: v.getUint16(28, true) & 0x3fff };
  return undefined;
}

/** EXIF orientation (1–8) of a JPEG, 1 when absent. */
export function jpegOrientation(d: Uint8Array): number {
  const v = new DataView(d.buffer, d.byteOffset, d.byteLength);
  let p = 2;
  try {
    while (p + 4 < d.length && d[p] === 0xff) {
      const marker = d[p + 1]!;
      if (marker === 0xda || marker === 0xd9) break; // image data starts: no EXIF after this
      const length = v.getUint16(p + 2);
      if (marker === 0xe1 && ascii(d, p + 4, p + 10) === 'Exif\0\0') return exifOrientation(v, p + 10);
      p += 2 + length;
    }
  } catch {
    // a damaged EXIF block is no reason to refuse the image
  }
  return 1;
}

function exifOrientation(v: DataView, tiff: number): number {
  const little = v.getUint16(tiff) === 0x4949;
  const ifd = tiff + v.getUint32(tiff + 4, little);
  const entries = v.getUint16(ifd, little);
  for (let i = 0; i < entries; i++) {
    const e = ifd + 2 + i * 12;
    if (v.getUint16(e, little) === 0x0112) {
      const value = v.getUint16(e + 8, little);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

function at(d: Uint8Array, offset: number, bytes: number[]): boolean {
  return bytes.every((b, i) => d[offset + i] === b);
}

function ascii(d: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < Math.min(end, d.length); i++) s += String.fromCharCode(d[i]!);
  return s;
}
