// The handler table: one plain function per API call, over the engine's services. Main's IPC and
// the development web bridge both route validated input here, so both behave the same.
import type { Place } from '../../shared/api.js';
import { DEFAULT_EXCLUSIONS } from '../engine/default-exclusions.js';
import { electronResourcesPath, ocrFolders } from '../engine/ocr/ocr-folders.js';
import { ScanIndex } from '../engine/scan-index/scan-index.js';
import { listPlaces, type PlacesEnvironment } from './places.js';
import { createAttestationHandlers } from './attestation-handlers.js';
import type { HandlerDeps, Handlers } from './handler-types.js';
import { createRemediationHandlers } from './remediation-handlers.js';
import { createWatchHandlers } from './watch-handlers.js';

export type { HandlerDeps, Handlers, HostActions } from './handler-types.js';

export function createHandlers(deps: HandlerDeps): Handlers {
  const { settings, scans, host, places } = deps;
  // The OCR result cache lives in the app's own folder, never in the working directory.
  const ocrSettings = ocrFolders(deps.userDataDir, electronResourcesPath());
  return {
    getSettings: () => settings.load(),
    saveSettings: (input) => settings.saveForm(input),
    listPlaces: async (): Promise<Place[]> => listPlaces(places),
    pickFolder: () => host.pickFolder(),
    startScan: async (input) => scans.start(input, await settings.load(), ocrSettings, ScanIndex.folderIn(deps.userDataDir)),
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
    getThumbnail: async ({ scanId, path, page, reveal }) => {
      scans.file(scanId, path); // refused before anything is shown or protected
      // The real picture is shown only on request, and then the window cannot be captured.
      if (reveal) host.setContentProtection(true);
      return scans.thumbnail(scanId, path, { page, reveal });
    },
    listDefaultExclusions: async () => DEFAULT_EXCLUSIONS.map((exclusion) => ({ ...exclusion })),
    ...createRemediationHandlers(deps),
    ...createAttestationHandlers(deps),
    ...createWatchHandlers(deps),
  };
}
