// The handler table over the development web bridge, with the real engine: the same code main's
// IPC uses. Checks the token, input validation, path authorisation and the scan flow.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanEvent } from '../../shared/api.js';
import type { ScanReport } from '../../shared/types.js';
import { startDevBridge, type DevBridge } from '../../electron/dev-bridge/server.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

describe('development web bridge', () => {
  let dir: string;
  let bridge: DevBridge;
  let origin: string;
  const shown: string[] = [];

  const call = async (name: string, input: unknown, token = bridge.token) => {
    const res = await fetch(`${origin}/api/${name}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? null),
    });
    return { status: res.status, body: (await res.json()) as { ok: boolean; result?: unknown; error?: { reason: string; message: string } } };
  };

  beforeAll(async () => {
    dir = await makeTempDir('cda-bridge-');
    await mkdir(join(dir, 'home', 'Downloads'), { recursive: true });
    await mkdir(join(dir, 'static'));
    await writeFile(join(dir, 'static', 'index.html'), '<!doctype html><title>t</title>');
    await writeFile(join(dir, 'secret.txt'), 'outside the static folder');
    await writeFile(
      join(dir, 'home', 'Downloads', 'orders_export.csv'),
      'order-id,buyer-name,buyer-email,buyer-phone-number\n112-1234567-7654321,Rosalind Ashcombe,r.ashcombe@example.net,+44 7700 900456\n',
    );
    bridge = await startDevBridge({
      port: 0,
      staticDir: join(dir, 'static'),
      userDataDir: join(dir, 'userdata'),
      homeDir: join(dir, 'home'),
      host: { showInFolder: async (path) => void shown.push(path) },
    });
    origin = new URL(bridge.url).origin;
  });

  afterAll(async () => {
    await bridge.close();
    await removeTempDir(dir);
  });

  it('listens on loopback only and puts the token in the fragment, never in a request', () => {
    expect(new URL(bridge.url).hostname).toBe('127.0.0.1');
    expect(new URL(bridge.url).hash).toBe(`#token=${bridge.token}`);
  });

  it('refuses calls without the right token', async () => {
    expect((await call('getSettings', null, 'wrong')).status).toBe(401);
    const events = await fetch(`${origin}/api/events?token=nope`);
    expect(events.status).toBe(401);
  });

  it('refuses invalid input and unknown calls with a reason', async () => {
    expect((await call('startScan', { roots: [] })).body.error?.reason).toBe('invalid-input');
    expect((await call('startScan', { roots: 'not-a-list' })).body.error?.reason).toBe('invalid-input');
    expect((await call('saveSettings', { identity: { emails: [42] } })).body.error?.reason).toBe('invalid-input');
    expect((await call('dropTables', null)).body.error?.reason).toBe('not-found');
  });

  it('serves the interface but nothing outside its folder', async () => {
    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      expect((await fetch(`${origin}${path}`)).status, path).toBe(404);
    }
  });

  it('lists the folders every scan skips, each with a reason', async () => {
    const answer = await call('listDefaultExclusions', null);
    expect(answer.body.ok).toBe(true);
    const exclusions = answer.body.result as { pattern: string; why: string }[];
    expect(exclusions.map((e) => e.pattern)).toEqual(expect.arrayContaining(['node_modules', '.git']));
    for (const exclusion of exclusions) expect(exclusion.why.length).toBeGreaterThan(10);
  });

  it('lists the usual places of the home folder, suggesting the ones that exist', async () => {
    const places = (await call('listPlaces', null)).body.result as Array<{ id: string; exists: boolean; suggested: boolean }>;
    expect(places.find((p) => p.id === 'downloads')).toMatchObject({ exists: true, suggested: true });
    expect(places.find((p) => p.id === 'desktop')).toMatchObject({ exists: false, suggested: false });
    expect(places.some((p) => p.id === 'trash')).toBe(true);
  });

  it('saves settings and reads them back', async () => {
    const saved = await call('saveSettings', { identity: { businessNames: ['Sunny Mugs Ltd'] }, exclude: ['*.bak'] });
    expect(saved.body.ok).toBe(true);
    const loaded = (await call('getSettings', null)).body.result as { identity: { businessNames: string[] }; exclude: string[] };
    expect(loaded.identity.businessNames).toEqual(['Sunny Mugs Ltd']);
    expect(loaded.exclude).toEqual(['*.bak']);
  });

  it('scans with progress events, reveals values of a scanned file only, and shows it in its folder', async () => {
    const controller = new AbortController();
    const events: ScanEvent[] = [];
    const stream = await fetch(`${origin}/api/events?token=${bridge.token}`, { signal: controller.signal });
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const finished = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        for (let cut = buffer.indexOf('\n\n'); cut >= 0; cut = buffer.indexOf('\n\n')) {
          const frame = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          if (frame.startsWith('data: ')) {
            const event = JSON.parse(frame.slice(6)) as ScanEvent;
            events.push(event);
            if (event.type === 'finished' || event.type === 'failed') return;
          }
        }
      }
    })();

    const started = (await call('startScan', { roots: [join(dir, 'home')] })).body.result as { scanId: string };
    await finished;
    controller.abort();
    expect(events.some((e) => e.type === 'progress')).toBe(true);
    expect(events.filter((e) => e.type === 'files').flatMap((e) => (e.type === 'files' ? e.files : [])).length).toBeGreaterThan(0);
    expect(events.at(-1)).toMatchObject({ type: 'finished', scanId: started.scanId, cancelled: false });
    // No raw value in any event that crossed the bridge.
    expect(JSON.stringify(events)).not.toMatch(/Rosalind|Ashcombe|r\.ashcombe|900456/);

    const report = (await call('getScan', { scanId: started.scanId })).body.result as ScanReport;
    const file = report.files.find((f) => f.path.endsWith('orders_export.csv'))!;
    expect(file.risk).toBe('high');

    const revealed = (await call('revealValues', { scanId: started.scanId, path: file.path })).body.result as Array<{ category: string; value: string }>;
    expect(revealed.map((r) => r.value)).toContain('r.ashcombe@example.net');

    const outside = await call('revealValues', { scanId: started.scanId, path: join(dir, 'secret.txt') });
    expect(outside.body.error?.reason).toBe('not-allowed');
    const unknownScan = await call('revealValues', { scanId: 'no-such-scan', path: file.path });
    expect(unknownScan.body.error?.reason).toBe('not-found');

    expect((await call('showInFolder', { scanId: started.scanId, path: file.path })).body.ok).toBe(true);
    expect(shown).toEqual([file.path]);
  });
});
