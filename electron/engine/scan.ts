// Orchestrates a scan: the walk feeds the worker pool while it is still finding files; results
// and progress are gathered here. Cancelling keeps what was found so far.
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import type { ScanProgress } from '../../shared/progress.js';
import { CATEGORIES, emptyCounts, type FileResult, type ScanReport, type ScanSummary } from '../../shared/types.js';
import type { FileTask } from './inspect-file.js';
import { formatByName, notInspected } from './not-inspected.js';
import type { ShardAnswer } from './shards/inspect-shard.js';
import { inspectSharded, shardCount } from './shards/inspect-sharded.js';
import { ImageProgress } from './ocr/image-progress.js';
import { isFailure, WorkerPool, type TaskFailure } from './pool.js';
import type { ScanOptions } from './scan-options.js';
import { taskOptions, WORKER_LIMITS, workerScript } from './task-options.js';
import type { WorkerRequest } from './scan-worker.js';
import { TOOL } from './tool-info.js';
import { DEFAULT_EXCLUDES, walk, type WalkedFile, type WalkProblem } from './walk.js';

const DEFAULT_FILE_TIMEOUT_MS = 60_000;
const PROGRESS_INTERVAL_MS = 100;

export async function scan(options: ScanOptions): Promise<ScanReport> {
  const startedAt = new Date();
  const excludes = [...(options.noDefaultExcludes ? [] : DEFAULT_EXCLUDES), ...(options.exclude ?? [])];
  const taskBase = taskOptions(options);
  options.index?.begin(taskBase);
  const size = Math.max(1, Math.min(options.jobs ?? availableParallelism(), 32));
  // Started on the first file that must be read: a rescan answered from the index starts no worker.
  let pool: WorkerPool<WorkerRequest, FileResult[] | ShardAnswer> | undefined;
  const workers = () => (pool ??= new WorkerPool<WorkerRequest, FileResult[] | ShardAnswer>({ size, script: workerScript(), resourceLimits: WORKER_LIMITS }));
  const inspectWhole = (task: FileTask, timeoutMs: number) => workers().run({ kind: 'inspect', task }, timeoutMs).then(fileResults);
  // A large CSV is cut into byte ranges read by every worker at once, then merged (shards/).
  const inspect = async (task: FileTask, timeoutMs: number): Promise<FileResult[] | TaskFailure> => {
    const count = shardCount(task.path, task.size, size, task.limits.maxFileBytes);
    if (count < 2) return inspectWhole(task, timeoutMs);
    // Every worker will be needed: they start while the file is read into memory.
    workers().start();
    const sharded = await inspectSharded(task, count, (t, shard) => workers().run({ kind: 'shard', task: t, shard }, timeoutMs).then(shardAnswer));
    return sharded ?? inspectWhole(task, timeoutMs);
  };

  const progress = new ProgressTracker(options.onProgress, new ImageProgress(options.ocr === true));
  const files: FileResult[] = [];
  const running = new Set<Promise<void>>();
  const signal = options.signal;
  const onAbort = () => void pool?.close();
  signal?.addEventListener('abort', onAbort, { once: true });

  // The walk runs ahead (so the total is known early for the progress bar) while the feeder
  // keeps the pool busy with a short queue, so pausing takes effect within a file or two.
  const found: Array<WalkedFile | undefined> = [];
  let next = 0;
  let walkDone = false;
  let wakeFeeder: (() => void) | undefined;
  const wake = () => {
    wakeFeeder?.();
    wakeFeeder = undefined;
  };
  const record = (result: FileResult, file?: WalkedFile) => {
    files.push(result);
    progress.done(result, file);
    options.onFile?.(result);
  };

  const walker = (async () => {
    try {
      for await (const item of walk(options.roots, { excludes, signal, onFolder: (folder) => progress.folder(folder) })) {
        if (item.kind === 'problem') {
          progress.found(0);
          record(problemResult(item));
        } else {
          progress.found(item.size, item.path);
          found.push(item);
        }
        wake();
      }
    } finally {
      walkDone = true;
      progress.walkFinished();
      wake();
    }
  })();

  try {
    for (;;) {
      if (signal?.aborted) break;
      await options.pause?.wait(signal);
      if (signal?.aborted) break;
      if (next >= found.length) {
        if (walkDone) break;
        await new Promise<void>((resolve) => (wakeFeeder = resolve));
        continue;
      }
      if (running.size >= size * 2) {
        await Promise.race(running);
        continue;
      }
      const item = found[next]!;
      found[next++] = undefined; // let the entry be collected
      // Unchanged since the indexed scan (size, mtime, inode): its result is reused unread.
      const reused = options.index?.reuse(item);
      if (reused) {
        for (const result of reused) record(result, item);
        continue;
      }
      const task = inspect({ ...taskBase, path: item.path, size: item.size, mtimeMs: item.mtimeMs }, timeoutFor(item, options.fileTimeoutMs))
        .then((outcome) => {
          const results = isFailure(outcome) ? failureResult(item, outcome) : outcome;
          if (!isFailure(outcome)) options.index?.remember(item, outcome);
          for (const result of results) record(result, item);
        });
      running.add(task);
      void task.finally(() => running.delete(task));
    }
    await walker;
    await Promise.all(running);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await pool?.close();
  }

  const cancelled = signal?.aborted ?? false;
  await options.index?.finish(!cancelled);
  progress.finish(cancelled);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const report: ScanReport = {
    schema: 'cda.scan/1',
    tool: TOOL,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    roots: options.roots.map((root) => root),
    excluded: excludes,
    ocr: { enabled: options.ocr === true, languages: options.ocr === true ? [...(options.ocrSettings?.languages ?? ['eng'])] : [] },
    summary: summarize(files, progress.filesFound),
    files,
  };
  if (cancelled) report.cancelled = true;
  return report;
}

export function summarize(files: readonly FileResult[], filesSeen: number): ScanSummary {
  const summary: ScanSummary = {
    filesSeen,
    filesScanned: 0,
    filesWithCustomerData: 0,
    filesNotInspected: 0,
    bytesScanned: 0,
    records: 0,
    byCategory: emptyCounts(),
  };
  for (const file of files) {
    if (file.status === 'scanned') {
      summary.filesScanned++;
      summary.bytesScanned += file.path.includes('!') ? 0 : file.size;
    } else {
      summary.filesNotInspected++;
    }
    if (file.risk !== 'none') summary.filesWithCustomerData++;
    summary.records += file.records;
    for (const category of CATEGORIES) summary.byCategory[category] += file.findings[category];
  }
  return summary;
}


/** A whole-file answer; anything else from the worker is a reader failure. */
function fileResults(answer: FileResult[] | ShardAnswer | TaskFailure): FileResult[] | TaskFailure {
  return Array.isArray(answer) || isFailure(answer) ? answer : { failed: 'crashed' };
}

function shardAnswer(answer: FileResult[] | ShardAnswer | TaskFailure): ShardAnswer | TaskFailure {
  return Array.isArray(answer) ? { kind: 'shard', ok: false, why: 'unexpected answer' } : answer;
}

function timeoutFor(file: WalkedFile, base = DEFAULT_FILE_TIMEOUT_MS): number {
  // Large files legitimately take longer: one extra second per megabyte.
  return base + Math.ceil(file.size / (1024 * 1024)) * 1000;
}

function problemResult(problem: WalkProblem): FileResult {
  const status = problem.reason === 'symlink' || problem.reason === 'loop' ? 'skipped' : 'error';
  const format = problem.isFolder ? 'folder' : formatByName(problem.path);
  return notInspected({ path: problem.path, size: problem.size, mtimeMs: problem.mtimeMs }, format, status, problem.reason, problem.message);
}

function failureResult(file: WalkedFile, failure: TaskFailure): FileResult[] {
  const base = { path: file.path, size: file.size, mtimeMs: file.mtimeMs };
  const format = formatByName(file.path);
  switch (failure.failed) {
    case 'cancelled':
      return [];
    case 'timeout':
      return [notInspected(base, format, 'error', 'timeout', 'Reading this file took too long, so it was stopped and not fully checked.')];
    case 'out-of-memory':
      return [notInspected(base, format, 'error', 'too-large', 'This file needed more memory than the scan allows, so it was not fully checked.')];
    case 'crashed':
      return [notInspected(base, format, 'error', 'corrupt', 'The reader stopped unexpectedly on this file, so it was not checked.')];
  }
}

class ProgressTracker {
  filesFound = 0;
  private bytesFound = 0;
  private walkDone = false;
  private filesDone = 0;
  private bytesDone = 0;
  private currentFolder = '';
  private filesWithCustomerData = 0;
  private filesNotInspected = 0;
  private readonly byCategory = emptyCounts();
  private readonly start = Date.now();
  private lastEmit = 0;

  constructor(
    private readonly listener?: (progress: ScanProgress) => void,
    private readonly images = new ImageProgress(false),
  ) {}

  folder(folder: string): void {
    this.currentFolder = folder;
    this.emit(false);
  }

  found(bytes: number, path?: string): void {
    if (path !== undefined) this.images.fileFound(path);
    this.filesFound++;
    this.bytesFound += bytes;
    this.emit(false);
  }

  done(result: FileResult, file?: WalkedFile): void {
    // Archive entries come back as extra results of one walked file: count the file once.
    const isEntry = result.path.includes('!') && file !== undefined && result.path !== file.path;
    if (!isEntry) {
      if (file) this.images.fileDone(file.path);
      this.filesDone++;
      this.bytesDone += file?.size ?? 0;
      this.currentFolder = dirname(result.path);
    }
    if (result.status !== 'scanned') this.filesNotInspected++;
    if (result.risk !== 'none') this.filesWithCustomerData++;
    for (const category of CATEGORIES) this.byCategory[category] += result.findings[category];
    this.emit(false);
  }

  walkFinished(): void {
    this.walkDone = true;
    this.emit(true);
  }

  finish(cancelled: boolean): void {
    this.emit(true, cancelled ? 'cancelled' : 'finished');
  }

  private emit(force: boolean, phase?: ScanProgress['phase']): void {
    if (!this.listener) return;
    const now = Date.now();
    if (!force && now - this.lastEmit < PROGRESS_INTERVAL_MS) return;
    this.lastEmit = now;
    const elapsedMs = now - this.start;
    const seconds = Math.max(elapsedMs / 1000, 0.001);
    const fraction = this.walkDone
      ? this.bytesFound > 0
        ? (this.bytesDone / this.bytesFound) * 0.8 + (this.filesDone / Math.max(this.filesFound, 1)) * 0.2
        : 1
      : 0;
    const bytesPerSecond = this.bytesDone / seconds;
    const remaining = this.bytesFound - this.bytesDone;
    this.listener({
      phase: phase ?? (this.walkDone ? 'reading' : 'walking'),
      filesFound: this.filesFound,
      bytesFound: this.bytesFound,
      walkDone: this.walkDone,
      filesDone: this.filesDone,
      bytesDone: this.bytesDone,
      currentFolder: this.currentFolder,
      filesWithCustomerData: this.filesWithCustomerData,
      filesNotInspected: this.filesNotInspected,
      byCategory: { ...this.byCategory },
      ...this.images.counts(),
      fraction: phase === 'finished' ? 1 : Math.min(fraction, 1),
      filesPerSecond: this.filesDone / seconds,
      bytesPerSecond,
      etaSeconds: this.walkDone && bytesPerSecond > 0 && elapsedMs > 2000 ? remaining / bytesPerSecond : undefined,
      elapsedMs,
    });
  }
}
