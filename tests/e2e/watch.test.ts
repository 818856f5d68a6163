// Watching in a real browser against the real watcher, through the development web bridge: open
// Watch, choose a folder, start; a customer CSV written into it from the test raises the alert on
// whichever screen is showing (masked file name, count of customers), reachable by keyboard;
// "Review it" opens that file's review, and the Watch screen lists the file; Dismiss hides a later alert; after
// stopping, a new file raises nothing. Axe checks and screenshots on the way.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevBridge } from '../../electron/dev-bridge/server.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';
import { closeApp, ensureRendererBuilt, focused, openApp, screenshot, seriousAxeViolations, storedInBrowser } from './browser.js';
import { customer, ordersCsv } from './planted-folder.js';

const poll = <T,>(read: () => T | Promise<T>, options: { timeout?: number } = {}) => expect.poll(read, { timeout: 20_000, ...options });

describe('Watch in a browser, against the real watcher', { timeout: 180_000 }, () => {
  let dir: string;
  let downloads: string;
  let bridge: DevBridge;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  /** What the app asked the OS's login item to do. */
  const loginItem: boolean[] = [];
  const customers = Array.from({ length: 12 }, (_, i) => customer(60 + i));

  const expectAccessible = async () => expect(await seriousAxeViolations(page)).toEqual([]);
  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const alert = () => page.locator('.watch-alert');

  beforeAll(async () => {
    ensureRendererBuilt();
    dir = await makeTempDir('cda-e2e-watch-');
    downloads = join(dir, 'home', 'Downloads');
    await mkdir(downloads, { recursive: true });
    ({ bridge, browser, page } = await openApp({ userDataDir: join(dir, 'user-data'), homeDir: join(dir, 'home'), host: { setOpenAtLogin: (on) => (loginItem.push(on), true) } }, pageErrors));
  }, 180_000);

  afterAll(async () => {
    await closeApp({ browser, bridge });
    if (dir) await removeTempDir(dir);
  });

  it('opens Watch from the header and starts watching a folder', async () => {
    await poll(() => heading('Where should we look for customer data?').isVisible()).toBe(true);
    await page.getByRole('navigation', { name: 'Tools' }).getByRole('button', { name: 'Watch' }).click();
    await poll(() => heading('Watch folders').isVisible()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /Start watching this folder when I log in/ }).isChecked()).toBe(false);
    await page.getByRole('textbox', { name: 'Folder to watch' }).fill(downloads);
    await page.getByRole('button', { name: 'Start watching' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: `Watching ${downloads}.` }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Stop watching' }).isVisible()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Folder to watch' }).isDisabled()).toBe(true);
    await expectAccessible();
    await screenshot(page, 'watch-started');
  });

  it('opts in to watching this folder at login: saved in the settings and handed to the login item', async () => {
    const box = page.getByRole('checkbox', { name: /Start watching this folder when I log in/ });
    await box.check();
    await poll(() => loginItem).toEqual([true]);
    expect(await box.isChecked()).toBe(true);
    const saved = JSON.parse(await readFile(join(dir, 'user-data', 'settings.json'), 'utf8')) as { watchAtLogin?: boolean; watchFolders?: string[] };
    expect(saved).toMatchObject({ watchAtLogin: true, watchFolders: [downloads] });
    expect(await page.getByText('cannot open itself at login').count()).toBe(0);
  });

  it('raises the alert on another screen when a customer CSV lands, with the masked file name', async () => {
    await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Choose folders' }).click();
    await poll(() => heading('Where should we look for customer data?').isVisible()).toBe(true);
    expect(await alert().count()).toBe(0);
    await writeFile(join(downloads, 'orders (2).csv'), ordersCsv(customers, 3000));

    await poll(() => alert().isVisible()).toBe(true);
    const text = (await alert().textContent()) ?? '';
    expect(text).toContain('Customer data just landed in Downloads: o••• (2•••).csv — 12 customers');
    expect(text).not.toContain('orders');
    expect(await page.getByRole('alert').filter({ hasText: 'Customer data just landed' }).count()).toBe(1);
    await expectAccessible();
    await screenshot(page, 'watch-alert');
  });

  it('is reachable by keyboard right after the header; "Review it" opens that file\'s review, ready to clean up', async () => {
    await page.getByRole('navigation', { name: 'Tools' }).getByRole('button', { name: 'Settings' }).focus();
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Review it');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Dismiss');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');

    // The watched folder is checked again and Review opens on the file, its details shown and focused.
    await poll(() => heading('What we found').isVisible(), { timeout: 90_000 }).toBe(true);
    expect(await alert().count()).toBe(0);
    const file = page.getByRole('button', { name: /orders \(2\)\.csv/ }).first();
    await poll(() => file.getAttribute('aria-expanded')).toBe('true');
    expect((await focused(page)).text).toContain('orders (2).csv');
    expect(await page.getByRole('button', { name: 'Clean up…' }).isEnabled()).toBe(true);
    await expectAccessible();
    await screenshot(page, 'watch-review-file');

    await page.getByRole('navigation', { name: 'Tools' }).getByRole('button', { name: 'Watch' }).click();
    await poll(() => heading('Watch folders').isVisible()).toBe(true);
    expect(await alert().count()).toBe(0);
    // Still opted in to watching at login when the screen opens again.
    await poll(() => page.getByRole('checkbox', { name: /Start watching this folder when I log in/ }).isChecked()).toBe(true);
    const row = page.locator('.watch-event-found').filter({ hasText: 'orders (2).csv' });
    await poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Customer data found: 12 names, 12 emails, 12 phone numbers, 12 addresses.');
    await poll(() => page.locator('.stat-tile, [class*="stat"]').filter({ hasText: 'Files with customer data' }).first().textContent()).toContain('1');
    await expectAccessible();
    await screenshot(page, 'watch-listed');
  });

  it('Dismiss hides a later alert and leaves the list as it is', async () => {
    await writeFile(join(downloads, 'returns.csv'), ordersCsv(customers.slice(0, 3), 4000));
    await poll(() => alert().textContent()).toContain('r•••.csv — 3 customers');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await alert().count()).toBe(0);
    await poll(() => page.locator('.watch-event-found').count()).toBe(2);
  });

  it('stops watching: a file written afterwards raises nothing', async () => {
    await page.getByRole('button', { name: 'Stop watching' }).click();
    await poll(() => page.getByRole('button', { name: 'Start watching' }).isVisible()).toBe(true);
    await writeFile(join(downloads, 'later.csv'), ordersCsv(customers.slice(0, 2), 5000));
    await new Promise((r) => setTimeout(r, 3000));
    expect(await alert().count()).toBe(0);
    await expectAccessible();
    await screenshot(page, 'watch-stopped');
  });

  it('kept no customer value in the browser and logged no page error', async () => {
    const stored = await storedInBrowser(page);
    for (const c of customers) for (const value of [c.name, c.email, c.phone]) expect(stored).not.toContain(value);
    expect(pageErrors).toEqual([]);
  });
});
