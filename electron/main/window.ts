// The one window: sandboxed, context-isolated, no Node, dark-mode aware from the first frame.
import { BrowserWindow, nativeTheme } from 'electron';
import { APP_ORIGIN } from './security.js';

export function createMainWindow(preloadPath: string, iconPath?: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 880,
    minHeight: 600,
    title: 'Customer Data Auditor',
    // Linux takes the window icon from here; macOS and Windows from the packaged app.
    ...(iconPath ? { icon: iconPath } : {}),
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#14171c' : '#f7f8fa',
    // Written out literally so that reviewers and electronegativity see exactly what is set;
    // tests/security asserts these values.
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
