// One shard of a large CSV or TSV, read in a pool worker. Every shard looks at the start of the
// file for itself (encoding, delimiter, header, column plans, what the phone columns learn from
// the first rows) and so decides exactly as a whole-file read would; then it reads only the rows
// that start in its byte range. The first shard also reads the title rows and hashes the file.
import { createHash } from 'node:crypto';
import type { Category, FileFormat } from '../../../shared/types.js';
import { CATEGORIES } from '../../../shared/types.js';
import { analyzeTablePart, headOf, LEARN_ROWS, planTable, readPlannedTable, SAMPLE_ROWS } from '../analyze/table.js';
import { FindingsCollector, type EvidenceCandidate } from '../file-result.js';
import { delimitedLayout } from '../formats/delimited.js';
import { detectFormat } from '../formats/detect.js';
import type { FileTask } from '../inspect-file.js';
import { afterLineFeed, rangeRows, type RangeEnd } from './range-rows.js';

/**
 * Evidence candidates a shard keeps per category. Values an earlier shard already found are not
 * new in the merged file, so a later shard offers more than the 20 shown.
 */
export const SHARD_CANDIDATES = 200;
const HEAD_BYTES = 8192;

export interface ShardRequest {
  /** The whole file, read once by the scan and shared by the shards (not copied). */
  data: SharedArrayBuffer;
  length: number;
  index: number;
  count: number;
  /** This shard's rows start after the first line feed at or after `from` — or exactly at `from` when `exact`. */
  from: number;
  exact: boolean;
  /** They end where the next shard's guess starts: after the first line feed at or after `to` (the file's end for the last shard). */
  to: number;
  /** The first shard's `to`: the rows the phone columns learn from must all lie before it. */
  firstTo: number;
}

/** A shard's findings in a form that crosses threads: distinct values as their hash tables. */
export interface PortablePart {
  distinct: Record<Category, { table: Int32Array; size: number }>;
  records: number;
  completeRecord: boolean;
  multiCategory: boolean;
  candidates: Record<Category, EvidenceCandidate[]>;
}

export type ShardAnswer =
  | { kind: 'shard'; ok: false; why: string }
  | {
      kind: 'shard';
      ok: true;
      index: number;
      /** Where its rows started, and where the last of them ended (undefined: not known in bytes). */
      start: number;
      endsAt: number | undefined;
      /** Table rows it covered; the first shard counts the header and any title rows too. */
      rows: number;
      format: FileFormat;
      /** The first shard's SHA-256 of the whole file. */
      sha256?: string;
      part: PortablePart;
    };

export function inspectShard(task: FileTask, shard: ShardRequest): ShardAnswer {
  const data = new Uint8Array(shard.data, 0, shard.length);
  const format = detectFormat(data.subarray(0, HEAD_BYTES), task.path);
  if (format !== 'csv' && format !== 'tsv') return refuse('not a delimited table by its content');
  const layout = delimitedLayout(data, { displayName: task.path, format, limits: task.limits });
  if ('ok' in layout) return refuse('not text');
  const { guess, delimiter } = layout;
  // UTF-16 has no single-byte line feed to split at.
  if (guess.encoding !== 'utf-8' && guess.encoding !== 'windows-1252') return refuse('utf-16');

  const last = shard.index === shard.count - 1;
  const start = shard.index === 0 ? guess.bomLength : shard.exact ? shard.from : afterLineFeed(data, shard.from);
  const end = last ? data.length : afterLineFeed(data, shard.to);
  const collector = new FindingsCollector({ candidates: SHARD_CANDIDATES });
  const range: RangeEnd = { endsAt: undefined, rows: 0 };
  const rows = withoutFirst(rangeRows(data, guess, delimiter, start, end, range), shard.index === 0 && layout.skipFirst);

  if (shard.index === 0) {
    const { head, rest } = headOf(rows);
    if (head.length === 0) return refuse('no rows');
    const plan = planTable(head, task.analyze);
    if (plan.document) return refuse('laid out as a document');
    readPlannedTable(layout.sheet, plan, rest, collector, task.analyze);
  } else {
    // The table's first rows, as the first shard reads them: they must close before its range ends.
    const learnEnd: RangeEnd = { endsAt: undefined, rows: 0 };
    const learn: string[][] = [];
    for (const row of withoutFirst(rangeRows(data, guess, delimiter, guess.bomLength, afterLineFeed(data, shard.firstTo), learnEnd), layout.skipFirst)) {
      learn.push(row);
      if (learn.length >= LEARN_ROWS) break;
    }
    if (learn.length < LEARN_ROWS) return refuse('rows too long to learn from the first shard');
    const plan = planTable(learn.slice(0, SAMPLE_ROWS), task.analyze);
    if (plan.document) return refuse('laid out as a document');
    analyzeTablePart(layout.sheet, plan, learn, rows, collector, task.analyze);
  }

  const part = collector.part();
  const distinct = {} as PortablePart['distinct'];
  for (const category of CATEGORIES) distinct[category] = part.distinct[category].exportTable();
  return {
    kind: 'shard',
    ok: true,
    index: shard.index,
    start,
    endsAt: range.endsAt,
    rows: range.rows - (shard.index === 0 && layout.skipFirst && range.rows > 0 ? 1 : 0),
    format,
    sha256: shard.index === 0 ? createHash('sha256').update(data).digest('hex') : undefined,
    part: { distinct, records: part.records, completeRecord: part.completeRecord, multiCategory: part.multiCategory, candidates: part.candidates },
  };
}

function refuse(why: string): ShardAnswer {
  return { kind: 'shard', ok: false, why };
}

function* withoutFirst(rows: Iterable<string[]>, skip: boolean): Generator<string[]> {
  let first = skip;
  for (const row of rows) {
    if (first) {
      first = false;
      continue;
    }
    yield row;
  }
}
