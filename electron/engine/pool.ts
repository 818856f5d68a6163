// A pool of worker threads: parsing never runs on the caller's event loop. Each task has a time
// limit; a worker that overruns it, runs out of memory or crashes is replaced, and the task fails
// with a reason instead of taking the scan down.
import { Worker, type ResourceLimits } from 'node:worker_threads';

export type TaskFailure = { failed: 'timeout' | 'out-of-memory' | 'crashed' | 'cancelled' };

export interface PoolOptions {
  size: number;
  /** Script run by each worker; a .ts file is run through tsx (source checkouts and tests). */
  script: URL;
  resourceLimits?: ResourceLimits;
}

interface Pending<In, Out> {
  input: In;
  timeoutMs: number;
  resolve: (value: Out | TaskFailure) => void;
}

interface Slot<In, Out> {
  worker: Worker;
  busy?: { pending: Pending<In, Out>; timer: NodeJS.Timeout };
}

export class WorkerPool<In, Out> {
  private readonly slots: Array<Slot<In, Out>> = [];
  private readonly queue: Array<Pending<In, Out>> = [];
  private closed = false;

  // Workers start when there is work for them, up to `size`: a scan of one large file starts
  // one worker, not one per core that would each load every reader for nothing; a watcher's pool
  // costs nothing while it waits.
  constructor(private readonly options: PoolOptions) {}

  run(input: In, timeoutMs: number): Promise<Out | TaskFailure> {
    if (this.closed) return Promise.resolve({ failed: 'cancelled' });
    return new Promise((resolve) => {
      this.queue.push({ input, timeoutMs, resolve });
      this.dispatch();
    });
  }

  /** Starts every worker now, before work is queued, so that their start-up overlaps what the caller does next. */
  start(): void {
    while (!this.closed && this.slots.length < this.options.size) this.slots.push({ worker: this.spawn() });
  }

  /** Tasks waiting for a worker (for back-pressure). */
  get waiting(): number {
    return this.queue.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.resolve({ failed: 'cancelled' });
    await Promise.all(
      this.slots.map(async (slot) => {
        if (slot.busy) {
          clearTimeout(slot.busy.timer);
          slot.busy.pending.resolve({ failed: 'cancelled' });
          slot.busy = undefined;
        }
        slot.worker.removeAllListeners();
        slot.worker.on('error', () => undefined);
        await slot.worker.terminate();
      }),
    );
  }

  private spawn(): Worker {
    const isSource = this.options.script.pathname.endsWith('.ts');
    const worker = isSource
      ? new Worker(new URL('./tsx-worker.mjs', import.meta.url), { argv: [this.options.script.href], execArgv: [], resourceLimits: this.options.resourceLimits })
      : new Worker(this.options.script, { execArgv: [], resourceLimits: this.options.resourceLimits });
    // Listeners live as long as the worker: an error raised after a task ended (a library's late
    // callback) must replace the worker, never surface as an uncaught error in the caller.
    worker.on('message', (value: Out) => this.settle(worker, value, false));
    worker.on('error', (error: Error & { code?: string }) =>
      this.settle(worker, { failed: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'crashed' }, true),
    );
    worker.on('exit', () => this.settle(worker, { failed: 'crashed' }, true));
    return worker;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy || this.queue.length === 0) continue;
      this.assign(slot);
    }
    while (this.queue.length > 0 && this.slots.length < this.options.size) {
      const slot: Slot<In, Out> = { worker: this.spawn() };
      this.slots.push(slot);
      this.assign(slot);
    }
  }

  private assign(slot: Slot<In, Out>): void {
    const pending = this.queue.shift()!;
    const timer = setTimeout(() => this.settle(slot.worker, { failed: 'timeout' }, true), pending.timeoutMs);
    slot.busy = { pending, timer };
    slot.worker.postMessage(pending.input);
  }

  private settle(worker: Worker, value: Out | TaskFailure, replace: boolean): void {
    const slot = this.slots.find((s) => s.worker === worker);
    if (!slot) return; // an old worker's last words
    const busy = slot.busy;
    slot.busy = undefined;
    if (busy) clearTimeout(busy.timer);
    if (replace) {
      worker.removeAllListeners();
      worker.on('error', () => undefined);
      void worker.terminate();
      if (!this.closed) slot.worker = this.spawn();
    }
    busy?.pending.resolve(value);
    if (!this.closed) this.dispatch();
  }
}

export function isFailure<Out>(value: Out | TaskFailure): value is TaskFailure {
  return typeof value === 'object' && value !== null && 'failed' in value;
}
