// App lifecycle and wiring only; everything of substance lives in handlers/ and engine/.
import { app, BrowserWindow, dialog, safeStorage, shell } from 'electron';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configDir } from '../cli/config-dir.js';
import { createHandlers } from '../handlers/index.js';
import { safeStorageKeyProtector } from '../handlers/attestation-key.js';
import { safeStorageArchiveKey } from '../handlers/remediation-archive-key.js';
import { ScanSessions } from '../handlers/scan-sessions.js';
import { SettingsStore } from '../handlers/settings-store.js';
import { registerIpc, eventSender } from './ipc.js';
import { hardenSessions, registerAppScheme, serveRenderer } from './security.js';
import { createMainWindow } from './window.js';

if (!app.requestSingleInstanceLock()) app.quit();

// One folder for the app and `cda`: settings, logs, OCR cache and the retention archive are the
// same whichever is used. Chromium's own data (caches, storage) stays in Electron's usual folder.
app.setPath('sessionData', join(app.getPath('appData'), 'Customer Data Auditor'));
app.setPath('userData', configDir());

registerAppScheme();
let window: BrowserWindow | undefined;

void app.whenReady().then(() => {
  hardenSessions();
  serveRenderer(fileURLToPath(new URL('../../renderer/', import.meta.url)));
  const emit = eventSender(() => window?.webContents);
  const scans = new ScanSessions(emit);
  registerIpc(
    createHandlers({
      settings: new SettingsStore(app.getPath('userData')),
      scans,
      userDataDir: app.getPath('userData'),
      emit,
      // The retention archive's key, protected by the OS secret store (none where it has none: then a passphrase).
      archiveKey: safeStorageArchiveKey(safeStorage, app.getPath('userData')),
      // The attestation signing key, locked by the same secret store (a 0600 file, shared with cda, where there is none).
      keyProtector: safeStorageKeyProtector(safeStorage),
      places: { home: homedir(), platform: process.platform, env: process.env },
      host: {
        pickFolder: async () => {
          const result = window ? await dialog.showOpenDialog(window, { properties: ['openDirectory', 'multiSelections'] }) : undefined;
          return result && !result.canceled ? (result.filePaths[0] ?? null) : null;
        },
        showInFolder: async (path) => shell.showItemInFolder(path),
        pickSavePath: async (suggestedName) => {
          const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters: [{ name: 'PDF report', extensions: ['pdf'] }] };
          const result = window ? await dialog.showSaveDialog(window, options) : undefined;
          return result && !result.canceled && result.filePath ? result.filePath : null;
        },
        openPath: async (path) => {
          // shell.openPath answers with an error text instead of throwing.
          if (await shell.openPath(path)) shell.showItemInFolder(path);
        },
        setContentProtection: (on) => window?.setContentProtection(on),
      },
    }),
  );
  window = createMainWindow(fileURLToPath(new URL('../preload.cjs', import.meta.url)), appIconPath());
  app.on('before-quit', () => scans.cancelAll());
});

/** The window and tray icon: shipped as an extra resource when packaged, from build/ in development. */
function appIconPath(): string {
  return app.isPackaged ? join(process.resourcesPath, 'icons', '256x256.png') : fileURLToPath(new URL('../../../build/icons/256x256.png', import.meta.url));
}

app.on('second-instance', () => {
  if (window?.isMinimized()) window.restore();
  window?.focus();
});

app.on('window-all-closed', () => app.quit());
