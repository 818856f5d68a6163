// A large CSV or TSV read by several workers at once: the file is read once into shared memory,
// cut into byte ranges at line feeds, each range read by a worker (inspect-shard.ts), and the
// parts merged into the one result a single worker would have produced. Where a cut fell inside
// a quoted, multi-line cell, the shard after it is read again from where the row really ended.
// Anything unusual (not a plain table, UTF-16, a file changing) falls back to the whole-file read.
import { open } from 'node:fs/promises';
import { CATEGORIES, type FileResult } from '../../../shared/types.js';
import { DistinctHashes } from '../distinct-hashes.js';
import { changedBetween, READ_NO_FOLLOW, readInto } from '../file-bytes.js';
import { combineFindings, type FindingsPart } from '../file-result.js';
import type { FileTask } from '../inspect-file.js';
import { formatByName } from '../not-inspected.js';
import type { TaskFailure } from '../pool.js';
import type { ShardAnswer, ShardRequest } from './inspect-shard.js';

/** Files below this are read by one worker: splitting costs more than it saves. */
export const SHARD_MIN_BYTES = 16 * 1024 * 1024;
/**
 * The first shard also hashes the whole file (about 3 % of the time reading it takes), so it is
 * given that much less of the table, and the shards finish together.
 */
const HASH_SHARE = 0.03;

type Answered = Extract<ShardAnswer, { ok: true }>;
export type RunShard = (task: FileTask, shard: ShardRequest) => Promise<ShardAnswer | TaskFailure>;

/** How many shards to cut a file into: 1 (do not cut) unless it is a large delimited table and there are workers to share it. */
export function shardCount(path: string, size: number, workers: number, maxFileBytes: number): number {
  const format = formatByName(path);
  if ((format !== 'csv' && format !== 'tsv') || size > maxFileBytes || workers < 2) return 1;
  return Math.max(1, Math.min(workers, Math.floor(size / SHARD_MIN_BYTES)));
}

/**
 * The file's result from `count` shards, a task failure, or undefined when the file should be
 * read whole instead (the whole-file read then reports whatever made it unusual).
 */
export async function inspectSharded(task: FileTask, count: number, run: RunShard, minBytes = SHARD_MIN_BYTES): Promise<FileResult[] | TaskFailure | undefined> {
  const file = await readShared(task, minBytes);
  if (!file) return undefined;
  const { data, length, size, mtimeMs } = file;
  // Shard 0 weighs 1 - HASH_SHARE, every other shard 1.
  const cut = (k: number) => (k === 0 ? 0 : Math.floor((length * (k - HASH_SHARE)) / (count - HASH_SHARE)));
  const request = (index: number, from: number, exact: boolean): ShardRequest => ({ data, length, index, count, from, exact, to: cut(index + 1), firstTo: cut(1) });

  const answers = await Promise.all(Array.from({ length: count }, (_, k) => run(task, request(k, cut(k), false))));
  const parts: Answered[] = [];
  for (let k = 0; k < count; k++) {
    let answer = answers[k]!;
    // The shard before ended its last row elsewhere than this one guessed: read it again from there.
    const before = parts[k - 1];
    if (before && isAnswered(answer) && answer.start !== before.endsAt) {
      if (before.endsAt === undefined) return undefined;
      answer = await run(task, request(k, before.endsAt, true));
    }
    if ('failed' in answer) return answer;
    if (!answer.ok) return undefined;
    parts.push(answer);
  }

  let rowOffset = 0;
  const combined = combineFindings(
    parts.map((p) => {
      const offset = rowOffset;
      rowOffset += p.rows;
      return { part: fromPortable(p.part), rowOffset: offset };
    }),
  );
  const first = parts[0]!;
  return [{ path: task.path, size, mtimeMs, sha256: first.sha256!, format: first.format, status: 'scanned', ocr: false, ...combined }];
}

function fromPortable(part: Answered['part']): FindingsPart {
  const distinct = {} as FindingsPart['distinct'];
  for (const category of CATEGORIES) distinct[category] = DistinctHashes.adopt(part.distinct[category]);
  return { ...part, distinct };
}

function isAnswered(answer: ShardAnswer | TaskFailure): answer is Answered {
  return !('failed' in answer) && answer.ok;
}

/** The file's bytes in shared memory, read without following a link; undefined if it is not a plain, steady file. */
async function readShared(task: FileTask, minBytes: number): Promise<{ data: SharedArrayBuffer; length: number; size: number; mtimeMs: number } | undefined> {
  let handle;
  try {
    handle = await open(task.path, READ_NO_FOLLOW);
  } catch {
    return undefined;
  }
  try {
    const before = await handle.stat();
    if (!before.isFile() || before.size > task.limits.maxFileBytes || before.size < minBytes) return undefined;
    const data = new SharedArrayBuffer(before.size);
    const offset = await readInto(handle, new Uint8Array(data));
    const after = await handle.stat();
    if (offset !== before.size || changedBetween(before, after)) return undefined;
    return { data, length: offset, size: before.size, mtimeMs: before.mtimeMs };
  } catch {
    return undefined;
  } finally {
    await handle.close().catch(() => undefined);
  }
}
