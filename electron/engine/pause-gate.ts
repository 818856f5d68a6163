// Pausing a scan: files already being read finish; no new file starts until resumed.
export class PauseGate {
  private waiters: Array<() => void> = [];
  private isPaused = false;

  get paused(): boolean {
    return this.isPaused;
  }

  pause(): void {
    this.isPaused = true;
  }

  resume(): void {
    this.isPaused = false;
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Resolves at once when not paused; otherwise when resumed (or when the signal aborts). */
  wait(signal?: AbortSignal): Promise<void> {
    if (!this.isPaused || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      signal?.addEventListener('abort', () => resolve(), { once: true });
    });
  }
}
