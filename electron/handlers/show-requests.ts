// Requests from outside the window (the tray, a clicked notification) to show something: held
// here until the interface takes it. A nudge event tells a running interface to take it now; an
// interface still loading takes it when it starts. No timer guesses when the page is ready.
import type { AppEvent } from '../../shared/api.js';
import type { ShowRequest } from '../../shared/api-watch.js';

export class ShowRequests {
  private pending: ShowRequest | undefined;

  constructor(private readonly emit: (event: AppEvent) => void) {}

  /** Asks the interface to show `request`; a later request replaces one not yet taken. */
  request(request: ShowRequest): void {
    this.pending = request;
    this.emit({ type: 'watch-show' });
  }

  /** The request waiting, once: the next call answers null until a new request. */
  take(): ShowRequest | null {
    const request = this.pending ?? null;
    this.pending = undefined;
    return request;
  }
}
