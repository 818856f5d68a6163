// Development and test harness only (never packaged): serves the built renderer and answers the
// same API as Electron's main process over HTTP on 127.0.0.1, guarded by a random token, with
// scan events as server-sent events. Lets the interface run in a plain browser against the real
// engine where Electron cannot run.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { homedir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppEvent } from '../../shared/api.js';
import { dispatch } from '../handlers/dispatch.js';
import { INTERFACE_HEADERS } from '../main/content-policy.js';
import { createHandlers, type HostActions } from '../handlers/index.js';
import { ScanSessions } from '../handlers/scan-sessions.js';
import { SettingsStore } from '../handlers/settings-store.js';
import { ShowRequests } from '../handlers/show-requests.js';
import type { ShowRequest } from '../../shared/api-watch.js';

export interface DevBridgeOptions {
  port?: number;
  staticDir?: string;
  userDataDir: string;
  homeDir?: string;
  /** What 'Show in folder' and the folder picker do here (tests observe them). */
  host?: Partial<HostActions>;
}

export interface DevBridge {
  url: string;
  token: string;
  /** What a click on the tray or on a watch notification does in the app (tests play the click). */
  requestShow(request: ShowRequest): void;
  close(): Promise<void>;
}

// Reports dropped on the Verify screen arrive as base64 (shared/api-attestation.ts caps them at 40 MB).
const MAX_BODY = 48 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export async function startDevBridge(options: DevBridgeOptions): Promise<DevBridge> {
  const token = randomBytes(24).toString('hex');
  const staticDir = resolve(options.staticDir ?? defaultStaticDir());
  const listeners = new Set<ServerResponse>();
  const emit = (event: AppEvent) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const res of listeners) res.write(frame);
  };
  const scans = new ScanSessions(emit);
  const showRequests = new ShowRequests(emit);
  const handlers = createHandlers({
    showRequests,
    settings: new SettingsStore(options.userDataDir),
    scans,
    userDataDir: options.userDataDir,
    emit,
    host: { pickFolder: async () => null, showInFolder: async () => undefined, setContentProtection: () => undefined, ...options.host },
    places: { home: options.homeDir ?? homedir(), platform: process.platform, env: options.homeDir ? {} : process.env },
  });

  const server = createServer((req, res) => {
    void route(req, res).catch(() => send(res, 500, { ok: false, error: { reason: 'failed', message: 'Something went wrong.' } }));
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    for (const [name, value] of Object.entries(INTERFACE_HEADERS)) res.setHeader(name, value);
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    if (url.pathname === '/api/events') {
      if (!tokenMatches(url.searchParams.get('token'))) return send(res, 401, { ok: false, error: { reason: 'not-allowed', message: 'Not allowed.' } });
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, { ok: false, error: { reason: 'not-allowed', message: 'Use POST.' } });
      const auth = req.headers.authorization?.replace(/^Bearer /, '') ?? null;
      if (!tokenMatches(auth)) return send(res, 401, { ok: false, error: { reason: 'not-allowed', message: 'Not allowed.' } });
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(res, 415, { ok: false, error: { reason: 'invalid-input', message: 'JSON expected.' } });
      }
      const body = await readBody(req);
      if (body === undefined) return send(res, 400, { ok: false, error: { reason: 'invalid-input', message: 'The request was not valid.' } });
      const answer = await dispatch(handlers, url.pathname.slice('/api/'.length), body);
      return send(res, answer.ok ? 200 : answer.error.reason === 'not-found' ? 404 : 400, answer);
    }
    return serveStatic(url.pathname, res);
  }

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^([/\\])+/, '');
    const file = resolve(staticDir, relative);
    if (file !== staticDir && !file.startsWith(staticDir + sep)) return send(res, 404, 'Not found');
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
    } catch {
      return send(res, 404, 'Not found');
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(res);
  }

  function tokenMatches(candidate: string | null): boolean {
    if (!candidate) return false;
    const a = Buffer.from(candidate);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  // Loopback only: the bridge must never be reachable from another machine.
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    token,
    requestShow: (request) => showRequests.request(request),
    close: async () => {
      scans.cancelAll();
      for (const res of listeners) res.end();
      listeners.clear();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

function defaultStaticDir(): string {
  // dist/renderer beside the project, whether this runs from source (electron/) or dist/electron/.
  const here = fileURLToPath(import.meta.url);
  const project = here.includes(`${sep}dist${sep}electron${sep}`) ? join(here, '..', '..', '..', '..') : join(here, '..', '..', '..');
  return join(project, 'dist', 'renderer');
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolveBody) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolveBody(undefined);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolveBody(chunks.length === 0 ? null : JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        resolveBody(undefined);
      }
    });
    req.on('error', () => resolveBody(undefined));
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return void res.end();
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json', 'Cache-Control': 'no-store' });
  res.end(text);
}
