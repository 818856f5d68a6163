// The scan the interface is following: starts it, listens to its events, and keeps what it has
// found. Lives in the app (not in a screen) so that Scan and Review see the same scan.
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { isScanEvent, type ScanEvent } from '../../shared/api';
import type { ScanProgress } from '../../shared/progress';
import type { FileResult, ScanReport, ScanSummary } from '../../shared/types';
import { api } from './api';

export type ScanStatus = 'idle' | 'starting' | 'running' | 'paused' | 'cancelling' | 'finishing' | 'finished' | 'cancelled' | 'failed';

export interface ScanRequest {
  roots: string[];
  exclude: string[];
}

export interface ScanState {
  status: ScanStatus;
  scanId?: string;
  request?: ScanRequest;
  progress?: ScanProgress;
  /** Files reported so far, in arrival order (the report replaces them when the scan ends). */
  files: FileResult[];
  summary?: ScanSummary;
  report?: ScanReport;
  error?: string;
}

type Action =
  | { type: 'start'; request: ScanRequest }
  | { type: 'started'; scanId: string }
  | { type: 'event'; event: ScanEvent }
  | { type: 'status'; status: ScanStatus }
  | { type: 'report'; report: ScanReport | null; cancelled: boolean }
  | { type: 'error'; message: string };

const IDLE: ScanState = { status: 'idle', files: [] };

function reduce(state: ScanState, action: Action): ScanState {
  switch (action.type) {
    case 'start':
      return { status: 'starting', request: action.request, files: [] };
    case 'started':
      return { ...state, status: 'running', scanId: action.scanId };
    case 'status':
      return { ...state, status: action.status };
    case 'error':
      return { ...state, status: 'failed', error: action.message };
    case 'report':
      return { ...state, status: action.cancelled ? 'cancelled' : 'finished', report: action.report ?? undefined };
    case 'event': {
      const event = action.event;
      if (event.type === 'progress') return { ...state, progress: event.progress };
      if (event.type === 'files') return { ...state, files: state.files.concat(event.files) };
      if (event.type === 'finished') return { ...state, status: 'finishing', summary: event.summary };
      return { ...state, status: 'failed', error: event.message };
    }
  }
}

export interface ScanSession extends ScanState {
  start(request: ScanRequest): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  cancel(): Promise<void>;
}

export function useScanSession(): ScanSession {
  const [state, dispatch] = useReducer(reduce, IDLE);
  const current = useRef<{ id?: string; starting: boolean; early: ScanEvent[] }>({ starting: false, early: [] });

  const finish = useCallback(async (scanId: string, cancelled: boolean) => {
    try {
      dispatch({ type: 'report', report: await api.getScan({ scanId }), cancelled });
    } catch {
      // The streamed files stand in for the report when it cannot be fetched.
      dispatch({ type: 'report', report: null, cancelled });
    }
  }, []);

  const handle = useCallback(
    (event: ScanEvent) => {
      dispatch({ type: 'event', event });
      if (event.type === 'finished') void finish(event.scanId, event.cancelled);
    },
    [finish],
  );

  useEffect(
    () =>
      api.onEvent((appEvent) => {
        if (!isScanEvent(appEvent)) return;
        const event = appEvent;
        const ref = current.current;
        // Events can overtake the answer to startScan: keep them until the scan's id is known.
        if (ref.starting) ref.early.push(event);
        else if (event.scanId === ref.id) handle(event);
      }),
    [handle],
  );

  const start = useCallback(
    async (request: ScanRequest) => {
      const ref = current.current;
      ref.starting = true;
      ref.early = [];
      ref.id = undefined;
      dispatch({ type: 'start', request });
      try {
        const { scanId } = await api.startScan(request);
        ref.id = scanId;
        dispatch({ type: 'started', scanId });
        for (const event of ref.early) if (event.scanId === scanId) handle(event);
      } catch (error) {
        dispatch({ type: 'error', message: messageOf(error) });
      } finally {
        ref.starting = false;
        ref.early = [];
      }
    },
    [handle],
  );

  const command = useCallback(async (run: (scanId: string) => Promise<void>, status: ScanStatus) => {
    const scanId = current.current.id;
    if (!scanId) return;
    dispatch({ type: 'status', status });
    try {
      await run(scanId);
    } catch (error) {
      dispatch({ type: 'error', message: messageOf(error) });
    }
  }, []);

  const pause = useCallback(() => command((scanId) => api.pauseScan({ scanId }), 'paused'), [command]);
  const resume = useCallback(() => command((scanId) => api.resumeScan({ scanId }), 'running'), [command]);
  const cancel = useCallback(() => command((scanId) => api.cancelScan({ scanId }), 'cancelling'), [command]);

  return { ...state, start, pause, resume, cancel };
}

export function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Something went wrong. Please try again.';
}

/** Is the scan still reading files (or about to)? */
export function isActive(status: ScanStatus): boolean {
  return status === 'starting' || status === 'running' || status === 'paused' || status === 'cancelling' || status === 'finishing';
}

/** The files to review: the final report when there is one, otherwise what streamed in. */
export function reviewFiles(session: ScanState): FileResult[] {
  return session.report?.files ?? session.files;
}
