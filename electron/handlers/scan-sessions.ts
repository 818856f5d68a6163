// Scans started from the interface: each has an id, a cancel switch, a pause gate and, once done,
// its report. Results stream to the interface in small batches; the granted roots of a scan are
// what later calls about its files are checked against.
import { randomUUID } from 'node:crypto';
import type { PictureThumbnail, RevealedValue, ScanEvent, ScanStarted } from '../../shared/api.js';
import type { Settings } from '../../shared/settings.js';
import type { FileResult, ScanReport } from '../../shared/types.js';
import type { OcrSettings } from '../engine/ocr/settings.js';
import { makeThumbnail, thumbnailPage } from '../engine/ocr/thumbnail-service.js';
import { PauseGate } from '../engine/pause-gate.js';
import { revealValues } from '../engine/reveal.js';
import { scan } from '../engine/scan.js';
import { ScanIndex } from '../engine/scan-index/scan-index.js';
import { ApiFailure } from './api-failure.js';

const BATCH_MS = 250;
const KEPT_SESSIONS = 5;

interface Session {
  id: string;
  roots: string[];
  controller: AbortController;
  pause: PauseGate;
  settings: Settings;
  /** Where OCR keeps its result cache and finds its language data (the app's own folders). */
  ocrSettings?: OcrSettings;
  files: Map<string, FileResult>;
  report?: ScanReport;
}

export class ScanSessions {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly emit: (event: ScanEvent) => void) {}

  /** `indexDir`: the scan index folder (<userDataDir>/scan-index); unchanged files are then not read again. */
  start(request: { roots: string[]; exclude: string[] }, settings: Settings, ocrSettings?: OcrSettings, indexDir?: string): ScanStarted {
    const id = randomUUID();
    const session: Session = { id, roots: request.roots, controller: new AbortController(), pause: new PauseGate(), settings, ocrSettings, files: new Map() };
    this.sessions.set(id, session);
    this.forgetOld();

    let batch: FileResult[] = [];
    const flush = () => {
      if (batch.length === 0) return;
      this.emit({ type: 'files', scanId: id, files: batch });
      batch = [];
    };
    const timer = setInterval(flush, BATCH_MS);

    // An index that cannot even be opened (unwritable folder) only costs speed: scan without it.
    const index = indexDir ? ScanIndex.open(indexDir).catch(() => undefined) : Promise.resolve(undefined);
    void index.then((index) => scan({
      index,
      roots: request.roots,
      exclude: [...settings.exclude, ...request.exclude],
      jobs: settings.jobs,
      identity: settings.identity,
      ocr: settings.ocr,
      ocrSettings,
      phoneRegions: settings.phoneRegions,
      minConfidence: settings.minConfidence,
      signal: session.controller.signal,
      pause: session.pause,
      onProgress: (progress) => this.emit({ type: 'progress', scanId: id, progress }),
      onFile: (file) => {
        session.files.set(file.path, file);
        batch.push(file);
      },
    }))
      .then((report) => {
        session.report = report;
        clearInterval(timer);
        flush();
        this.emit({ type: 'finished', scanId: id, summary: report.summary, cancelled: report.cancelled === true });
      })
      .catch(() => {
        clearInterval(timer);
        flush();
        this.emit({ type: 'failed', scanId: id, message: 'The scan stopped because of an unexpected problem. Please try again.' });
      });
    return { scanId: id };
  }

  pause(scanId: string): void {
    this.session(scanId).pause.pause();
  }

  resume(scanId: string): void {
    this.session(scanId).pause.resume();
  }

  cancel(scanId: string): void {
    const session = this.session(scanId);
    session.pause.resume();
    session.controller.abort();
  }

  report(scanId: string): ScanReport | null {
    return this.sessions.get(scanId)?.report ?? null;
  }

  /** A file of this scan's results, or a refusal: only what the scan itself reported can be asked about. */
  file(scanId: string, path: string): FileResult {
    const file = this.session(scanId).files.get(path);
    if (!file) throw new ApiFailure('not-allowed', 'That file is not part of this scan.');
    return file;
  }

  async reveal(scanId: string, path: string): Promise<RevealedValue[]> {
    const file = this.file(scanId, path);
    if (file.risk === 'none') return [];
    const { settings } = this.session(scanId);
    return revealValues(file.path, { identity: settings.identity, ocr: settings.ocr, phoneRegions: settings.phoneRegions, minConfidence: settings.minConfidence });
  }

  /** The picture of one file's image finding, covered where it holds customer data unless revealed. Null when there is none. */
  async thumbnail(scanId: string, path: string, request: { page?: number; reveal: boolean }): Promise<PictureThumbnail | null> {
    const file = this.file(scanId, path);
    const page = request.page ?? thumbnailPage(file);
    if (page === undefined) return null;
    const { settings, ocrSettings } = this.session(scanId);
    const outcome = await makeThumbnail(file.path, { page, reveal: request.reveal }, { identity: settings.identity, phoneRegions: settings.phoneRegions, minConfidence: settings.minConfidence, ocrSettings });
    if (!outcome.ok) throw new ApiFailure(outcome.reason === 'not-found' ? 'not-found' : 'failed', outcome.message);
    return outcome.thumbnail;
  }

  cancelAll(): void {
    for (const session of this.sessions.values()) session.controller.abort();
  }

  private session(scanId: string): Session {
    const session = this.sessions.get(scanId);
    if (!session) throw new ApiFailure('not-found', 'That scan is no longer available. Please start a new scan.');
    return session;
  }

  private forgetOld(): void {
    const ids = [...this.sessions.keys()];
    for (const id of ids.slice(0, Math.max(0, ids.length - KEPT_SESSIONS))) {
      const old = this.sessions.get(id)!;
      if (old.report) this.sessions.delete(id);
    }
  }
}
