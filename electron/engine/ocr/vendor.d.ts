// Just enough typing for the pure-JS and WebAssembly image decoders that ship without types.

declare module 'pngjs' {
  export const PNG: {
    sync: {
      read(data: Buffer, options?: { skipRescale?: boolean }): { width: number; height: number; data: Buffer };
      write(png: { width: number; height: number; data: Buffer }, options?: { colorType?: number; inputColorType?: number; inputHasAlpha?: boolean }): Buffer;
    };
  };
}

declare module 'omggif' {
  export class GifReader {
    constructor(data: Uint8Array);
    width: number;
    height: number;
    numFrames(): number;
    decodeAndBlitFrameRGBA(frame: number, pixels: Uint8Array): void;
  }
  export class GifWriter {
    constructor(buffer: Uint8Array, width: number, height: number, options?: { palette?: number[]; loop?: number });
    addFrame(x: number, y: number, w: number, h: number, indexed: Uint8Array, options?: { palette?: number[]; delay?: number }): number;
    end(): number;
  }
}

declare module 'bmp-js' {
  /** Pixels come out as A,B,G,R bytes (the A byte is 0 unless the file has alpha). */
  export function decode(data: Buffer): { width: number; height: number; data: Buffer };
  export function encode(image: { width: number; height: number; data: Buffer }): { data: Buffer };
}

declare module 'heic-decode/lib.js' {
  interface HeicImage {
    width: number;
    height: number;
    decode(): Promise<{ width: number; height: number; data: Uint8ClampedArray }>;
  }
  const bind: (libheif: unknown) => {
    all(input: { buffer: Uint8Array }): Promise<HeicImage[] & { dispose(): void }>;
  };
  export = bind;
}

declare module 'libheif-js/libheif-wasm/libheif-bundle.js' {
  const factory: (module?: { print?: (s: string) => void; printErr?: (s: string) => void }) => unknown;
  export = factory;
}
