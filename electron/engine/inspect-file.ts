// One file, start to end: open without following links, read, hash, detect the format, read its
// content, run the recognizers, and recurse into archives. Runs inside a pool worker.
import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import type { Evidence, FileResult, NotInspectedReason } from '../../shared/types.js';
import { analyzeContent } from './analyze/index.js';
import type { AnalyzeOptions } from './analyze/options.js';
import type { ReadLimits, ReadNote } from './content.js';
import { formatBytes } from '../../shared/bytes.js';
import { errnoReason } from './errno.js';
import { changedBetween, READ_NO_FOLLOW, readInto } from './file-bytes.js';
import { FindingsCollector, type RawSample } from './file-result.js';
import { detectFormat } from './formats/detect.js';
import { formatByName, notInspected } from './not-inspected.js';
import { readFile } from './formats/index.js';
import { resultCache } from './ocr/cache.js';
import type { OcrSettings } from './ocr/settings.js';

export interface FileTask {
  path: string;
  size: number;
  mtimeMs: number;
  limits: ReadLimits;
  analyze: AnalyzeOptions;
  ocr: boolean;
  ocrSettings?: OcrSettings;
}

const HEAD_BYTES = 8192;

/** A file's result and, in reveal mode only, the raw values behind its evidence (screen only). */
export interface Inspected {
  result: FileResult;
  revealed?: Array<Evidence & RawSample>;
}

export async function inspectFile(task: FileTask): Promise<FileResult[]> {
  return (await inspect(task, false)).map((i) => i.result);
}

/** The raw values behind one file's evidence (or an archive entry's, `outer.zip!inner.csv`), for the reveal toggle. */
export async function revealFile(task: FileTask, target: string): Promise<Array<Evidence & RawSample>> {
  return (await inspect(task, true)).find((i) => i.result.path === target)?.revealed ?? [];
}

async function inspect(task: FileTask, keepRaw: boolean): Promise<Inspected[]> {
  const base = { path: task.path, size: task.size, mtimeMs: task.mtimeMs };
  if (task.size > task.limits.maxFileBytes) {
    return only(notInspected(base, formatByName(task.path), 'skipped', 'too-large', tooLargeMessage(task.size, task.limits.maxFileBytes)));
  }

  let handle: FileHandle;
  try {
    handle = await open(task.path, READ_NO_FOLLOW);
  } catch (error) {
    const reason = errnoReason(error);
    return only(notInspected(base, formatByName(task.path), 'error', reason, openMessage(reason)));
  }
  try {
    const before = await handle.stat();
    const current = { path: task.path, size: before.size, mtimeMs: before.mtimeMs };
    if (!before.isFile()) return only(notInspected(current, 'unknown', 'skipped', 'unsupported', 'This is not a regular file.'));
    if (before.size > task.limits.maxFileBytes) {
      return only(notInspected(current, formatByName(task.path), 'skipped', 'too-large', tooLargeMessage(before.size, task.limits.maxFileBytes)));
    }
    const buffer = Buffer.allocUnsafe(before.size);
    const data = buffer.subarray(0, await readInto(handle, buffer));
    const after = await handle.stat();
    if (changedBetween(before, after) || data.length !== before.size) {
      return only(notInspected(current, formatByName(task.path), 'error', 'changed', 'This file changed while it was being read; scan again when it is no longer being written.'));
    }
    return await inspectData(data, current, task, 0, keepRaw);
  } catch (error) {
    const reason = errnoReason(error);
    return only(notInspected(base, formatByName(task.path), 'error', reason, 'This file could not be read from the disk.'));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads bytes already in memory: a file, or an entry of an archive (`outer.zip!inner.csv`). */
async function inspectData(
  data: Uint8Array,
  file: { path: string; size: number; mtimeMs: number },
  task: FileTask,
  depth: number,
  keepRaw: boolean,
): Promise<Inspected[]> {
  const sha256 = createHash('sha256').update(data).digest('hex');
  const format = detectFormat(data.subarray(0, HEAD_BYTES), file.path);
  const base = { ...file, sha256 };

  if (format === 'image' && !task.ocr) {
    return only(notInspected(base, format, 'skipped', 'needs-ocr', 'This is an image; reading text in images (OCR) was turned off for this scan.'));
  }
  if (format === 'zip' && depth >= task.limits.maxArchiveDepth) {
    return only(notInspected(base, format, 'skipped', 'too-large', 'This archive is nested too deeply inside other archives to be opened safely.'));
  }

  // A file read by OCR before (same bytes, same rules) is not read again; reveal needs the raw values, so it reads.
  const cache = keepRaw ? undefined : resultCache(task, format);
  const cached = await cache?.get(sha256);
  if (cached) return only({ ...base, status: 'scanned', ...cached });

  const outcome = await readFile(data, { displayName: file.path, format, limits: task.limits, ocr: task.ocr, ocrSettings: task.ocrSettings });
  if (!outcome.ok) return only(notInspected(base, format, outcome.reason === 'vanished' ? 'error' : 'skipped', outcome.reason, outcome.message));

  const collector = new FindingsCollector({ keepRaw });
  for (const content of outcome.content) analyzeContent(content, collector, task.analyze);
  const own = collector.result();
  const unreadParts = (outcome.notes ?? []).filter((note) => note.path === undefined);

  const results: Inspected[] = [];
  if (unreadParts.length > 0 && own.risk === 'none') {
    // Part of the file could not be read and the rest was clean: it cannot be vouched for.
    results.push({ result: notInspected(base, format, 'skipped', unreadParts[0]!.reason, partMessage(unreadParts)) });
  } else {
    results.push({
      result: { ...base, format, status: 'scanned', ocr: outcome.ocr ?? false, ...own },
      revealed: keepRaw ? collector.revealed() : undefined,
    });
    if (cache && outcome.ocr && unreadParts.length === 0) await cache.put(sha256, results[0]!.result);
  }

  for (const note of outcome.notes ?? []) {
    if (note.path === undefined) continue;
    results.push({ result: notInspected({ path: `${file.path}!${note.path}`, size: 0, mtimeMs: file.mtimeMs }, formatByName(note.path), 'skipped', note.reason, note.message) });
  }
  for (const entry of outcome.entries ?? []) {
    const inner = { path: `${file.path}!${entry.name}`, size: entry.data.length, mtimeMs: entry.mtimeMs };
    results.push(...(await inspectData(entry.data, inner, task, depth + 1, keepRaw)));
  }
  return results;
}

function only(result: FileResult): Inspected[] {
  return [{ result }];
}

function tooLargeMessage(size: number, limit: number): string {
  return `This file is ${formatBytes(size)}, larger than the ${formatBytes(limit)} the scan reads; it was not checked.`;
}

function openMessage(reason: NotInspectedReason): string {
  if (reason === 'vanished') return 'This file disappeared before it could be read.';
  if (reason === 'permission-denied') return 'This file could not be opened: permission denied.';
  if (reason === 'symlink') return 'This file was replaced by a shortcut (symbolic link) during the scan; it was not followed.';
  return 'This file could not be opened.';
}

function partMessage(notes: ReadNote[]): string {
  const first = notes[0]!;
  return notes.length === 1 ? first.message : `${first.message} (${notes.length} parts of this file could not be read.)`;
}
