// Image bytes → greyscale pages, with decoders written in JavaScript or compiled to WebAssembly
// only. @napi-rs/canvas decodes faster (0.31 s against 1.07 s for a 12 MP JPEG) but crashes the
// whole process with SIGSEGV on a damaged PNG, JPEG, GIF or any TIFF (measured on 0.1.80), and a
// scan must survive a half-written file. Decoders load on first use: a scan without HEIC never
// compiles libheif.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { headerSize, imageKind, jpegOrientation, type ImageKind } from './image-header.js';
import { orient, toGray, type Gray } from './raster.js';

const require = createRequire(import.meta.url);

export interface OpenedImage {
  kind: ImageKind;
  /** Pages (frames of a TIFF); a GIF is read at its first frame only. */
  pages: number;
  /** Decodes one page (0-based) to greyscale, upright. */
  page(index: number): Promise<Gray>;
}

export type OpenOutcome =
  | { ok: true; image: OpenedImage }
  | { ok: false; reason: 'unsupported' | 'corrupt' | 'too-large'; message: string };

export interface DecodeLimits {
  /** Larger images are refused before decoding (a 100 MP RGBA bitmap is 400 MB). */
  maxPixels: number;
}

export const DEFAULT_DECODE_LIMITS: DecodeLimits = { maxPixels: 100_000_000 };

const CORRUPT = 'This image could not be decoded: it appears to be damaged or incomplete.';

export async function openImage(data: Uint8Array, limits: DecodeLimits = DEFAULT_DECODE_LIMITS): Promise<OpenOutcome> {
  const kind = imageKind(data);
  if (kind === 'unknown') return { ok: false, reason: 'unsupported', message: 'This image is in a format the scan cannot decode.' };
  if (kind === 'avif') return { ok: false, reason: 'unsupported', message: 'This is an AVIF image, which the scan cannot decode yet; its text was not read.' };
  const size = headerSize(data, kind);
  if (size && size.width * size.height > limits.maxPixels) return tooLarge(size.width * size.height, limits);
  if (size && (size.width === 0 || size.height === 0)) return { ok: false, reason: 'corrupt', message: CORRUPT };
  try {
    switch (kind) {
      case 'tiff':
        return openTiff(data, limits);
      case 'heic':
        return await openHeic(data, limits);
      default:
        return single(kind, await decodeSingle(kind, data, limits));
    }
  } catch {
    // Decoder messages can quote file bytes: only ours goes out.
    return { ok: false, reason: 'corrupt', message: CORRUPT };
  }
}

function single(kind: ImageKind, gray: Gray): OpenOutcome {
  return { ok: true, image: { kind, pages: 1, page: async () => gray } };
}

function tooLarge(pixels: number, limits: DecodeLimits): OpenOutcome {
  const mp = (n: number) => `${Math.round(n / 1_000_000)} megapixels`;
  return { ok: false, reason: 'too-large', message: `This image is ${mp(pixels)}, more than the ${mp(limits.maxPixels)} the scan decodes; its text was not read.` };
}

async function decodeSingle(kind: ImageKind, data: Uint8Array, limits: DecodeLimits): Promise<Gray> {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  switch (kind) {
    case 'png': {
      const { PNG } = require('pngjs') as typeof import('pngjs');
      const png = PNG.sync.read(buffer);
      return toGray(png.data, png.width, png.height, 'rgba');
    }
    case 'jpeg': {
      const jpeg = require('jpeg-js') as typeof import('jpeg-js');
      const maxResolutionInMP = limits.maxPixels / 1_000_000;
      const image = jpeg.decode(buffer, { useTArray: true, formatAsRGBA: false, maxResolutionInMP, maxMemoryUsageInMB: 1024 });
      const channels = image.data.length / (image.width * image.height);
      const gray = toGray(image.data, image.width, image.height, channels === 4 ? 'rgba' : 'rgb');
      return orient(gray, jpegOrientation(data));
    }
    case 'gif': {
      const { GifReader } = require('omggif') as typeof import('omggif');
      const gif = new GifReader(buffer);
      const pixels = new Uint8Array(gif.width * gif.height * 4);
      gif.decodeAndBlitFrameRGBA(0, pixels);
      return toGray(pixels, gif.width, gif.height, 'rgba');
    }
    case 'bmp': {
      const bmp = require('bmp-js') as typeof import('bmp-js');
      const image = bmp.decode(buffer);
      return toGray(image.data, image.width, image.height, 'abgr');
    }
    case 'webp': {
      const image = await decodeWebp(data);
      return toGray(image.data, image.width, image.height, 'rgba');
    }
    default:
      throw new Error('no decoder');
  }
}

function openTiff(data: Uint8Array, limits: DecodeLimits): OpenOutcome {
  const UTIF = require('utif2') as typeof import('utif2');
  const buffer = tightCopy(data);
  // Full-resolution images only: reduced-resolution copies (previews) repeat the same page.
  const ifds = UTIF.decode(buffer).filter((ifd) => {
    const subfile = Number((ifd['t254'] as number[] | undefined)?.[0] ?? 0);
    return ifd['t256'] !== undefined && ifd['t257'] !== undefined && (subfile & 1) === 0;
  });
  if (ifds.length === 0) return { ok: false, reason: 'corrupt', message: CORRUPT };
  for (const ifd of ifds) {
    const pixels = Number((ifd['t256'] as number[])[0]) * Number((ifd['t257'] as number[])[0]);
    if (pixels > limits.maxPixels) return tooLarge(pixels, limits);
  }
  const image: OpenedImage = {
    kind: 'tiff',
    pages: ifds.length,
    page: async (index) => {
      const ifd = ifds[index]!;
      UTIF.decodeImage(buffer, ifd);
      const rgba = UTIF.toRGBA8(ifd);
      const width = ifd.width as number;
      const height = ifd.height as number;
      if (!width || !height || rgba.length < width * height * 4) throw new Error('short page');
      const gray = toGray(rgba, width, height, 'rgba');
      Reflect.deleteProperty(ifd, 'data'); // the decoded page is not needed twice
      return gray;
    },
  };
  return { ok: true, image };
}

// ── WebP (libwebp in WebAssembly) ──

let webpReady: Promise<(buffer: ArrayBuffer) => Promise<{ width: number; height: number; data: Uint8ClampedArray }>> | undefined;

async function decodeWebp(data: Uint8Array): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  webpReady ??= (async () => {
    const codec = await import('@jsquash/webp/decode.js');
    // Given the bytes, the codec never tries to fetch its .wasm (it would, by URL).
    const wasmBinary = readFileSync(require.resolve('@jsquash/webp/codec/dec/webp_dec.wasm'));
    await (codec.init as unknown as (options: { wasmBinary: Uint8Array }) => Promise<void>)({ wasmBinary });
    return codec.default as unknown as (buffer: ArrayBuffer) => Promise<{ width: number; height: number; data: Uint8ClampedArray }>;
  })();
  const decode = await webpReady;
  return decode(tightCopy(data));
}

// ── HEIC (libheif in WebAssembly) ──

type HeicDecoder = ReturnType<typeof import('heic-decode/lib.js')>;
let heic: HeicDecoder | undefined;

async function openHeic(data: Uint8Array, limits: DecodeLimits): Promise<OpenOutcome> {
  if (!heic) {
    // libheif prints parse errors to the console: silenced, they would land in the CLI's output.
    const silent = () => undefined;
    const factory = require('libheif-js/libheif-wasm/libheif-bundle.js') as typeof import('libheif-js/libheif-wasm/libheif-bundle.js');
    const bind = require('heic-decode/lib.js') as typeof import('heic-decode/lib.js');
    heic = bind(factory({ print: silent, printErr: silent }));
  }
  const images = await quietly(() => heic!.all({ buffer: new Uint8Array(data) }));
  try {
    const primary = images[0];
    if (!primary) return { ok: false, reason: 'corrupt', message: CORRUPT };
    if (primary.width * primary.height > limits.maxPixels) return tooLarge(primary.width * primary.height, limits);
    const { width, height, data: rgba } = await primary.decode();
    return single('heic', toGray(rgba, width, height, 'rgba'));
  } finally {
    images.dispose();
  }
}

/**
 * libheif's JavaScript logs parse errors with console.log, which in a scan thread reaches the CLI's
 * stdout. A scan thread reads one file at a time, so nothing else is silenced meanwhile.
 */
async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = () => undefined;
  try {
    return await run();
  } finally {
    console.log = log;
  }
}

/** An ArrayBuffer holding exactly these bytes (Node pools small buffers; decoders read the whole ArrayBuffer). */
function tightCopy(data: Uint8Array): ArrayBuffer {
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}
