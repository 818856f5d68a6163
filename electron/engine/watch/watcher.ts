// Keeps watch over chosen folders: chokidar reports files added, changed and removed; each file is
// read once it has settled (awaitWriteFinish), through a bounded queue, by the scan's own worker;
// the outcome becomes one masked event. Exclusions, symlink refusal and limits are the scan's.
import type { Stats } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { watch as chokidarWatch, type FSWatcher } from 'chokidar';
import { maskPath } from '../../../shared/mask.js';
import { emptyCounts, type CategoryCounts, type Risk } from '../../../shared/types.js';
import type { FileWatchEvent } from '../../../shared/watch-event.js';
import { DEFAULT_EXCLUDES, distinctRoots, excludeMatcher } from '../walk.js';
import { combine, FileInspector, type InspectorOptions } from './file-inspector.js';
import { InspectionQueue } from './inspection-queue.js';
import { networkRoots } from './network-drive.js';

export interface WatchOptions extends InspectorOptions {
  roots: string[];
  exclude?: string[];
  noDefaultExcludes?: boolean;
  /** Files read at the same time: 1 or 2, so watching never competes with the seller's own work. */
  concurrency?: number;
  /** How long a file must stay unchanged before it is read (ms). */
  settleMs?: number;
  /** Poll every root instead of waiting for native events. Left out: only roots on a network drive are polled (native events do not arrive there). */
  usePolling?: boolean;
  pollIntervalMs?: number;
  /** Paths waiting to be read at most; beyond it a 'problem' asks for a full scan. */
  queueLimit?: number;
  /** How long a removed file's 'cleared' waits for it to reappear elsewhere (a rename or move). */
  renameWindowMs?: number;
  onEvent: (event: FileWatchEvent) => void;
  /** A watcher error (a folder became unreadable): reported, watching goes on. Message only, no content. */
  onError?: (message: string) => void;
}

export interface WatchStatus {
  roots: string[];
  /** The roots checked by polling (network drives) rather than by the OS's change events. */
  polled: string[];
  /** Files waiting to be read or being read. */
  pending: number;
  /** Files read since watching started. */
  inspected: number;
  /** Files that currently hold customer data, as far as this watch has seen. */
  openFindings: number;
}

export interface Watcher {
  /** Resolves once the initial listing of the roots is done and changes are being reported. */
  ready: Promise<void>;
  status(): WatchStatus;
  /** Resolves when every change seen so far has been read and reported. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

interface Known {
  key: string;
  sha256?: string;
  risk: Risk;
  findings: CategoryCounts;
  records: number;
}

const DEFAULT_SETTLE_MS = 500;
const DEFAULT_QUEUE_LIMIT = 100_000;
const DEFAULT_POLL_MS = 2_000;

export function startWatch(options: WatchOptions): Watcher {
  const roots = distinctRoots(options.roots);
  const excludes = [...(options.noDefaultExcludes ? [] : DEFAULT_EXCLUDES), ...(options.exclude ?? [])];
  const isExcluded = excludeMatcher(excludes);
  const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
  const renameWindowMs = options.renameWindowMs ?? settleMs + 1_500;
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 1, 2));
  const inspector = new FileInspector(options, concurrency);

  // Files with customer data, by path, with their inode so a rename can be recognised.
  const withData = new Map<string, Known>();
  const pathByInode = new Map<string, string>();
  // Removed files with data, waiting a moment in case they reappear under another name.
  const departed = new Map<string, { known: Known; path: string; timer: NodeJS.Timeout }>();
  // Old paths of files seen again under a new name before their removal was reported.
  const movedAway = new Set<string>();
  let inspected = 0;
  let overflowReported = false;
  let closed = false;

  const emit = (type: FileWatchEvent['type'], path: string, data: Omit<Known, 'key' | 'sha256'>, extra: Pick<FileWatchEvent, 'reason' | 'message'> = {}) => {
    if (closed) return;
    options.onEvent({ type, maskedPath: maskPath(path), path, risk: data.risk, findings: { ...data.findings }, records: data.records, ...extra, at: new Date().toISOString() });
  };
  const none = (): Omit<Known, 'key' | 'sha256'> => ({ risk: 'none', findings: emptyCounts(), records: 0 });

  const forget = (path: string): Known | undefined => {
    const known = withData.get(path);
    if (!known) return undefined;
    withData.delete(path);
    if (pathByInode.get(known.key) === path) pathByInode.delete(known.key);
    return known;
  };
  const remember = (path: string, known: Known) => {
    forget(path);
    withData.set(path, known);
    pathByInode.set(known.key, path);
  };

  const queue = new InspectionQueue({
    concurrency,
    limit: options.queueLimit ?? DEFAULT_QUEUE_LIMIT,
    inspect: async (path) => {
      const outcome = await inspector.inspect(path);
      if (closed) return;
      if (outcome.kind === 'gone' || outcome.kind === 'not-a-file') return; // its removal is its own event
      inspected++;
      const key = inodeKey(outcome.stat);
      if (outcome.kind === 'failed') {
        emit('problem', path, withData.get(path) ?? none(), { reason: outcome.reason, message: outcome.message });
        return;
      }
      const main = outcome.results[0];
      // Rewritten while being read or gone since: the next change event brings it back.
      if (main && main.status === 'error' && (main.reason === 'changed' || main.reason === 'vanished')) return;
      const combined = combine(outcome.results);
      if (combined.risk !== 'none') {
        const before = withData.get(path);
        remember(path, { key, sha256: main?.sha256, ...combined });
        // Saved again with the same content (a touch, a copy over itself): nothing new to say.
        if (!before || before.sha256 === undefined || before.sha256 !== main?.sha256) emit('found', path, combined);
      } else if (main && main.status !== 'scanned') {
        const had = forget(path);
        if (had) emit('cleared', path, combined);
        emit('problem', path, combined, { reason: main.reason, message: main.message });
      } else {
        emit(forget(path) ? 'cleared' : 'clean', path, combined);
      }
    },
    onOverflow: (path) => {
      if (overflowReported) return;
      overflowReported = true;
      // Once per burst: when the queue has drained, a later burst is reported again.
      void queue.idle().then(() => (overflowReported = false));
      emit('problem', path, none(), {
        reason: 'too-many-changes',
        message: 'So many files changed at once that some could not be checked while watching. Run a full scan of this folder.',
      });
    },
  });

  const rootOf = (path: string) => roots.find((root) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep));
  const ignored = (path: string): boolean => {
    const absolute = resolve(path);
    const root = rootOf(absolute);
    return root !== undefined && absolute !== root && isExcluded(root, absolute);
  };

  // Native events for local folders; polling (a sane 2 s) only for network drives or when asked.
  const polled = options.usePolling === true ? roots : options.usePolling === false ? [] : networkRoots(roots);
  const native = roots.filter((root) => !polled.includes(root));
  const watchOver = (paths: string[], usePolling: boolean): FSWatcher =>
    chokidarWatch(paths, {
      ignoreInitial: true,
      ignored,
      followSymlinks: false,
      persistent: true,
      awaitWriteFinish: { stabilityThreshold: settleMs, pollInterval: Math.min(100, settleMs) },
      usePolling,
      interval: options.pollIntervalMs ?? DEFAULT_POLL_MS,
      binaryInterval: options.pollIntervalMs ?? DEFAULT_POLL_MS,
    });
  const watchers = [...(native.length > 0 ? [watchOver(native, false)] : []), ...(polled.length > 0 ? [watchOver(polled, true)] : [])];

  const onArrived = async (path: string) => {
    // A file with data that left one path and arrived at another is the same file moved: its
    // 'cleared' is withdrawn and the reading below reports it once, under its new name.
    const stat = await lstat(path).catch(() => undefined);
    if (stat && !closed) {
      const key = inodeKey(stat);
      const leaving = departed.get(key);
      if (leaving) {
        clearTimeout(leaving.timer);
        departed.delete(key);
      } else {
        const oldPath = pathByInode.get(key);
        if (oldPath !== undefined && oldPath !== path) {
          movedAway.add(oldPath);
          forget(oldPath);
        }
      }
    }
    queue.add(path);
  };

  const onRemoved = (raw: string) => {
    const path = resolve(raw);
    queue.drop(path);
    if (movedAway.delete(path)) return;
    const known = forget(path);
    if (!known) return;
    const timer = setTimeout(() => {
      departed.delete(known.key);
      emit('cleared', path, none());
    }, renameWindowMs);
    departed.set(known.key, { known, path, timer });
  };
  for (const watcher of watchers) {
    watcher.on('add', (path) => void onArrived(resolve(path)));
    watcher.on('change', (path) => queue.add(resolve(path)));
    watcher.on('unlink', onRemoved);
    watcher.on('error', (error) => options.onError?.(error instanceof Error && 'code' in error ? `A watched folder could not be read (${String(error.code)}).` : 'A watched folder could not be read.'));
  }

  const ready = Promise.all(watchers.map((watcher) => new Promise<void>((resolveReady) => watcher.once('ready', () => resolveReady())))).then(() => undefined);

  return {
    ready,
    status: () => ({ roots, polled, pending: queue.pending, inspected, openFindings: withData.size + departed.size }),
    idle: () => queue.idle(),
    async close() {
      if (closed) return;
      closed = true;
      queue.close();
      for (const leaving of departed.values()) clearTimeout(leaving.timer);
      departed.clear();
      await Promise.all(watchers.map((watcher) => watcher.close()));
      await inspector.close();
    },
  };
}

function inodeKey(stat: Stats): string {
  return `${stat.dev}:${stat.ino}`;
}
