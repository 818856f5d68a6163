// The Tesseract engine (tesseract.js, WebAssembly), fully offline: the core comes from
// node_modules and the language data from a folder on disk, never from a CDN. One engine per scan
// thread, started on the first image and reused for every later one; tesseract.js runs it in a
// worker thread of its own, which ends with the scan thread (or with terminateOcr()).
import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Tesseract from 'tesseract.js';

const require = createRequire(import.meta.url);

export type Box = [number, number, number, number];

export interface OcrWord {
  text: string;
  box: Box;
}

export interface OcrLine {
  text: string;
  /** The line's words with their boxes (for splitting a line that spans two columns). */
  words: OcrWord[];
  /** Tesseract's mean word confidence for the line, 0–100. */
  confidence: number;
  /** x, y, width, height in the pixels of the image that was recognised. */
  box: Box;
  /** Index of the layout block (a panel, a paragraph, a column) the line belongs to. */
  block: number;
}

export interface OcrEngineOptions {
  /** Tesseract language codes; English by default. */
  languages?: string[];
  /**
   * Folder holding `<code>.traineddata.gz` (LSTM, best_int) for every language. In the packaged
   * app this is a resources folder; by default each language is found in its @tesseract.js-data package.
   */
  languageDir?: string;
  /** tesseract.js never settles when its language data is missing: give up after this long. */
  startTimeoutMs?: number;
  /** Extra Tesseract parameters (tuning and benchmarks). */
  parameters?: Record<string, string>;
}

const DEFAULT_START_TIMEOUT_MS = 30_000;

/** Chosen on the test corpus (fields read exactly, 62 planted): see tests/bench/ocr-bench.ts. */
const TESSERACT_PARAMETERS: Record<string, string> = {
  // Automatic layout (PSM 3): 50/62, against 47 for sparse text (11) and 48 for one column (4).
  tessedit_pageseg_mode: Tesseract.PSM.AUTO,
  // Leptonica's tiled Otsu instead of one global threshold: light grey text under a dark header
  // bar vanished with the global one (a customer list read 0/25 fields, 23/25 tiled).
  thresholding_method: '1',
  // Screenshots carry no DPI; a fixed value avoids the resolution guess and its warning.
  user_defined_dpi: '300',
  // Tesseract prints notes ("Detected 5 diacritics") to stdout, which is the CLI's result channel.
  debug_file: '/dev/null',
};

export class OcrStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OcrStartError';
  }
}

export class OcrEngine {
  private worker: Promise<Tesseract.Worker> | undefined;

  constructor(private readonly options: OcrEngineOptions = {}) {}

  get languages(): string[] {
    return this.options.languages ?? ['eng'];
  }

  /** Lines of text with their boxes. `image` is any format Leptonica reads; the pipeline sends PGM. */
  async recognize(image: Uint8Array): Promise<OcrLine[]> {
    const worker = await this.start();
    const result = await worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), {}, { blocks: true, text: false });
    return linesOf(result.data);
  }

  async terminate(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await (await worker.catch(() => undefined))?.terminate().catch(() => undefined);
  }

  private start(): Promise<Tesseract.Worker> {
    this.worker ??= startWorker(this.languages, this.options).catch((error: unknown) => {
      this.worker = undefined; // the next image tries again
      throw error;
    });
    return this.worker;
  }
}

async function startWorker(languages: string[], options: OcrEngineOptions): Promise<Tesseract.Worker> {
  const langPath = options.languageDir ?? packagedLanguageDir(languages);
  // A missing file would leave tesseract.js waiting forever with its thread alive: checked first.
  for (const code of languages) {
    await access(join(langPath, `${code}.traineddata.gz`)).catch(() => {
      throw new OcrStartError(`The OCR language data for '${code}' is missing.`);
    });
  }
  const timeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  const creating = Tesseract.createWorker(languages.join('+'), Tesseract.OEM.LSTM_ONLY, {
    langPath,
    gzip: true,
    // The default cache writes the unpacked model (23.5 MB) into the working directory.
    cacheMethod: 'none',
    // Without a handler tesseract.js throws from a message callback, which takes the process down.
    errorHandler: () => undefined,
    logger: () => undefined,
  });
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OcrStartError('The OCR engine did not start: its language data may be missing.')), timeoutMs);
  });
  try {
    const worker = await Promise.race([creating, timeout]);
    await worker.setParameters({ ...TESSERACT_PARAMETERS, ...options.parameters });
    return worker;
  } catch (error) {
    // A worker that started late is not left running.
    void creating.then((w) => w.terminate()).catch(() => undefined);
    throw error instanceof OcrStartError ? error : new OcrStartError('The OCR engine did not start.');
  } finally {
    clearTimeout(timer);
  }
}

/** The folder of the languages' npm package (@tesseract.js-data/<code>); all must share one. */
function packagedLanguageDir(languages: string[]): string {
  const dirs = new Set<string>();
  for (const code of languages) {
    try {
      dirs.add(join(dirname(require.resolve(`@tesseract.js-data/${code}/package.json`)), '4.0.0_best_int'));
    } catch {
      throw new OcrStartError(`The OCR language data for '${code}' is not installed.`);
    }
  }
  if (dirs.size !== 1) throw new OcrStartError('Several OCR languages need one languageDir holding all of their data files.');
  return [...dirs][0]!;
}

function linesOf(page: Tesseract.Page): OcrLine[] {
  const lines: OcrLine[] = [];
  (page.blocks ?? []).forEach((block, blockIndex) => {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const text = line.text.replace(/\s+$/, '');
        if (text.trim().length === 0) continue;
        const words = line.words.filter((w) => w.text.trim().length > 0).map((w) => ({ text: w.text, box: boxOf(w.bbox) }));
        lines.push({ text, words, confidence: line.confidence, box: boxOf(line.bbox), block: blockIndex });
      }
    }
  });
  return lines;
}

function boxOf({ x0, y0, x1, y1 }: Tesseract.Bbox): Box {
  return [x0, y0, x1 - x0, y1 - y0];
}

/** The engine of this thread (a scan worker), created on first use. */
let shared: { engine: OcrEngine; key: string } | undefined;

export function threadEngine(options: OcrEngineOptions = {}): OcrEngine {
  const key = JSON.stringify([options.languages ?? ['eng'], options.languageDir ?? '', options.parameters ?? {}]);
  if (!shared || shared.key !== key) {
    void shared?.engine.terminate();
    shared = { engine: new OcrEngine(options), key };
  }
  return shared.engine;
}

/** Ends this thread's engine (a scan run outside worker threads calls this when done). */
export async function terminateOcr(): Promise<void> {
  const current = shared;
  shared = undefined;
  await current?.engine.terminate();
}
