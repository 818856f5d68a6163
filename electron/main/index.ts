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
import { ShowRequests } from '../handlers/show-requests.js';
import { LOGIN_ARG, loginWatchRoots, quitWhenWindowsClosed } from '../handlers/watch-alerts.js';
import type { AppEvent } from '../../shared/api.js';
import { registerIpc, eventSender } from './ipc.js';
import { hardenSessions, registerAppScheme, serveRenderer } from './security.js';
import { createWatchTray, type WatchTray } from './tray.js';
import { createMainWindow } from './window.js';

if (!app.requestSingleInstanceLock()) app.quit();

// One folder for the app and `cda`: settings, logs, OCR cache and the retention archive are the
// same whichever is used. Chromium's own data (caches, storage) stays in Electron's usual folder.
app.setPath('sessionData', join(app.getPath('appData'), 'Customer Data Auditor'));
app.setPath('userData', configDir());

registerAppScheme();
let window: BrowserWindow | undefined;
let tray: WatchTray | undefined;
/** Shows the window, opening it again when it was closed to the tray. */
let showWindow: () => BrowserWindow | undefined = () => window;

void app.whenReady().then(async () => {
  hardenSessions();
  serveRenderer(fileURLToPath(new URL('../../renderer/', import.meta.url)));
  const send = eventSender(() => window?.webContents);
  // The tray and notifications see every event the window sees (watch events only matter to them).
  const emit = (event: AppEvent) => {
    send(event);
    tray?.onEvent(event);
  };
  const scans = new ScanSessions(emit);
  const showRequests = new ShowRequests(emit);
  const handlers = createHandlers({
    showRequests,
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
      // Linux has no login-item API in Electron; there the seller adds the app to their session themselves.
      setOpenAtLogin: (on) => {
        if (process.platform === 'linux') return false;
        app.setLoginItemSettings({ openAtLogin: on, args: [LOGIN_ARG] });
        return true;
      },
    },
  });
  registerIpc(handlers);
  showWindow = (): BrowserWindow => {
    if (!window || window.isDestroyed()) {
      window = createMainWindow(fileURLToPath(new URL('../preload.cjs', import.meta.url)), appIconPath());
      window.on('closed', () => (window = undefined));
    } else {
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    }
    return window;
  };
  tray = createWatchTray({
    iconPath: appIconPath('32x32'),
    // The request waits in showRequests: a window that is still loading takes it when it starts.
    open: (request) => {
      showWindow();
      showRequests.request(request);
    },
    stopWatching: () => handlers.stopWatch(undefined),
    quit: () => app.quit(),
  });
  // Started by the OS at login with watching opted in: watch in the tray, no window.
  const openedAtLogin = process.argv.includes(LOGIN_ARG) || app.getLoginItemSettings().wasOpenedAtLogin;
  const loginRoots = loginWatchRoots(await new SettingsStore(app.getPath('userData')).load(), openedAtLogin);
  if (loginRoots) await handlers.startWatch({ roots: loginRoots, exclude: [] }).catch(() => showWindow());
  else showWindow();
  app.on('before-quit', () => scans.cancelAll());
});

/** The window and tray icon: shipped as an extra resource when packaged, from build/ in development. */
function appIconPath(size: '256x256' | '32x32' = '256x256'): string {
  return app.isPackaged ? join(process.resourcesPath, 'icons', `${size}.png`) : fileURLToPath(new URL(`../../../build/icons/${size}.png`, import.meta.url));
}

app.on('second-instance', () => void showWindow());

// While watching, the app keeps running in the tray; otherwise closing the window quits.
app.on('window-all-closed', () => {
  if (!tray || quitWhenWindowsClosed(tray.state())) app.quit();
});
