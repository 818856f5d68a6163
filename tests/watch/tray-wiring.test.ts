// The tray and notification wiring of electron/main/tray.ts, run against the real watch handlers
// and watcher. Electron cannot run on these machines, so only the 'electron' module is replaced,
// by a recorder of what the tray and notifications were told; everything of ours is real: a
// customer file dropped into a watched folder raises one masked notification, whose click asks
// the interface for that file's review; the tray counts open findings and opens the Watch screen.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../shared/api.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

type Handler = () => void;
interface MenuItem {
  label?: string;
  enabled?: boolean;
  type?: string;
  click?: Handler;
}

// What the fake Electron recorded; vi.hoisted so that the mock factory below can reach it.
const electron = vi.hoisted(() => ({
  tooltips: [] as string[],
  menus: [] as MenuItem[][],
  trayClick: undefined as Handler | undefined,
  notifications: [] as Array<{ title: string; body: string; shown: boolean; click?: Handler }>,
}));

vi.mock('electron', () => ({
  nativeImage: { createFromPath: (path: string) => ({ path }) },
  Menu: { buildFromTemplate: (items: MenuItem[]) => items },
  Tray: class {
    setToolTip(text: string) {
      electron.tooltips.push(text);
    }
    setTitle() {}
    setContextMenu(menu: MenuItem[]) {
      electron.menus.push(menu);
    }
    on(name: string, handler: Handler) {
      if (name === 'click') electron.trayClick = handler;
    }
  },
  Notification: class {
    static isSupported() {
      return true;
    }
    private readonly record: (typeof electron.notifications)[number];
    constructor(options: { title: string; body: string }) {
      this.record = { title: options.title, body: options.body, shown: false };
      electron.notifications.push(this.record);
    }
    on(name: string, handler: Handler) {
      if (name === 'click') this.record.click = handler;
    }
    show() {
      this.record.shown = true;
    }
  },
}));

const { createWatchTray } = await import('../../electron/main/tray.js');
const { createWatchHandlers } = await import('../../electron/handlers/watch-handlers.js');
const { SettingsStore } = await import('../../electron/handlers/settings-store.js');
const { ShowRequests } = await import('../../electron/handlers/show-requests.js');

const CUSTOMERS = 'name,email,phone\nJane Whitfield,jane.whitfield@example.co.uk,+44 7700 900123\nTobias Lindqvist,tobias.lindqvist@example.se,+46 70 123 45 67\n';

describe('the tray and notifications over the real watcher (Electron replaced by a recorder)', () => {
  let dir: string;
  let handlers: ReturnType<typeof createWatchHandlers>;

  beforeEach(async () => {
    dir = await makeTempDir('cda-tray-');
    electron.tooltips.length = 0;
    electron.menus.length = 0;
    electron.notifications.length = 0;
  });
  afterEach(async () => {
    await handlers?.stopWatch(undefined);
    await removeTempDir(dir);
  });

  it('notifies once, masked, for a customer file; its click asks for that file\'s review; the tray counts it', async () => {
    const downloads = join(dir, 'Downloads');
    await mkdir(downloads);
    const opened: unknown[] = [];
    let stopped = 0;
    // As in electron/main/index.ts: every event goes to the window and to the tray.
    const sent: AppEvent[] = [];
    let tray: ReturnType<typeof createWatchTray> | undefined;
    const emit = (event: AppEvent) => {
      sent.push(event);
      tray?.onEvent(event);
    };
    const showRequests = new ShowRequests(emit);
    tray = createWatchTray({
      iconPath: '/icons/32x32.png',
      open: (request) => {
        opened.push(request);
        showRequests.request(request);
      },
      stopWatching: async () => void stopped++,
      quit: () => undefined,
    });
    const userDataDir = join(dir, 'user-data');
    handlers = createWatchHandlers({ settings: new SettingsStore(userDataDir), userDataDir, emit, showRequests });
    expect(electron.tooltips.at(-1)).toBe('Customer Data Auditor — not watching');

    await handlers.startWatch({ roots: [downloads], exclude: [] });
    expect(electron.tooltips.at(-1)).toBe('Customer Data Auditor — watching, no customer data found');
    expect(electron.menus.at(-1)!.find((item) => item.label === 'Stop watching')?.enabled).toBe(true);

    await writeFile(join(downloads, 'Jane Whitfield orders.csv'), CUSTOMERS);
    await vi.waitFor(() => expect(electron.tooltips.at(-1)).toBe('Customer Data Auditor — watching, 1 file with customer data'), { timeout: 30_000, interval: 50 });
    expect(electron.notifications).toHaveLength(1);
    const [notification] = electron.notifications;
    expect(notification).toMatchObject({ title: 'Customer data found', shown: true });
    expect(notification!.body).toBe('Customer data just landed in Downloads: J••• W••• o•••.csv — 2 customers. Click to review it.');

    // The click: the interface is nudged and takes the file's review, once.
    notification!.click!();
    expect(opened).toEqual([{ show: 'file', path: join(downloads, 'Jane Whitfield orders.csv') }]);
    expect(sent.at(-1)).toEqual({ type: 'watch-show' });
    expect(await handlers.takeShowRequest(undefined)).toEqual({ show: 'file', path: join(downloads, 'Jane Whitfield orders.csv') });
    expect(await handlers.takeShowRequest(undefined)).toBeNull();

    // The tray icon opens the Watch screen; its menu stops watching.
    electron.trayClick!();
    expect(opened.at(-1)).toEqual({ show: 'watch' });
    electron.menus.at(-1)!.find((item) => item.label === 'Stop watching')!.click!();
    expect(stopped).toBe(1);
    expect(tray.state()).toMatchObject({ watching: true, openFindings: 1 });
    // Nothing the tray or a notification was told holds a customer's details.
    const told = JSON.stringify([electron.tooltips, electron.notifications.map((n) => [n.title, n.body])]);
    for (const raw of ['Whitfield', 'Lindqvist', 'jane.whitfield', '7700 900123']) expect(told).not.toContain(raw);
  }, 60_000);
});
