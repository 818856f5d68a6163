// Paths waiting to be read, each at most once however often it changed, worked off by a fixed
// number of inspections at a time. Only path strings wait here, and never more than `limit`:
// a burst of files costs memory by its count of names, never by content or by open reads.
export interface InspectionQueueOptions {
  concurrency: number;
  limit: number;
  inspect: (path: string) => Promise<void>;
  /** A path was refused because `limit` paths were already waiting. */
  onOverflow: (path: string) => void;
}

export class InspectionQueue {
  private readonly waiting = new Set<string>();
  private running = 0;
  private closed = false;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly options: InspectionQueueOptions) {}

  get pending(): number {
    return this.waiting.size + this.running;
  }

  add(path: string): void {
    if (this.closed || this.waiting.has(path)) return;
    if (this.waiting.size >= this.options.limit) {
      this.options.onOverflow(path);
      return;
    }
    this.waiting.add(path);
    this.pump();
  }

  /** Forgets a path that no longer needs reading (deleted before its turn). */
  drop(path: string): void {
    this.waiting.delete(path);
  }

  /** Resolves when nothing waits and nothing runs. */
  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  close(): void {
    this.closed = true;
    this.waiting.clear();
  }

  private pump(): void {
    while (!this.closed && this.running < this.options.concurrency && this.waiting.size > 0) {
      const path = this.waiting.values().next().value as string;
      this.waiting.delete(path);
      this.running++;
      void this.options
        .inspect(path)
        .catch(() => undefined) // inspect reports its own problems; the queue must keep going
        .finally(() => {
          this.running--;
          this.pump();
          if (this.pending === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
        });
    }
  }
}
