// IPC wiring: every call is checked for its sender, validated against shared/api.ts and handed to
// the same handler table as the web bridge.
import { ipcMain, type WebContents } from 'electron';
import { API_NAMES, IPC_PREFIX, EVENT_CHANNEL, type AppEvent } from '../../shared/api.js';
import { dispatch } from '../handlers/dispatch.js';
import type { Handlers } from '../handlers/index.js';
import { isTrustedSender } from './security.js';

export function registerIpc(handlers: Handlers): void {
  for (const name of API_NAMES) {
    ipcMain.handle(`${IPC_PREFIX}${name}`, (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url)) {
        return { ok: false, error: { reason: 'not-allowed', message: 'Not allowed.' } };
      }
      return dispatch(handlers, name, input);
    });
  }
}

export function eventSender(target: () => WebContents | undefined): (event: AppEvent) => void {
  return (event) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
  };
}
