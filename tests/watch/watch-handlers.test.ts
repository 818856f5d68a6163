// The app's watch calls over the real watcher: start, a customer file dropped in raises a
// 'watch-file' event and shows in the status, stop ends it; a missing folder is refused.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../shared/api.js';
import { isWatchEvent, watchApiInputs, type WatchEvent } from '../../shared/api-watch.js';
import { SettingsStore } from '../../electron/handlers/settings-store.js';
import { ShowRequests } from '../../electron/handlers/show-requests.js';
import { createWatchHandlers } from '../../electron/handlers/watch-handlers.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

const CUSTOMERS = 'name,email\nJane Whitfield,jane.whitfield@example.co.uk\nAmara Nwosu,amara.nwosu@example.com\n';

describe('watch handlers', () => {
  let dir: string;
  let events: WatchEvent[];
  let handlers: ReturnType<typeof createWatchHandlers>;

  beforeEach(async () => {
    dir = await makeTempDir('cda-watch-app-');
    await mkdir(join(dir, 'Downloads'));
    events = [];
    const userDataDir = join(dir, 'user-data');
    handlers = createWatchHandlers({ settings: new SettingsStore(userDataDir), userDataDir, emit: (event: AppEvent) => isWatchEvent(event) && events.push(event) });
  });
  afterEach(async () => {
    await handlers.stopWatch(undefined);
    await removeTempDir(dir);
  });

  it('reports a dropped customer file and stops on request', async () => {
    const roots = [join(dir, 'Downloads')];
    const started = await handlers.startWatch(watchApiInputs.startWatch.parse({ roots }));
    expect(started).toMatchObject({ watching: true, roots, polled: [], openFindings: 0, recent: [] });
    await writeFile(join(dir, 'Downloads', 'orders.csv'), CUSTOMERS);
    const end = Date.now() + 10_000;
    while (!events.some((e) => e.type === 'watch-status' && e.status.openFindings === 1) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    const file = events.find((e) => e.type === 'watch-file');
    expect(file).toMatchObject({ type: 'watch-file', event: { type: 'found', path: join(dir, 'Downloads', 'orders.csv'), records: 2 } });
    expect(JSON.stringify(events)).not.toMatch(/whitfield|nwosu/i);
    const status = await handlers.getWatchStatus(undefined);
    expect(status).toMatchObject({ watching: true, checked: 1, openFindings: 1 });
    expect(status.recent.map((e) => e.type)).toEqual(['found']);
    expect(await handlers.stopWatch(undefined)).toMatchObject({ watching: false, roots: [] });
  }, 20_000);

  it('tells the interface and the tray the watched folders at once, and again when it stops', async () => {
    const roots = [join(dir, 'Downloads')];
    await handlers.startWatch(watchApiInputs.startWatch.parse({ roots }));
    expect(events[0]).toMatchObject({ type: 'watch-status', status: { watching: true, roots } });
    await handlers.stopWatch(undefined);
    expect(events.at(-1)).toMatchObject({ type: 'watch-status', status: { watching: false, roots: [] } });
  });

  it('saves watching at login with its folders, asks the host for the login item, and follows the folders watched last', async () => {
    const userDataDir = join(dir, 'user-data');
    const settings = new SettingsStore(userDataDir);
    const asked: boolean[] = [];
    const withHost = createWatchHandlers({ settings, userDataDir, emit: () => undefined, host: { setOpenAtLogin: (on) => (asked.push(on), true) } });
    const downloads = join(dir, 'Downloads');
    expect(await withHost.setWatchAtLogin(watchApiInputs.setWatchAtLogin.parse({ on: true, roots: [downloads] }))).toEqual({ on: true, supported: true });
    expect(await settings.load()).toMatchObject({ watchAtLogin: true, watchFolders: [downloads] });
    await mkdir(join(dir, 'Desktop'));
    await withHost.startWatch({ roots: [join(dir, 'Desktop')], exclude: [] });
    await withHost.stopWatch(undefined);
    expect((await settings.load()).watchFolders).toEqual([join(dir, 'Desktop')]);
    expect(await withHost.setWatchAtLogin({ on: false, roots: [] })).toEqual({ on: false, supported: true });
    expect(await settings.load()).toMatchObject({ watchAtLogin: false });
    expect(asked).toEqual([true, false]);
    // Without a login-item API (the development bridge) the choice is saved but said to be unsupported.
    expect(await handlers.setWatchAtLogin({ on: true, roots: [downloads] })).toEqual({ on: true, supported: false });
  });

  it('keeps the watch-at-login choice when the Settings form, loaded before it was changed, is saved', async () => {
    const userDataDir = join(dir, 'user-data');
    const settings = new SettingsStore(userDataDir);
    const form = await settings.load(); // the Settings screen opened: watching at login is off
    await handlers.setWatchAtLogin({ on: true, roots: [join(dir, 'Downloads')] });
    const saved = await settings.saveForm({ ...form, retentionDays: 45 });
    expect(saved).toMatchObject({ retentionDays: 45, watchAtLogin: true, watchFolders: [join(dir, 'Downloads')] });
    expect(await settings.load()).toMatchObject({ retentionDays: 45, watchAtLogin: true });
  });

  it('holds what a tray or notification click asked to show until the interface takes it, once', async () => {
    const emitted: AppEvent[] = [];
    const userDataDir = join(dir, 'user-data');
    const showRequests = new ShowRequests((event) => emitted.push(event));
    const withRequests = createWatchHandlers({ settings: new SettingsStore(userDataDir), userDataDir, emit: () => undefined, showRequests });
    expect(await withRequests.takeShowRequest(undefined)).toBeNull();
    // Asked while the window was still loading: nobody listens to the nudge, the request waits.
    showRequests.request({ show: 'watch' });
    showRequests.request({ show: 'file', path: join(dir, 'Downloads', 'orders.csv') });
    expect(emitted).toEqual([{ type: 'watch-show' }, { type: 'watch-show' }]);
    // The latest request wins, and is taken once.
    expect(await withRequests.takeShowRequest(undefined)).toEqual({ show: 'file', path: join(dir, 'Downloads', 'orders.csv') });
    expect(await withRequests.takeShowRequest(undefined)).toBeNull();
  });

  it('refuses a folder that does not exist', async () => {
    await expect(handlers.startWatch({ roots: [join(dir, 'nowhere')], exclude: [] })).rejects.toThrow(/could not be found/);
    expect((await handlers.getWatchStatus(undefined)).watching).toBe(false);
  });
});
