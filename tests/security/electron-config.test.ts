// Electron cannot run on these machines, so its configuration is checked in the source: the
// window's webPreferences, the preload's channel list and what main imports.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { API_NAMES } from '../../shared/api.js';

const source = (path: string) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('Electron hardening', () => {
  it('creates the window sandboxed, context-isolated and without Node', async () => {
    const window = await source('electron/main/window.ts');
    const prefs = /webPreferences:\s*\{([\s\S]*?)\n\s*\},/.exec(window)?.[1] ?? '';
    const expected = {
      sandbox: 'true',
      contextIsolation: 'true',
      nodeIntegration: 'false',
      nodeIntegrationInWorker: 'false',
      nodeIntegrationInSubFrames: 'false',
      webSecurity: 'true',
      allowRunningInsecureContent: 'false',
      experimentalFeatures: 'false',
      webviewTag: 'false',
    };
    for (const [key, value] of Object.entries(expected)) expect(prefs, key).toMatch(new RegExp(`\\b${key}: ${value},`));
    expect(window).not.toMatch(/\.\.\.\w+/); // no spread that could override them
  });

  it('exposes exactly the calls of shared/api.ts from the preload, and no raw ipcRenderer', async () => {
    const preload = await source('electron/preload.cts');
    const list = /const CALLS[^=]*=\s*\[([\s\S]*?)\];/.exec(preload)?.[1] ?? '';
    const names = [...list.matchAll(/'([A-Za-z]+)'/g)].map((m) => m[1]);
    expect(names.sort()).toEqual([...API_NAMES].sort());
    expect(preload).toMatch(/exposeInMainWorld\('cda', /);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    // Listeners get the payload only, never the IPC event (which carries `sender`).
    expect(preload).toMatch(/\(_event: unknown, payload: AppEvent\) => listener\(payload\)/);
  });

  it('denies navigation, new windows and permissions, and checks every IPC sender', async () => {
    const security = await source('electron/main/security.ts');
    expect(security).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/);
    expect(security).toMatch(/setPermissionRequestHandler\(\(_contents, _permission, callback\) => callback\(false\)\)/);
    expect(security).toMatch(/'will-navigate'/);
    const ipc = await source('electron/main/ipc.ts');
    expect(ipc).toMatch(/isTrustedSender\(event\.senderFrame\?\.url\)/);
    expect(ipc).toMatch(/dispatch\(handlers, name, input\)/);
  });

  it('keeps electron out of the engine and the handlers', async () => {
    const { readdir } = await import('node:fs/promises');
    for (const folder of ['electron/engine', 'electron/handlers', 'electron/dev-bridge', 'shared']) {
      const files = (await readdir(new URL(`../../${folder}`, import.meta.url), { recursive: true })).filter((f) => /\.(ts|cts)$/.test(f));
      for (const file of files) expect(await source(`${folder}/${file}`), `${folder}/${file}`).not.toMatch(/from 'electron'/);
    }
  });

  it('serves the interface with a strict Content-Security-Policy', async () => {
    const html = await source('renderer/index.html');
    const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // The header (app:// and the web bridge) says the same and also forbids framing, which a meta tag cannot.
    const { CONTENT_SECURITY_POLICY } = await import('../../electron/main/content-policy.js');
    expect(CONTENT_SECURITY_POLICY).toBe(`${csp}; frame-ancestors 'none'`);
    expect(await source('electron/main/security.ts')).toMatch(/INTERFACE_HEADERS/);
  });
});
