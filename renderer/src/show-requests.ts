// Requests from the tray and notifications to show something (shared/api-watch.ts ShowRequest):
// taken when the app starts (the window may have been opened by the click) and on each nudge.
import { useEffect, useRef } from 'react';
import type { ShowRequest } from '../../shared/api-watch';
import { api } from './api';

export function useShowRequests(onRequest: (request: ShowRequest) => void): void {
  // The latest callback, without subscribing again on every render.
  const handler = useRef(onRequest);
  handler.current = onRequest;
  useEffect(() => {
    const take = () =>
      api.takeShowRequest(undefined).then(
        (request) => request && handler.current(request),
        () => undefined,
      );
    void take();
    return api.onEvent((event) => {
      if (event.type === 'watch-show') void take();
    });
  }, []);
}
