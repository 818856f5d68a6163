// What every handler module shares: the services it is given and the shape of its table.
import type { ApiName, ApiParsedInput, ApiResults, AppEvent } from '../../shared/api.js';
import type { KeyProtector } from '../engine/attest/keys.js';
import type { PlacesEnvironment } from './places.js';
import type { ArchiveKeyProvider } from './remediation-archive-key.js';
import type { ScanSessions } from './scan-sessions.js';
import type { ShowRequests } from './show-requests.js';
import type { SettingsStore } from './settings-store.js';

/** What only the host (Electron or the web bridge) can do. */
export interface HostActions {
  pickFolder(): Promise<string | null>;
  showInFolder(path: string): Promise<void>;
  /** Blocks screenshots and screen sharing of the window while real values are on screen. */
  setContentProtection(on: boolean): void;
  /** A save dialog for a report; null when cancelled. Without it, reports go to the app's reports folder. */
  pickSavePath?(suggestedName: string): Promise<string | null>;
  /** Opens a saved report with the system's viewer. Without it, the report is shown in its folder. */
  openPath?(path: string): Promise<void>;
  /** Opens the app at login (the OS's login item); false where the OS has none. Without it, not offered. */
  setOpenAtLogin?(on: boolean): boolean;
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
  /** Locks the attestation signing key with the OS secret store (safeStorage in the app); without it, a 0600 file. */
  keyProtector?: KeyProtector;
  /** Pushes an event to the interface. */
  emit: (event: AppEvent) => void;
  /** What the tray and notifications asked the interface to show (the host creates it over `emit`). */
  showRequests?: ShowRequests;
}

export type DomainHandlers<N extends ApiName> = { [K in N]: (input: ApiParsedInput<K>) => Promise<ApiResults[K]> };
export type Handlers = DomainHandlers<ApiName>;
