// The handler table: one plain function per API call, over the engine's services. Main's IPC and
// the development web bridge both route validated input here, so both behave the same.
import type { ApiName, ApiParsedInput, ApiResults, Place } from '../../shared/api.js';
import { listPlaces, type PlacesEnvironment } from './places.js';
import type { ScanSessions } from './scan-sessions.js';
import type { SettingsStore } from './settings-store.js';

/** What only the host (Electron or the web bridge) can do. */
export interface HostActions {
  pickFolder(): Promise<string | null>;
  showInFolder(path: string): Promise<void>;
  /** Blocks screenshots and screen sharing of the window while real values are on screen. */
  setContentProtection(on: boolean): void;
}

export interface HandlerDeps {
  settings: SettingsStore;
  scans: ScanSessions;
  host: HostActions;
  places: PlacesEnvironment;
}

export type Handlers = { [N in ApiName]: (input: ApiParsedInput<N>) => Promise<ApiResults[N]> };

export function createHandlers({ settings, scans, host, places }: HandlerDeps): Handlers {
  return {
    getSettings: () => settings.load(),
    saveSettings: (input) => settings.save(input),
    listPlaces: async (): Promise<Place[]> => listPlaces(places),
    pickFolder: () => host.pickFolder(),
    startScan: async (input) => scans.start(input, await settings.load()),
    pauseScan: async ({ scanId }) => scans.pause(scanId),
    resumeScan: async ({ scanId }) => scans.resume(scanId),
    cancelScan: async ({ scanId }) => scans.cancel(scanId),
    getScan: async ({ scanId }) => scans.report(scanId),
    revealValues: async ({ scanId, path }) => {
      host.setContentProtection(true);
      return scans.reveal(scanId, path);
    },
    concealValues: async () => host.setContentProtection(false),
    showInFolder: async ({ scanId, path }) => host.showInFolder(scans.file(scanId, path).path.split('!')[0]!),
  };
}
