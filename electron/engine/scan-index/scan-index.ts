// The scan index: per file its size, mtime, inode, content hash and masked result, keyed by a
// keyed hash of its path, so a rescan reads only new and changed files. One JSON file written
// atomically in a folder of the caller's choosing, beside its salt.
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Evidence, FileResult } from '../../../shared/types.js';
import { OCR_PIPELINE_VERSION } from '../ocr/settings.js';
import type { TaskOptions } from '../task-options.js';
import { RULES_VERSION, TOOL_VERSION } from '../tool-info.js';
import type { WalkedFile } from '../walk.js';
import { writeFileAtomic } from './atomic-write.js';
import type { ScanIndexHook } from './hook.js';
import { INDEX_FILE, INDEX_FORMAT, loadIndexFile, serializeIndexFile, type IndexEntry, type IndexFile, type RootEntries, type StoredResult } from './index-file.js';
import { loadSalt, pathKey, type PathKey } from './path-key.js';

export type { ScanIndexHook } from './hook.js';

/** How the last scan used the index: files whose content was read and files whose result was reused. */
export interface ScanIndexStats {
  read: number;
  reused: number;
  /** Why the index started empty, if it did. */
  startedEmpty?: 'missing' | 'corrupt' | 'version' | 'settings';
  saved: boolean;
}

// A CSV's or text file's evidence names its "sheet" after the file: stored as '/' (never a real
// sheet name, which cannot hold a slash) so the index holds no file name, and restored on reuse.
const SHEET_IS_FILE_NAME = '/';

// Errors of these kinds may not happen again (a timeout, a file being written): always re-read.
const RETRY_REASONS = new Set(['timeout', 'changed', 'vanished', 'permission-denied']);

export class ScanIndex implements ScanIndexHook {
  private settings = '';
  private readonly fresh: RootEntries = {};
  private readonly rootKeys = new Map<string, string>();
  private stats: ScanIndexStats = { read: 0, reused: 0, saved: false };

  private constructor(
    private readonly dir: string,
    private readonly salt: Buffer,
    private readonly key: PathKey,
    private stored: IndexFile | undefined,
    private startedEmpty: ScanIndexStats['startedEmpty'],
  ) {}

  /** Opens (or starts) the index in `dir`. A missing, corrupt or outdated index means starting empty, never an error. */
  static async open(dir: string): Promise<ScanIndex> {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const { salt } = await loadSalt(dir);
    // A new salt (the old one lost) fails the seal: the index starts empty as 'corrupt'.
    const outcome = await loadIndexFile(dir, salt, (tool, rules) => tool === TOOL_VERSION && rules === RULES_VERSION);
    if (outcome.kind !== 'loaded') return new ScanIndex(dir, salt, pathKey(salt), undefined, outcome.kind);
    return new ScanIndex(dir, salt, pathKey(salt), outcome.file, undefined);
  }

  /** Where the index of a config or user-data folder lives. */
  static folderIn(baseDir: string): string {
    return join(baseDir, 'scan-index');
  }

  get file(): string {
    return join(this.dir, INDEX_FILE);
  }

  lastScan(): ScanIndexStats {
    return { ...this.stats };
  }

  begin(task: TaskOptions): void {
    this.settings = settingsHash(task);
    this.stats = { read: 0, reused: 0, saved: false, startedEmpty: this.startedEmpty };
    if (this.stored && this.stored.settings !== this.settings) {
      this.stored = undefined;
      this.stats.startedEmpty = 'settings';
    }
  }

  reuse(file: WalkedFile): FileResult[] | undefined {
    const rootKey = this.rootKey(file.root);
    const pathKey = this.key(file.path);
    const entry = this.stored?.roots[rootKey]?.[pathKey];
    if (!entry || entry.size !== file.size || entry.mtimeMs !== file.mtimeMs || entry.ino !== file.ino) {
      this.stats.read++;
      return undefined;
    }
    this.put(rootKey, pathKey, entry);
    this.stats.reused++;
    const result: FileResult = { path: file.path, size: file.size, mtimeMs: file.mtimeMs, ...entry.result, evidence: withSheetNames(entry.result.evidence, basename(file.path), SHEET_IS_FILE_NAME) };
    if (entry.sha256) result.sha256 = entry.sha256;
    return [result];
  }

  remember(file: WalkedFile, results: readonly FileResult[]): void {
    // Archives answer with one result per entry; entry names are not kept, so archives are read each time.
    if (results.length !== 1) return;
    const result = results[0]!;
    if (result.path !== file.path || result.status === 'error' || (result.reason && RETRY_REASONS.has(result.reason))) return;
    // The walk's size and time: the result's are the same unless the file changed meanwhile (then it is an error above).
    const { path: _path, size: _size, mtimeMs: _mtime, sha256, ...rest } = result;
    const stored: StoredResult = { ...rest, evidence: withSheetNames(rest.evidence, SHEET_IS_FILE_NAME, basename(file.path)) };
    const entry: IndexEntry = { size: file.size, mtimeMs: file.mtimeMs, ino: file.ino, result: stored };
    if (sha256) entry.sha256 = sha256;
    this.put(this.rootKey(file.root), this.key(file.path), entry);
  }

  async finish(complete: boolean): Promise<void> {
    const roots: RootEntries = { ...(this.stored?.roots ?? {}) };
    for (const [rootKey, entries] of Object.entries(this.fresh)) {
      // A complete scan of a root saw every file still there: entries of files gone are dropped.
      roots[rootKey] = complete ? entries : { ...(roots[rootKey] ?? {}), ...entries };
    }
    const next: IndexFile = { format: INDEX_FORMAT, tool: TOOL_VERSION, rules: RULES_VERSION, settings: this.settings, roots };
    try {
      await writeFileAtomic(this.file, serializeIndexFile(next, this.salt));
      this.stored = next;
      this.startedEmpty = undefined;
      this.stats.saved = true;
    } catch {
      this.stats.saved = false; // a full disk costs the next scan its head start, nothing more
    }
    for (const key of Object.keys(this.fresh)) delete this.fresh[key];
  }

  private rootKey(root: string): string {
    let key = this.rootKeys.get(root);
    if (key === undefined) this.rootKeys.set(root, (key = this.key(root)));
    return key;
  }

  private put(rootKey: string, pathKey: string, entry: IndexEntry): void {
    (this.fresh[rootKey] ??= {})[pathKey] = entry;
  }
}

/** The evidence with sheet name `to` wherever it was `from`. */
function withSheetNames(evidence: readonly Evidence[], to: string, from: string): Evidence[] {
  return evidence.map((item) => ('sheet' in item.where && item.where.sheet === from ? { ...item, where: { ...item.where, sheet: to } } : item));
}

/** What in a scan's options changes what a file is found to hold; folders are left out (they vary by host). */
function settingsHash(task: TaskOptions): string {
  const significant = {
    limits: task.limits,
    analyze: task.analyze,
    ocr: task.ocr ? { pipeline: OCR_PIPELINE_VERSION, languages: task.ocrSettings?.languages, budgetMs: task.ocrSettings?.budgetMs, maxPages: task.ocrSettings?.maxPages } : false,
  };
  return createHash('sha256').update(JSON.stringify(significant)).digest('hex');
}
