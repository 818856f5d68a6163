// What every handler module shares: the services it is given and the shape of its table.
import type { ApiName, ApiParsedInput, ApiResults, AppEvent } from '../../shared/api.js';
import type { PlacesEnvironment } from './places.js';
import type { ArchiveKeyProvider } from './remediation-archive-key.js';
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
  /** The app's own folder (settings, keys, logs, archives). */
  userDataDir: string;
  /** The app's own retention-archive key (safeStorage in the packaged app); without it the seller types a passphrase. */
  archiveKey?: ArchiveKeyProvider;
  /** Pushes an event to the interface. */
  emit: (event: AppEvent) => void;
}

export type DomainHandlers<N extends ApiName> = { [K in N]: (input: ApiParsedInput<K>) => Promise<ApiResults[K]> };
export type Handlers = DomainHandlers<ApiName>;
