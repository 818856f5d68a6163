// The verifying rescan reads only what changed: files the plan touched, and files whose size or
// modification time differ from the scan the plan came from (or that it did not see). Every other
// file keeps its earlier result. Without an earlier scan, everything is read again.
import type { FileResult, ScanReport } from '../../../shared/types.js';
import { formatByName, notInspected } from '../not-inspected.js';
import type { ScanOptions } from '../scan-options.js';
import { scan, summarize } from '../scan.js';
import { DEFAULT_EXCLUDES, walk } from '../walk.js';

export interface RescanResult {
  report: ScanReport;
  /** Files read again (the rest reused their earlier result). */
  filesRead: number;
}

export async function rescanChanged(roots: readonly string[], touched: ReadonlySet<string>, options: Partial<ScanOptions>, previous?: ScanReport): Promise<RescanResult> {
  if (!previous) {
    const report = await scan({ ...options, roots: [...roots] });
    return { report, filesRead: report.summary.filesSeen };
  }
  const startedAt = new Date().toISOString();
  const earlier = new Map<string, FileResult[]>();
  for (const file of previous.files) {
    const outer = file.path.split('!')[0]!;
    const list = earlier.get(outer) ?? [];
    list.push(file);
    earlier.set(outer, list);
  }
  const excludes = previous.excluded.length > 0 ? previous.excluded : [...(options.noDefaultExcludes ? [] : DEFAULT_EXCLUDES), ...(options.exclude ?? [])];
  const reused: FileResult[] = [];
  const changed: string[] = [];
  let seen = 0;
  for await (const item of walk(roots, { excludes, ...(options.signal ? { signal: options.signal } : {}) })) {
    seen++;
    if (item.kind === 'problem') {
      const status = item.reason === 'symlink' || item.reason === 'loop' ? 'skipped' : 'error';
      reused.push(notInspected({ path: item.path, size: item.size, mtimeMs: item.mtimeMs }, item.isFolder ? 'folder' : formatByName(item.path), status, item.reason, item.message));
      continue;
    }
    const before = earlier.get(item.path);
    const top = before?.find((f) => f.path === item.path);
    if (top && !touched.has(item.path) && top.size === item.size && top.mtimeMs === item.mtimeMs && top.status !== 'error') reused.push(...before!);
    else changed.push(item.path);
  }
  const read = changed.length > 0 ? await scan({ ...options, roots: changed, noDefaultExcludes: true, exclude: [] }) : undefined;
  const files = [...reused, ...(read?.files ?? [])].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const report: ScanReport = {
    schema: 'cda.scan/1',
    tool: previous.tool,
    startedAt,
    finishedAt: new Date().toISOString(),
    roots: [...roots],
    excluded: excludes,
    summary: summarize(files, seen),
    files,
    ...(options.signal?.aborted ? { cancelled: true } : {}),
  };
  return { report, filesRead: changed.length };
}
