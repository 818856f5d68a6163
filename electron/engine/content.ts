// What a format reader hands to the recognizers: text with locations, or tables read row by row.
// Iterables, not arrays, so that a 100 MB CSV is analysed as it is parsed instead of held whole.
import type { FileFormat, NotInspectedReason, Where } from '../../shared/types.js';
import type { OcrSettings } from './ocr/settings.js';

export interface TextUnit {
  text: string;
  where: Where;
}

/** A run of text (a page, a whole text file, an OCR block), split into located units (lines). */
export interface TextContent {
  type: 'text';
  units: Iterable<TextUnit>;
}

/** One sheet of a spreadsheet (or a whole CSV): rows of cell texts, 0-based, header not yet known. */
export interface TableContent {
  type: 'table';
  sheet: string;
  rows: Iterable<string[]>;
}

export type Content = TextContent | TableContent;

/** A file found inside an archive, to be read as a file of its own (`archive.zip!inner/path.csv`). */
export interface ArchiveEntry {
  name: string;
  data: Uint8Array;
  mtimeMs: number;
}

export type ReadOutcome =
  | { ok: true; content: Content[]; ocr?: boolean; entries?: ArchiveEntry[]; notes?: ReadNote[] }
  | { ok: false; reason: NotInspectedReason; message: string };

/** Something a reader could not fully inspect inside a readable file (an archive entry too large, an empty PDF page). */
export interface ReadNote {
  path?: string;
  reason: NotInspectedReason;
  message: string;
}

export interface ReadContext {
  /** Path for messages only: a reader never opens files itself. */
  displayName: string;
  format: FileFormat;
  limits: ReadLimits;
  /** Read text in images and scanned PDF pages (OCR); when false they are reported needs-ocr. */
  ocr?: boolean;
  ocrSettings?: OcrSettings;
}

export interface ReadLimits {
  /** Largest file any reader parses whole. */
  maxFileBytes: number;
  /** Archive and OOXML/ODS expansion limits (zip bombs). */
  maxEntries: number;
  maxUncompressedBytes: number;
  maxCompressionRatio: number;
  maxArchiveDepth: number;
  /** Spreadsheet cells beyond this are not read; the file is reported too-large instead of half-read. */
  maxCells: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 512 * 1024 * 1024,
  maxEntries: 10_000,
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxArchiveDepth: 3,
  maxCells: 3_000_000,
};

export type FormatReader = (data: Uint8Array, ctx: ReadContext) => ReadOutcome | Promise<ReadOutcome>;
