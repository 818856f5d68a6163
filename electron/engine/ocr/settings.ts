// How OCR runs, as carried from the scan's options into each file task. Plain data (it crosses
// into worker threads).

export interface OcrSettings {
  /** Tesseract languages; English only by default (the figures behind that are in the OCR bench notes). */
  languages?: string[];
  /** Folder with `<code>.traineddata.gz` per language: the packaged app's resources. Defaults to node_modules. */
  languageDir?: string;
  /** Folder of the result cache; without it nothing about an image is written anywhere. */
  cacheDir?: string;
  /** OCR time one file may use; pages beyond it are reported unread rather than the file timing out. */
  budgetMs?: number;
  /** Pages of one multi-page image (TIFF) or PDF read at most. */
  maxPages?: number;
}

export const DEFAULT_OCR_BUDGET_MS = 40_000;
export const DEFAULT_OCR_MAX_PAGES = 50;

/**
 * Changes whenever the pipeline could read an image differently (decoders, first look, scaling,
 * Tesseract parameters or model): cached results from another version are not reused.
 */
export const OCR_PIPELINE_VERSION = 'ocr-1';
