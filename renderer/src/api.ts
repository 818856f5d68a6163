// The only file that touches the bridge. In Electron the preload exposes `window.cda` (exactly
// CdaApi). In a plain browser (the development web bridge, used by the browser tests) the same
// calls go over HTTP to 127.0.0.1 with the token from the URL fragment, and events arrive as
// server-sent events.
import { API_NAMES, type ApiName, type AppEvent, type CdaApi } from '../../shared/api';

declare global {
  interface Window {
    cda?: CdaApi;
  }
}

type Answer = { ok: true; result: unknown } | { ok: false; error: { reason: string; message: string } };

function webBridge(): CdaApi {
  // The token lives in memory only; it is removed from the address bar so it is not bookmarked or shared.
  const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);

  const call = async (name: ApiName, input: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? null),
      });
    } catch {
      throw new Error('Customer Data Auditor could not reach its engine. Please restart the app.');
    }
    if (response.status === 401) throw new Error('This window lost its access key. Open the address that `npm run dev:web` printed again.');
    const answer = (await response.json().catch(() => null)) as Answer | null;
    if (!answer) throw new Error('The engine gave an answer that could not be read.');
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.result;
  };

  const listeners = new Set<(event: AppEvent) => void>();
  let opened: Promise<void> | null = null;
  // The bridge sends events only to open streams: a scan starts once the stream is open.
  const ensureStream = (): Promise<void> => {
    opened ??= new Promise((resolve) => {
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      source.onopen = () => resolve();
      setTimeout(resolve, 3000); // never hold a scan back for long if the stream is slow to open
      source.onmessage = (message: MessageEvent<string>) => {
        const event = JSON.parse(message.data) as AppEvent;
        for (const listener of listeners) listener(event);
      };
    });
    return opened;
  };

  const api: Record<string, unknown> = {};
  for (const name of API_NAMES) api[name] = (input: unknown) => call(name, input);
  api.startScan = async (input: unknown) => {
    await ensureStream();
    return call('startScan', input);
  };
  api.onEvent = (listener: (event: AppEvent) => void) => {
    listeners.add(listener);
    void ensureStream();
    return () => listeners.delete(listener);
  };
  return api as unknown as CdaApi;
}

export const api: CdaApi = window.cda ?? webBridge();

