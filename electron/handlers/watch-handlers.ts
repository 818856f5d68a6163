// The handlers of the watch calls (shared/api-watch.ts), over the engine's watcher: one watch at
// a time for the app, with the seller's settings; file events go to the interface as
// 'watch-file' (clean files only count in the status, which is sent at most twice a second).
import type { WatchStatus } from '../../shared/api-watch.js';
import type { FileWatchEvent } from '../../shared/watch-event.js';
import { electronResourcesPath, ocrFolders } from '../engine/ocr/ocr-folders.js';
import { startWatch, type Watcher } from '../engine/watch/watcher.js';
import { ApiFailure } from './api-failure.js';
import type { DomainHandlers, HandlerDeps, HostActions } from './handler-types.js';
import type { watchApiInputs } from '../../shared/api-watch.js';
import { lstat } from 'node:fs/promises';
import { resolve } from 'node:path';

const RECENT = 50;
const STATUS_MS = 500;

export function createWatchHandlers(deps: Pick<HandlerDeps, 'settings' | 'userDataDir' | 'emit' | 'showRequests'> & { host?: Pick<HostActions, 'setOpenAtLogin'> }): DomainHandlers<keyof typeof watchApiInputs> {
  let watcher: Watcher | undefined;
  let recent: FileWatchEvent[] = [];
  let statusTimer: NodeJS.Timeout | undefined;

  const status = (): WatchStatus => {
    const s = watcher?.status();
    return { watching: watcher !== undefined, roots: s?.roots ?? [], polled: s?.polled ?? [], pending: s?.pending ?? 0, checked: s?.inspected ?? 0, openFindings: s?.openFindings ?? 0, recent: [...recent] };
  };
  const sendStatusSoon = () => {
    statusTimer ??= setTimeout(() => {
      statusTimer = undefined;
      deps.emit({ type: 'watch-status', status: status() });
    }, STATUS_MS);
  };
  const stop = async () => {
    const current = watcher;
    watcher = undefined;
    if (statusTimer) clearTimeout(statusTimer);
    statusTimer = undefined;
    await current?.close();
  };

  return {
    startWatch: async ({ roots, exclude }) => {
      const absolute = roots.map((root) => resolve(root));
      for (const root of absolute) {
        const stat = await lstat(root).catch(() => undefined);
        if (!stat?.isDirectory()) throw new ApiFailure('not-found', 'One of the chosen folders could not be found. Choose it again.');
      }
      await stop();
      recent = [];
      const settings = await deps.settings.load();
      // Watching at login follows the folders watched last.
      if (settings.watchAtLogin === true && JSON.stringify(settings.watchFolders) !== JSON.stringify(absolute)) await deps.settings.save({ ...settings, watchFolders: absolute });
      const started = startWatch({
        roots: absolute,
        exclude: [...settings.exclude, ...exclude],
        identity: settings.identity,
        ocr: settings.ocr,
        ocrSettings: ocrFolders(deps.userDataDir, electronResourcesPath()),
        phoneRegions: settings.phoneRegions,
        minConfidence: settings.minConfidence,
        onEvent: (event) => {
          if (watcher !== started) return;
          if (event.type !== 'clean') {
            recent = [event, ...recent].slice(0, RECENT);
            deps.emit({ type: 'watch-file', event });
          }
          sendStatusSoon();
        },
        onError: (message) => deps.emit({ type: 'watch-error', message }),
      });
      watcher = started;
      await started.ready;
      // Told at once, so the tray and every window know the watched folders before the first file.
      deps.emit({ type: 'watch-status', status: status() });
      return status();
    },
    stopWatch: async () => {
      await stop();
      deps.emit({ type: 'watch-status', status: status() });
      return status();
    },
    getWatchStatus: async () => status(),
    takeShowRequest: async () => deps.showRequests?.take() ?? null,
    setWatchAtLogin: async ({ on, roots }) => {
      const settings = await deps.settings.load();
      const folders = roots.map((root) => resolve(root));
      await deps.settings.save({ ...settings, watchAtLogin: on, ...(on ? { watchFolders: folders } : {}) });
      const supported = deps.host?.setOpenAtLogin?.(on) ?? false;
      return { on, supported };
    },
  };
}
