// Worker thread entry: inspects one file per message and answers with its results, or — for the
// on-screen reveal toggle only — the raw values behind one file's evidence. What each kind of
// request needs is loaded on its first use: a worker that only reads shards of a large CSV starts
// without loading the PDF, workbook, archive and mail readers.
// First, before any reader's library loads: see native-push.ts.
import { restoreNativePush } from './native-push.js';
import { parentPort } from 'node:worker_threads';
import type { FileResult } from '../../shared/types.js';
import type { RawSample } from './file-result.js';
import type { FileTask } from './inspect-file.js';
import { formatByName, notInspected } from './not-inspected.js';
import type { Evidence } from '../../shared/types.js';
import type { ThumbnailOutcome, ThumbnailRequest } from './ocr/thumbnail.js';
import type { ShardAnswer, ShardRequest } from './shards/inspect-shard.js';

export type WorkerRequest =
  | { kind: 'inspect'; task: FileTask }
  | { kind: 'reveal'; task: FileTask; target: string }
  // The Review thumbnail of a picture, covered where it holds customer data (ocr/thumbnail.ts).
  | { kind: 'thumbnail'; task: FileTask; request: ThumbnailRequest }
  // One byte range of a large CSV or TSV read beside others (shards/inspect-sharded.ts).
  | { kind: 'shard'; task: FileTask; shard: ShardRequest };
export type WorkerAnswer = FileResult[] | Array<Evidence & RawSample> | ThumbnailOutcome | ShardAnswer;

const port = parentPort;
if (!port) throw new Error('scan-worker must run as a worker thread');

restoreNativePush();
port.on('message', (request: WorkerRequest) => {
  // A library loaded by the previous file (pdf.js's worker code) may have replaced it again.
  restoreNativePush();
  const work: Promise<WorkerAnswer> =
    request.kind === 'thumbnail'
      ? import('./ocr/thumbnail-job.js').then(({ thumbnailJob }) => thumbnailJob(request.task, request.request))
      : request.kind === 'shard'
      ? import('./shards/inspect-shard.js').then(({ inspectShard }) => inspectShard(request.task, request.shard)).catch((): ShardAnswer => ({ kind: 'shard', ok: false, why: 'reader error' }))
      : request.kind === 'reveal'
      ? import('./inspect-file.js').then(({ revealFile }) => revealFile(request.task, request.target)).catch(() => [])
      : import('./inspect-file.js').then(({ inspectFile }) => inspectFile(request.task)).catch((): FileResult[] => [
          // A reader bug must cost one file, not the scan; the error text may hold content, so it is dropped.
          notInspected(request.task, formatByName(request.task.path), 'error', 'corrupt', 'This file could not be read because of an unexpected problem in the reader.'),
        ]);
  void work.then((answer) => port.postMessage(answer));
});
