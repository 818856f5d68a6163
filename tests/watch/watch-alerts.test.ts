// What the tray, the notifications and the in-app alert say while watching: the count of open
// findings, masked file names only, one notification per burst, and the login decision.
import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../shared/api.js';
import type { WatchStatus } from '../../shared/api-watch.js';
import { maskPath } from '../../shared/mask.js';
import { customersPhrase, landedIn, watchAlertText } from '../../shared/watch-alert.js';
import type { FileWatchEvent } from '../../shared/watch-event.js';
import { IDLE_TRAY, NOTIFY_QUIET_MS, OPEN_GATE, gatedNotification, loginWatchRoots, nextTrayState, notificationFor, quitWhenWindowsClosed, trayTitle, trayTooltip } from '../../electron/handlers/watch-alerts.js';

const ROOT = '/home/sam/Downloads';
const NO_FINDINGS = { name: 0, email: 0, phone: 0, address: 0 };

function fileEvent(type: FileWatchEvent['type'], path: string, records = 12): FileWatchEvent {
  return { type, path, maskedPath: maskPath(path), risk: type === 'found' ? 'high' : 'none', findings: type === 'found' ? { name: records, email: records, phone: 0, address: 0 } : NO_FINDINGS, records: type === 'found' ? records : 0, at: new Date().toISOString() };
}
const status = (watching: boolean, openFindings: number): AppEvent => ({ type: 'watch-status', status: { watching, roots: watching ? [ROOT] : [], polled: [], pending: 0, checked: 3, openFindings, recent: [] } satisfies WatchStatus });

describe('the alert text', () => {
  it('names the watched folder and the masked file, never the file name in clear', () => {
    const text = watchAlertText(fileEvent('found', `${ROOT}/jane whitfield orders (2).csv`), [ROOT]);
    expect(text).toBe('Customer data just landed in Downloads: j••• w••• o••• (2•••).csv — 12 customers');
    expect(text).not.toMatch(/whitfield|orders/);
  });

  it('picks the innermost watched folder, says "a watched folder" outside them, and counts details when there are no rows', () => {
    expect(landedIn(`${ROOT}/exports/a.csv`, ['/home/sam', ROOT])).toBe('Downloads');
    expect(landedIn('/elsewhere/a.csv', [ROOT])).toBeUndefined();
    expect(landedIn('/home/sam/Downloads2/a.csv', [ROOT])).toBeUndefined();
    expect(watchAlertText(fileEvent('found', '/elsewhere/a.csv', 1), [ROOT])).toBe('Customer data just landed in a watched folder: a•••.csv — 1 customer');
    expect(customersPhrase({ records: 0, findings: { name: 1, email: 2, phone: 0, address: 0 } })).toBe('3 customer details');
  });

  it('says nothing for clean, cleared or problem files', () => {
    for (const type of ['clean', 'cleared', 'problem'] as const) expect(watchAlertText(fileEvent(type, `${ROOT}/a.csv`), [ROOT])).toBeUndefined();
  });
});

describe('the tray', () => {
  it('follows the watch status: the count of open findings in the tooltip and title', () => {
    expect(trayTooltip(IDLE_TRAY)).toBe('Customer Data Auditor — not watching');
    let state = nextTrayState(IDLE_TRAY, status(true, 0));
    expect(trayTooltip(state)).toBe('Customer Data Auditor — watching, no customer data found');
    expect(trayTitle(state)).toBe('');
    state = nextTrayState(state, { type: 'watch-file', event: fileEvent('found', `${ROOT}/a.csv`) });
    expect(state.openFindings).toBe(0); // only the status counts, so a cleared file is never counted twice
    state = nextTrayState(state, status(true, 2));
    expect(trayTooltip(state)).toBe('Customer Data Auditor — watching, 2 files with customer data');
    expect(trayTitle(state)).toBe('2');
    expect(quitWhenWindowsClosed(state)).toBe(false);
    state = nextTrayState(state, status(false, 0));
    expect(quitWhenWindowsClosed(state)).toBe(true);
    expect(trayTitle(state)).toBe('');
  });
});

describe('notifications', () => {
  it('shows one for a found file, masked, and none for other events', () => {
    const found = notificationFor({ type: 'watch-file', event: fileEvent('found', `${ROOT}/Amara Nwosu.pdf`, 1) }, [ROOT]);
    // A click opens that file's review (the path stays in the app; the text shown is masked).
    expect(found).toEqual({ title: 'Customer data found', body: 'Customer data just landed in Downloads: A••• N•••.pdf — 1 customer. Click to review it.', opens: { show: 'file', path: `${ROOT}/Amara Nwosu.pdf` } });
    expect(notificationFor({ type: 'watch-file', event: fileEvent('cleared', `${ROOT}/a.csv`) }, [ROOT])).toBeUndefined();
    expect(notificationFor(status(true, 1), [ROOT])).toBeUndefined();
    expect(notificationFor({ type: 'watch-error', message: 'x' }, [ROOT])).toBeUndefined();
  });

  it('turns a burst of findings into one notification, and counts the held ones into the next', () => {
    const found = (i: number): AppEvent => ({ type: 'watch-file', event: fileEvent('found', `${ROOT}/order-${i}.csv`) });
    let gate = OPEN_GATE;
    let shown = 0;
    let last = '';
    for (let i = 0; i < 500; i++) {
      const next = gatedNotification(gate, found(i), [ROOT], 1_000 + i);
      gate = next.gate;
      if (next.notification) shown++;
    }
    expect(shown).toBe(1);
    expect(gate.held).toBe(499);
    const after = gatedNotification(gate, found(999), [ROOT], 1_000 + NOTIFY_QUIET_MS);
    last = after.notification?.body ?? '';
    expect(last).toContain('499 more files with customer data');
    // The burst's notification opens the latest file: the review lists the others beside it.
    expect(after.notification?.opens).toEqual({ show: 'file', path: `${ROOT}/order-999.csv` });
    expect(after.gate.held).toBe(0);
    expect(gatedNotification(after.gate, status(true, 3), [ROOT], 1_000_000).notification).toBeUndefined();
  });
});

describe('watching at login', () => {
  it('watches the saved folders only when opted in and started at login', () => {
    expect(loginWatchRoots({ watchAtLogin: true, watchFolders: [ROOT] }, true)).toEqual([ROOT]);
    expect(loginWatchRoots({ watchAtLogin: true, watchFolders: [ROOT] }, false)).toBeUndefined();
    expect(loginWatchRoots({ watchAtLogin: false, watchFolders: [ROOT] }, true)).toBeUndefined();
    expect(loginWatchRoots({ watchAtLogin: true, watchFolders: [] }, true)).toBeUndefined();
    expect(loginWatchRoots({}, true)).toBeUndefined();
  });
});
