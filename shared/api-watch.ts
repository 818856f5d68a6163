// The app's calls and events for watch: input schemas, result types and events, merged into
// shared/api.ts. Inputs are validated with these schemas wherever they cross a process boundary.
import { z } from 'zod';
import { CATEGORIES, NOT_INSPECTED_REASONS, RISKS } from './types.js';
import { FILE_WATCH_EVENT_TYPES, type FileWatchEvent } from './watch-event.js';

const filePath = z.string().min(1).max(4096);

export const watchApiInputs = {
  /** Starts watching these folders (replacing any earlier watch); files added or changed from now on are checked. */
  startWatch: z.object({
    roots: z.array(filePath).min(1).max(100),
    exclude: z.array(z.string().min(1).max(500)).max(500).default([]),
  }),
  stopWatch: z.undefined(),
  getWatchStatus: z.undefined(),
  /** Opt in or out of watching these folders when the seller logs in (saved in the settings; the OS's login item). */
  setWatchAtLogin: z.object({
    on: z.boolean(),
    roots: z.array(filePath).max(100).default([]),
  }),
  /**
   * What the tray or a notification last asked the interface to show, taken once: the interface
   * asks when it starts and on every 'watch-show' nudge, so a request made while the window was
   * still loading is not lost, and none is acted on twice.
   */
  takeShowRequest: z.undefined(),
} satisfies Record<string, z.ZodType>;

export interface WatchStatus {
  watching: boolean;
  roots: string[];
  /** The roots on a network drive, checked for changes every 2 seconds rather than told by the system. */
  polled: string[];
  /** Files waiting to be checked or being checked. */
  pending: number;
  /** Files checked since the watch started. */
  checked: number;
  /** Files that hold customer data as far as this watch has seen. */
  openFindings: number;
  /** The latest events, newest first (at most 50). */
  recent: FileWatchEvent[];
}

/** Where the tray or a notification sends the seller: the Watch screen, or one file's review. */
export type ShowRequest = { show: 'watch' } | { show: 'file'; path: string };

export interface WatchApiResults {
  takeShowRequest: ShowRequest | null;
  startWatch: WatchStatus;
  stopWatch: WatchStatus;
  getWatchStatus: WatchStatus;
  setWatchAtLogin: WatchAtLogin;
}

export interface WatchAtLogin {
  on: boolean;
  /** False where the app cannot open at login (the development bridge; an OS without login items): saved, but it will not start. */
  supported: boolean;
}

/** Events pushed to the interface; `type` starts with 'watch-'. */
export type WatchEvent =
  | { type: 'watch-file'; event: FileWatchEvent }
  | { type: 'watch-status'; status: WatchStatus }
  | { type: 'watch-error'; message: string }
  /** The tray or a notification asked for something to be shown: take it with takeShowRequest. */
  | { type: 'watch-show' };

export function isWatchEvent(event: { type: string }): event is WatchEvent {
  return event.type.startsWith('watch-');
}

/** A file event as it arrives from another process (`cda watch --json-lines`, IPC): validated, never trusted. */
export const fileWatchEventSchema = z.object({
  type: z.enum(FILE_WATCH_EVENT_TYPES),
  maskedPath: z.string(),
  path: z.string(),
  risk: z.enum(RISKS),
  findings: z.object(Object.fromEntries(CATEGORIES.map((c) => [c, z.number().int().min(0)])) as Record<(typeof CATEGORIES)[number], z.ZodNumber>),
  records: z.number().int().min(0),
  reason: z.union([z.enum(NOT_INSPECTED_REASONS), z.literal('too-many-changes')]).optional(),
  message: z.string().optional(),
  at: z.string().datetime(),
});
