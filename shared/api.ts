// The one contract between the interface and the engine: every call, its input schema and result
// type, and the events. Main (IPC), preload (contextBridge), the renderer and the development web
// bridge all derive from this file. Inputs are validated with these schemas wherever they cross a
// process boundary; results come from our own main process.
import { z } from 'zod';
import type { ScanProgress } from './progress.js';
import { settingsSchema, type Settings } from './settings.js';
import type { Category, FileResult, ScanReport, ScanSummary, Where } from './types.js';
import { attestationApiInputs, type AttestationApiResults, type AttestationEvent } from './api-attestation.js';
import { remediationApiInputs, type RemediationApiResults, type RemediationEvent } from './api-remediation.js';
import { watchApiInputs, type WatchApiResults, type WatchEvent } from './api-watch.js';

const scanId = z.string().regex(/^[a-z0-9-]{1,64}$/);
const filePath = z.string().min(1).max(4096);

export const apiInputs = {
  getSettings: z.undefined(),
  saveSettings: settingsSchema,
  listPlaces: z.undefined(),
  pickFolder: z.undefined(),
  startScan: z.object({
    roots: z.array(filePath).min(1).max(100),
    exclude: z.array(z.string().min(1).max(500)).max(500).default([]),
  }),
  pauseScan: z.object({ scanId }),
  resumeScan: z.object({ scanId }),
  cancelScan: z.object({ scanId }),
  getScan: z.object({ scanId }),
  revealValues: z.object({ scanId, path: filePath }),
  /** The interface hid revealed values again: the window may be captured again. */
  concealValues: z.undefined(),
  showInFolder: z.object({ scanId, path: filePath }),
  /** A small picture of an image finding, customer data covered unless `reveal` (then the window is protected as for revealValues). */
  getThumbnail: z.object({ scanId, path: filePath, page: z.number().int().min(1).max(100_000).optional(), reveal: z.boolean().default(false) }),
  /** The folders and patterns the engine always skips (tool and system folders), to list on Choose. */
  listDefaultExclusions: z.undefined(),
  // Each later capability declares its calls in its own file.
  ...remediationApiInputs,
  ...attestationApiInputs,
  ...watchApiInputs,
} as const;

export type ApiName = keyof typeof apiInputs;
export type ApiInput<N extends ApiName> = z.input<(typeof apiInputs)[N]>;
export type ApiParsedInput<N extends ApiName> = z.output<(typeof apiInputs)[N]>;

/** A usual place to scan, pre-filled on the Choose screen. */
export interface Place {
  id: string;
  label: string;
  path: string;
  kind: 'desktop' | 'documents' | 'downloads' | 'pictures' | 'trash' | 'cloud' | 'home';
  exists: boolean;
  /** Checked by default on the Choose screen. */
  suggested: boolean;
}

/** A raw value shown on screen at the user's request. Never written anywhere. */
export interface RevealedValue {
  category: Category;
  value: string;
  where: Where;
}

/** A picture or scanned page of a finding, built in memory and sent as a data URL; never a file. */
export interface PictureThumbnail {
  dataUrl: string;
  width: number;
  height: number;
  /** The page's own size in pixels, before shrinking. */
  source: { width: number; height: number };
  page: number;
  pages: number;
  /** Regions holding customer data, in the thumbnail's pixels: covered, or outlined when revealed. */
  regions: Array<[number, number, number, number]>;
  revealed: boolean;
}

export interface ScanStarted {
  scanId: string;
}

/** A folder or pattern every scan skips, and why. */
export interface DefaultExclusion {
  pattern: string;
  why: string;
}

export interface ApiResults extends RemediationApiResults, AttestationApiResults, WatchApiResults {
  getSettings: Settings;
  saveSettings: Settings;
  listPlaces: Place[];
  pickFolder: string | null;
  startScan: ScanStarted;
  pauseScan: void;
  resumeScan: void;
  cancelScan: void;
  getScan: ScanReport | null;
  revealValues: RevealedValue[];
  concealValues: void;
  showInFolder: void;
  /** Null when the file has no picture finding to show. */
  getThumbnail: PictureThumbnail | null;
  listDefaultExclusions: DefaultExclusion[];
}

export type ScanEvent =
  | { type: 'progress'; scanId: string; progress: ScanProgress }
  | { type: 'files'; scanId: string; files: FileResult[] }
  | { type: 'finished'; scanId: string; summary: ScanSummary; cancelled: boolean }
  | { type: 'failed'; scanId: string; message: string };

/** Every event main pushes to the interface, on one channel. Each capability's events carry its own `type` prefix. */
export type AppEvent = ScanEvent | RemediationEvent | AttestationEvent | WatchEvent;

/** What the renderer sees: one method per call, and a subscription to events. */
export type CdaApi = {
  [N in ApiName]: (input: ApiInput<N>) => Promise<ApiResults[N]>;
} & {
  onEvent(listener: (event: AppEvent) => void): () => void;
};

/** An error as it crosses a boundary: a machine reason and a sentence for people. */
export interface ApiError {
  reason: 'invalid-input' | 'not-allowed' | 'not-found' | 'failed';
  message: string;
}

export const API_NAMES = Object.keys(apiInputs) as ApiName[];
export const IPC_PREFIX = 'cda:';
export const EVENT_CHANNEL = 'cda:event';

const SCAN_EVENT_TYPES: ReadonlySet<string> = new Set<ScanEvent['type']>(['progress', 'files', 'finished', 'failed']);
export function isScanEvent(event: AppEvent): event is ScanEvent {
  return SCAN_EVENT_TYPES.has(event.type);
}
