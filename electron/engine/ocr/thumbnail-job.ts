// The thumbnail as a scan-worker job: runs in a worker thread (decoding and OCR never block the
// app's main process), ends the thread's OCR engine when done, and never throws: a decoder or
// OCR failure becomes a reason and a sentence without any of the file's content.
import type { FileTask } from '../inspect-file.js';
import { terminateOcr } from './engine.js';
import { thumbnailOfFile, type ThumbnailOutcome, type ThumbnailRequest } from './thumbnail.js';

export async function thumbnailJob(task: FileTask, request: ThumbnailRequest): Promise<ThumbnailOutcome> {
  try {
    return await thumbnailOfFile(task.path, request, { analyze: task.analyze, ocrSettings: task.ocrSettings, maxFileBytes: task.limits.maxFileBytes });
  } catch {
    return { ok: false, reason: 'corrupt', message: 'A preview of this file could not be made.' };
  } finally {
    await terminateOcr().catch(() => undefined);
  }
}
