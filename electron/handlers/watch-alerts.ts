// What the tray and the native notifications show while watching, as plain functions over the
// app's events: the count of open findings, the tooltip, and a notification's masked words.
// electron/main/tray.ts only wires these to Electron.
import type { AppEvent } from '../../shared/api.js';
import type { ShowRequest } from '../../shared/api-watch.js';
import type { Settings } from '../../shared/settings.js';
import { watchAlertText } from '../../shared/watch-alert.js';

/** Passed to the app when the OS starts it at login, so it starts watching hidden in the tray. */
export const LOGIN_ARG = '--watch-at-login';

export interface TrayState {
  watching: boolean;
  roots: string[];
  /** Files that hold customer data as far as the watch has seen. */
  openFindings: number;
}

export const IDLE_TRAY: TrayState = { watching: false, roots: [], openFindings: 0 };

/** The tray's state after an event: only the watch's status changes it. */
export function nextTrayState(state: TrayState, event: AppEvent): TrayState {
  if (event.type !== 'watch-status') return state;
  return { watching: event.status.watching, roots: [...event.status.roots], openFindings: event.status.openFindings };
}

/** The tray icon's tooltip. */
export function trayTooltip(state: TrayState): string {
  if (!state.watching) return 'Customer Data Auditor — not watching';
  if (state.openFindings === 0) return 'Customer Data Auditor — watching, no customer data found';
  return `Customer Data Auditor — watching, ${state.openFindings} ${state.openFindings === 1 ? 'file' : 'files'} with customer data`;
}

/** The short text next to the tray icon (macOS menu bar): the count of open findings, or nothing. */
export function trayTitle(state: TrayState): string {
  return state.watching && state.openFindings > 0 ? String(state.openFindings) : '';
}

export interface WatchNotification {
  title: string;
  body: string;
  /** What a click on it opens: the file's review, ready to clean up. */
  opens: ShowRequest;
}

/** The native notification for an event, masked; undefined for events that do not warrant one. */
export function notificationFor(event: AppEvent, roots: readonly string[]): WatchNotification | undefined {
  if (event.type !== 'watch-file') return undefined;
  const body = watchAlertText(event.event, roots);
  return body === undefined ? undefined : { title: 'Customer data found', body: `${body}. Click to review it.`, opens: { show: 'file', path: event.event.path } };
}

/** At most one notification per this many milliseconds: a burst of files is one notification, not hundreds. */
export const NOTIFY_QUIET_MS = 10_000;

export interface NotifyGate {
  /** When the last notification was shown (ms); -Infinity before the first. */
  lastAt: number;
  /** Findings held back since then. */
  held: number;
}

export const OPEN_GATE: NotifyGate = { lastAt: Number.NEGATIVE_INFINITY, held: 0 };

/** The notification to show now for an event, if any, and the gate after it: findings within the quiet time are counted into the next one. */
export function gatedNotification(gate: NotifyGate, event: AppEvent, roots: readonly string[], now: number): { gate: NotifyGate; notification?: WatchNotification } {
  const content = notificationFor(event, roots);
  if (content === undefined) return { gate };
  if (now - gate.lastAt < NOTIFY_QUIET_MS) return { gate: { lastAt: gate.lastAt, held: gate.held + 1 } };
  const more = gate.held > 0 ? ` ${gate.held} more ${gate.held === 1 ? 'file' : 'files'} with customer data arrived before it.` : '';
  return { gate: { lastAt: now, held: 0 }, notification: { ...content, body: content.body + more } };
}

/** The folders to watch when the app was started at login, or undefined when it should not watch. */
export function loginWatchRoots(settings: Pick<Settings, 'watchAtLogin' | 'watchFolders'>, openedAtLogin: boolean): string[] | undefined {
  if (!openedAtLogin || settings.watchAtLogin !== true) return undefined;
  const roots = settings.watchFolders ?? [];
  return roots.length > 0 ? [...roots] : undefined;
}

/** Whether the app should quit when its last window closes: not while it is watching (it stays in the tray). */
export function quitWhenWindowsClosed(state: TrayState): boolean {
  return !state.watching;
}
