// From an alert to the clean-up, in a real browser over the development web bridge: a customer
// CSV lands in a watched folder; "Review and clean up" on the Watch screen, and a click on the
// native notification (played through the bridge, which runs what Electron's click handler runs),
// check the watched folder again through the scan index and open Review on that file, ready to
// clean up. A click that arrives while the window is still loading is not lost; a file gone since
// the alert is said to be gone. The app's scan index holds every file by a keyed hash only.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevBridge } from '../../electron/dev-bridge/server.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';
import { closeApp, ensureRendererBuilt, focused, openApp, screenshot, seriousAxeViolations } from './browser.js';
import { customer, ordersCsv } from './planted-folder.js';

const poll = <T,>(read: () => T | Promise<T>, options: { timeout?: number } = {}) => expect.poll(read, { timeout: 20_000, ...options });

describe('Watch alert to review and clean up, in a browser', { timeout: 240_000 }, () => {
  let dir: string;
  let downloads: string;
  let bridge: DevBridge;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const customers = Array.from({ length: 7 }, (_, i) => customer(200 + i));

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const fileRow = (name: RegExp) => page.getByRole('button', { name }).first();
  /** Review is showing, with this file opened and holding the keyboard focus. */
  const expectReviewOpenOn = async (name: RegExp, text: string) => {
    await poll(() => heading('What we found').isVisible(), { timeout: 90_000 }).toBe(true);
    await poll(() => fileRow(name).getAttribute('aria-expanded')).toBe('true');
    expect((await focused(page)).text).toMatch(name);
    expect(await fileRow(name).textContent()).toContain(text);
    expect(await page.getByRole('button', { name: 'Clean up…' }).isEnabled()).toBe(true);
  };
  const openWatch = async () => {
    await page.getByRole('navigation', { name: 'Tools' }).getByRole('button', { name: 'Watch' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: `Watching ${downloads}.` }).isVisible()).toBe(true);
  };

  beforeAll(async () => {
    ensureRendererBuilt();
    dir = await makeTempDir('cda-e2e-watch-review-');
    downloads = join(dir, 'home', 'Downloads');
    await mkdir(downloads, { recursive: true });
    // Files already there before watching: clean ones, checked by the first review's scan.
    for (let i = 0; i < 30; i++) await writeFile(join(downloads, `note-${i}.txt`), `Packing note ${i}: keep upright.\n`);
    ({ bridge, browser, page } = await openApp({ userDataDir: join(dir, 'user-data'), homeDir: join(dir, 'home') }, pageErrors));
  }, 180_000);

  afterAll(async () => {
    await closeApp({ browser, bridge });
    if (dir) await removeTempDir(dir);
  });

  it('offers "Review and clean up" on a file that raised an alert', async () => {
    await poll(() => heading('Where should we look for customer data?').isVisible()).toBe(true);
    await page.getByRole('navigation', { name: 'Tools' }).getByRole('button', { name: 'Watch' }).click();
    await page.getByRole('textbox', { name: 'Folder to watch' }).fill(downloads);
    await page.getByRole('button', { name: 'Start watching' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: `Watching ${downloads}.` }).isVisible()).toBe(true);
    await writeFile(join(downloads, 'buyers-june.csv'), ordersCsv(customers, 7000));

    // The first file read starts the watch's worker: give a machine under load its time.
    await poll(() => page.locator('.watch-alert').isVisible(), { timeout: 60_000 }).toBe(true);
    const button = page.getByRole('button', { name: 'Review and clean up buyers-june.csv' });
    await poll(() => button.isVisible()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'watch-review-offered');
  });

  it('scans the watched folder and opens Review on the file, ready to clean up', async () => {
    await page.getByRole('button', { name: 'Review and clean up buyers-june.csv' }).click();
    await expectReviewOpenOn(/buyers-june\.csv/, '7 customers');
    expect(await page.getByText('note-1.txt').count()).toBe(0);
    await screenshot(page, 'watch-review-found');
    // Watching went on while the scan ran.
    await openWatch();
  });

  it('a click on the notification opens the new file\'s review from any screen; the index holds no name and no customer detail', async () => {
    await writeFile(join(downloads, 'returns-june.csv'), ordersCsv(customers.slice(0, 2), 8000));
    await poll(() => page.getByRole('button', { name: 'Review and clean up returns-june.csv' }).isVisible()).toBe(true);
    await page.getByRole('navigation', { name: 'Tools' }).getByRole('button', { name: 'Settings' }).click();
    await poll(() => page.locator('.watch-alert').textContent(), { timeout: 60_000 }).toContain('2 customers');
    bridge.requestShow({ show: 'file', path: join(downloads, 'returns-june.csv') });
    await expectReviewOpenOn(/returns-june\.csv/, '2 customers');
    // The in-app alert about the same file is done with.
    expect(await page.locator('.watch-alert').count()).toBe(0);
    // The other file is listed beside it, closed.
    expect(await fileRow(/buyers-june\.csv/).getAttribute('aria-expanded')).toBe('false');

    const index = await readFile(join(dir, 'user-data', 'scan-index', 'scan-index.json'), 'utf8');
    // 32 files indexed; the index holds neither their names nor a customer's details.
    for (const plain of ['buyers-june', 'returns-june', 'note-1', downloads]) expect(index).not.toContain(plain);
    for (const c of customers) for (const value of [c.name, c.email, c.phone]) expect(index).not.toContain(value);
    const entries = (JSON.parse(index) as { roots: Record<string, Record<string, unknown>> }).roots;
    expect(Object.values(entries).map((files) => Object.keys(files).length)).toEqual([32]);
  });

  it('a click made while the window is still loading is taken when the app starts', async () => {
    await writeFile(join(downloads, 'gifts-june.csv'), ordersCsv(customers.slice(0, 3), 9000));
    await poll(() => page.locator('.watch-alert').textContent(), { timeout: 60_000 }).toContain('3 customers');
    // The window was closed to the tray; the click opens it again and asks for the file at once.
    await page.goto('about:blank');
    bridge.requestShow({ show: 'file', path: join(downloads, 'gifts-june.csv') });
    await page.goto(bridge.url);
    await expectReviewOpenOn(/gifts-june\.csv/, '3 customers');
    await screenshot(page, 'watch-notification-review');
  });

  it('says so when the file is gone since the alert, and the tray opens the Watch screen', async () => {
    await rm(join(downloads, 'gifts-june.csv'));
    bridge.requestShow({ show: 'file', path: join(downloads, 'gifts-june.csv') });
    await poll(() => page.getByText('gifts-june.csv is no longer there').isVisible(), { timeout: 90_000 }).toBe(true);
    expect(await fileRow(/buyers-june\.csv/).isVisible()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'watch-review-file-gone');
    bridge.requestShow({ show: 'watch' });
    await poll(() => heading('Watch folders').isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
