// The tray icon and native notifications while watching: wiring only. What they say (count of
// open findings, the masked notification text) lives in handlers/watch-alerts.ts.
import { Menu, Notification, Tray, nativeImage } from 'electron';
import type { AppEvent } from '../../shared/api.js';
import type { ShowRequest } from '../../shared/api-watch.js';
import { IDLE_TRAY, OPEN_GATE, gatedNotification, nextTrayState, trayTitle, trayTooltip, type TrayState } from '../handlers/watch-alerts.js';

export interface WatchTrayOptions {
  iconPath: string;
  /** Shows (or opens again) the window on the Watch screen or on one file's review. */
  open: (request: ShowRequest) => void;
  stopWatching: () => Promise<unknown>;
  quit: () => void;
}

export interface WatchTray {
  /** Every event the app sends to its window passes here too. */
  onEvent(event: AppEvent): void;
  state(): TrayState;
}

export function createWatchTray(options: WatchTrayOptions): WatchTray {
  let state = IDLE_TRAY;
  let gate = OPEN_GATE;
  const tray = new Tray(nativeImage.createFromPath(options.iconPath));
  // Electron drops a notification's click handler when the object is collected: keep them until closed.
  const shown = new Set<Notification>();

  const openWatch = () => options.open({ show: 'watch' });
  const refresh = () => {
    tray.setToolTip(trayTooltip(state));
    if (process.platform === 'darwin') tray.setTitle(trayTitle(state));
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: 'Open Customer Data Auditor', click: openWatch },
        { label: 'Stop watching', enabled: state.watching, click: () => void options.stopWatching() },
        { type: 'separator' },
        { label: 'Quit', click: options.quit },
      ]),
    );
  };
  tray.on('click', openWatch);
  refresh();

  return {
    onEvent(event) {
      const next = nextTrayState(state, event);
      if (next !== state) {
        state = next;
        refresh();
      }
      const gated = gatedNotification(gate, event, state.roots, Date.now());
      gate = gated.gate;
      const content = gated.notification;
      if (content && Notification.isSupported()) {
        const notification = new Notification({ title: content.title, body: content.body, icon: options.iconPath });
        shown.add(notification);
        notification.on('click', () => options.open(content.opens));
        notification.on('close', () => shown.delete(notification));
        notification.show();
      }
    },
    state: () => state,
  };
}
