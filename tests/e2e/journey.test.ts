// The seller's journey in a real browser against the real engine, through the development web
// bridge: choose folders → scan → review (masked values, reveal, show in folder, filters, not
// inspected) → stop a long scan midway → Settings identity leaves the seller's own details out.
// Every screen is checked with axe-core and photographed in light and dark.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevBridge } from '../../electron/dev-bridge/server.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';
import { closeApp, ensureRendererBuilt, focused, openApp, screenshot, seriousAxeViolations, storedInBrowser } from './browser.js';
import { SELLER, plantBigFolder, plantHome, type PlantedHome } from './planted-folder.js';

const BIG_FILES = 500;

// The engine does real work (worker threads, a file read again to reveal): wait for it generously.
const poll = <T,>(read: () => T | Promise<T>, options: { timeout?: number; intervals?: number[] } = {}) => expect.poll(read, { timeout: 20_000, ...options });

describe('the app in a browser, against the real engine', { timeout: 180_000 }, () => {
  let dir: string;
  let planted: PlantedHome;
  let bigFolder: string;
  let bridge: DevBridge;
  let browser: Browser;
  let page: Page;
  const shown: string[] = [];
  const pageErrors: string[] = [];

  const expectAccessible = async () => expect(await seriousAxeViolations(page)).toEqual([]);
  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const fileButton = (name: string) => page.getByRole('button', { name: new RegExp(name.replace(/[.]/g, '\\.')) });
  const rawValues = () => [
    ...planted.customers.flatMap((c) => [c.email, c.phone, c.name]),
    SELLER.email,
    SELLER.phone,
  ];

  beforeAll(async () => {
    ensureRendererBuilt();
    dir = await makeTempDir('cda-e2e-');
    planted = await plantHome(dir);
    bigFolder = await plantBigFolder(dir, BIG_FILES);
    ({ bridge, browser, page } = await openApp({ userDataDir: join(dir, 'user-data'), homeDir: planted.home, host: { showInFolder: async (path) => void shown.push(path) } }, pageErrors));
  }, 180_000);

  afterAll(async () => {
    await closeApp({ browser, bridge });
    if (dir) await removeTempDir(dir);
  });

  it('offers the usual places, ticks those that exist, and adds a typed folder', async () => {
    await poll(() => heading('Where should we look for customer data?').isVisible()).toBe(true);
    // Keyboard first: the first Tab reaches the skip link, which leads to the content.
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to content');
    await poll(() => page.getByRole('checkbox', { name: /^Documents/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Downloads/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Desktop/ }).isDisabled()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Trash/ }).isDisabled()).toBe(true);
    await poll(() => page.getByText(/nothing is changed, moved, deleted or uploaded/).isVisible()).toBe(true);
    // The token is kept in memory only, not left in the address bar.
    expect(page.url()).not.toContain(bridge.token);

    // The web bridge has no native picker: the folder picker falls back to typing a path.
    await page.getByRole('button', { name: 'Choose a folder…' }).click();
    await poll(async () => (await focused(page)).placeholder).toBe("Type a folder's full path");
    await page.getByLabel('Folder path').fill('not/absolute');
    await page.getByRole('button', { name: 'Add folder' }).click();
    await poll(() => page.getByRole('alert').textContent()).toContain('full path');
    await page.getByLabel('Folder path').fill(planted.shop);
    await page.getByLabel('Folder path').press('Enter');
    await poll(() => page.getByRole('checkbox', { name: /^Shop paperwork/ }).isChecked()).toBe(true);

    // What every scan skips is listed with a reason, folded away until asked for.
    await page.getByText(/Program folders skipped on every scan/).click();
    await poll(() => page.getByText('node_modules', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText(/downloaded code libraries/).first().isVisible()).toBe(true);

    await screenshot(page, '1-choose');
    await expectAccessible();
  });

  it('scans with a real progress bar and says when it is done', async () => {
    await page.getByRole('button', { name: 'Scan 3 folders' }).click();
    await poll(() => page.getByRole('progressbar', { name: 'Scan progress' }).isVisible()).toBe(true);
    await poll(() => heading('Scan finished').isVisible(), { timeout: 90_000 }).toBe(true);
    const bar = page.getByRole('progressbar', { name: 'Scan progress' });
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');
    expect(await bar.getAttribute('aria-valuetext')).toContain('6 of 6 files read');
    // Counts per category: 12 customers in the CSV and 3 in the workbook, plus the seller's own
    // email and phone on the packing slip (Settings does not know them yet).
    const counts = await page.getByLabel('Customer details found so far').textContent();
    expect(counts).toMatch(/Names\s*15/);
    expect(counts).toMatch(/Email addresses\s*16/);
    expect(counts).toMatch(/Phone numbers\s*16/);
    expect(counts).toMatch(/Postal addresses\s*15/);
    await poll(() => page.getByText('3 files', { exact: true }).isVisible()).toBe(true);
    // Focus moves to the next step.
    expect((await focused(page)).text).toContain('Review the findings');

    await screenshot(page, '2-scan-finished');
    await expectAccessible();
  });

  it('reviews the planted files with their counts and masked examples', async () => {
    await page.getByRole('button', { name: 'Review the findings' }).click();
    await poll(() => heading('What we found').isVisible()).toBe(true);

    const orders = fileButton('orders_march_2026.csv');
    expect(await orders.textContent()).toMatch(/12 names · 12 email addresses · 12 phone numbers · 12 postal addresses/);
    expect(await orders.textContent()).toContain('12 customers');
    expect(await orders.textContent()).toContain('High risk');
    const workbook = fileButton('customers_export.xlsx');
    expect(await workbook.textContent()).toContain('3 customers');
    // The seller's own packing slip counts until Settings says whose details those are.
    expect(await fileButton('packing-slip.txt').textContent()).toMatch(/1 email address · 1 phone number/);
    // Clean files are not listed.
    expect(await page.getByText('inventory.csv').count()).toBe(0);

    // Files that could not be read have their own section, in plain words.
    const notInspected = page.getByRole('region', { name: 'Not inspected' });
    expect(await notInspected.textContent()).toContain('old-orders-locked.pdf');
    expect(await notInspected.textContent()).toContain('Protected by a password');
    expect(await notInspected.textContent()).toContain('returns-damaged.xlsx');
    expect(await notInspected.textContent()).toContain('Damaged or unreadable');
    expect(await notInspected.textContent()).toContain('cannot vouch for them');

    // The dashboard draws both charts.
    expect(await page.getByRole('img', { name: /Files with customer data\. Any customer detail: 3 files/ }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /Folders with the most customer records\. Documents › Orders: 12 customer records/ }).count()).toBe(1);

    await screenshot(page, '3-review');
    await expectAccessible();

    // The narrowest window the app allows (electron/main/window.ts: minWidth 880).
    await page.setViewportSize({ width: 880, height: 820 });
    await screenshot(page, '3-review-narrow');
    await page.setViewportSize({ width: 1200, height: 820 });

    // A file opened from the keyboard: masked examples with where they are.
    await workbook.focus();
    await page.keyboard.press('Enter');
    expect(await workbook.getAttribute('aria-expanded')).toBe('true');
    const table = page.getByRole('table', { name: 'Examples found in customers_export.xlsx' });
    const c0 = planted.customers[0]!;
    await poll(() => table.textContent()).toContain('r•••@e•••.net');
    expect(await table.textContent()).toContain('Sheet “Orders”, row 2, column “Buyer email”');
    expect(await table.textContent()).toContain('+44 •••• •••00');
    expect(await page.content()).not.toContain(c0.email);
    await orders.click();
    const csvTable = page.getByRole('table', { name: 'Examples found in orders_march_2026.csv' });
    await poll(() => csvTable.textContent()).toContain('Row 2, column “buyer-email”');

    await page.getByRole('button', { name: 'Show in folder' }).click();
    await poll(() => shown).toEqual([planted.files.ordersCsv]);

    await screenshot(page, '3-review-file');
    await expectAccessible();
  });

  it('shows real values on screen only while asked, and hides them on toggle or change of file', async () => {
    const c0 = planted.customers[0]!;
    const reveal = page.getByRole('button', { name: 'Show real values' });
    await reveal.click();
    const revealed = page.getByRole('table', { name: 'Real values found in orders_march_2026.csv' });
    await poll(() => revealed.textContent()).toContain(c0.email);
    expect(await revealed.textContent()).toContain(c0.phone);
    expect(await page.getByRole('button', { name: 'Hide real values' }).getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, '4-review-revealed');
    await expectAccessible();

    await page.getByRole('button', { name: 'Hide real values' }).click();
    await poll(() => page.content()).not.toContain(c0.email);

    // Revealed, then another file opened: the first file's values leave the screen.
    await page.getByRole('button', { name: 'Show real values' }).click();
    await poll(() => page.content()).toContain(c0.email);
    await fileButton('customers_export.xlsx').click();
    await poll(() => page.content()).not.toContain(c0.email);
    expect(await page.getByRole('button', { name: 'Show real values' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('filters by risk, kind of detail and file type', async () => {
    await page.getByLabel('Risk', { exact: true }).selectOption('medium');
    await poll(() => page.getByText('Showing 1 of 3 files').isVisible()).toBe(true);
    expect(await fileButton('packing-slip.txt').count()).toBe(1);
    expect(await fileButton('orders_march_2026.csv').count()).toBe(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Kind of detail', { exact: true }).selectOption('address');
    await poll(() => page.getByText('Showing 2 of 3 files').isVisible()).toBe(true);
    await page.getByLabel('File type', { exact: true }).selectOption('xlsx');
    await poll(() => page.getByText('Showing 1 of 3 files').isVisible()).toBe(true);
    expect(await fileButton('customers_export.xlsx').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('pauses, resumes and stops a long scan, keeping what was found so far', async () => {
    await page.getByRole('button', { name: 'Choose other folders' }).click();
    await poll(() => heading('Where should we look for customer data?').isVisible()).toBe(true);
    for (const name of [/^Documents/, /^Downloads/, /^Shop paperwork/]) await page.getByRole('checkbox', { name }).uncheck();
    await page.getByLabel('Folder path').fill(bigFolder);
    await page.getByRole('button', { name: 'Add folder' }).click();
    await page.getByRole('button', { name: 'Scan 1 folder' }).click();

    // Progress seen: part of the way, not yet done.
    const bar = page.getByRole('progressbar', { name: 'Scan progress' });
    await poll(async () => Number((await bar.getAttribute('aria-valuenow')) ?? 0), { timeout: 60_000, intervals: [50] }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Pause' }).click();
    await poll(() => heading('Scan paused').isVisible()).toBe(true);
    const pausedAt = await bar.getAttribute('aria-valuenow');
    expect(Number(pausedAt)).toBeLessThan(100);
    expect(await page.getByRole('status').filter({ hasText: 'Scan paused' }).count()).toBe(1);
    await screenshot(page, '2-scan-paused');
    await expectAccessible();

    await page.getByRole('button', { name: 'Resume' }).click();
    await poll(() => heading('Scanning your files').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Stop and review what was found' }).click();

    await poll(() => heading('What we found').isVisible(), { timeout: 60_000 }).toBe(true);
    await poll(() => page.getByText('You stopped the scan early').isVisible()).toBe(true);
    const tile = page.locator('.stat-tile').filter({ hasText: 'Files with customer data' }).locator('.stat-value');
    const filesWithData = Number((await tile.textContent())?.replace(/\D/g, ''));
    expect(filesWithData).toBeGreaterThan(0);
    expect(filesWithData).toBeLessThan(BIG_FILES);
    expect(await page.getByRole('heading', { level: 3, name: /^High risk/ }).textContent()).toContain(`${filesWithData} files`);
    expect(await page.getByRole('button', { name: /orders-\d{4}\.csv/ }).count()).toBeGreaterThan(0);

    await screenshot(page, '3-review-stopped');
    await expectAccessible();
  });

  it("leaves the seller's own details out once Settings knows them", async () => {
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await poll(() => heading('Settings').isVisible()).toBe(true);
    await poll(() => page.getByRole('textbox', { name: 'Business and shop names', exact: true }).isVisible()).toBe(true);
    await page.getByRole('textbox', { name: 'Business and shop names', exact: true }).fill(SELLER.business);
    await page.getByRole('textbox', { name: 'Business and shop names', exact: true }).press('Enter');
    await page.getByRole('textbox', { name: 'Your email addresses', exact: true }).fill('not-an-email');
    await page.getByRole('textbox', { name: 'Your email addresses', exact: true }).press('Enter');
    await poll(() => page.getByRole('alert').textContent()).toContain('does not look like an email address');
    await page.getByRole('textbox', { name: 'Your email addresses', exact: true }).fill(SELLER.email);
    await page.getByRole('textbox', { name: 'Your email addresses', exact: true }).press('Enter');
    await page.getByRole('textbox', { name: 'Your phone numbers', exact: true }).fill(SELLER.phone);
    await page.getByRole('button', { name: 'Add to your phone numbers' }).click();
    await page.getByRole('textbox', { name: 'Folders and files to skip in every scan', exact: true }).fill('*.bak');
    await page.getByRole('textbox', { name: 'Folders and files to skip in every scan', exact: true }).press('Enter');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await poll(() => page.getByText('Settings saved.').isVisible()).toBe(true);
    expect(await page.getByRole('list', { name: 'Your email addresses (added)' }).textContent()).toContain(SELLER.email);

    await screenshot(page, '5-settings');
    await expectAccessible();

    // Back to choosing, the home folders again, and a new scan.
    await page.getByRole('button', { name: /^Choose folders/ }).click();
    await poll(() => heading('Where should we look for customer data?').isVisible()).toBe(true);
    await poll(() => page.getByText('*.bak', { exact: true }).isVisible()).toBe(true);
    for (const name of [/^Documents/, /^Downloads/, /^Shop paperwork/]) await page.getByRole('checkbox', { name }).check();
    await page.getByRole('checkbox', { name: /^Big archive/ }).uncheck();
    await page.getByRole('button', { name: 'Scan 3 folders' }).click();
    await poll(() => heading('Scan finished').isVisible(), { timeout: 90_000 }).toBe(true);
    // The seller's email and phone are no longer counted: the customers' alone remain.
    const counts = await page.getByLabel('Customer details found so far').textContent();
    expect(counts).toMatch(/Email addresses\s*15/);
    expect(counts).toMatch(/Phone numbers\s*15/);
    await page.getByRole('button', { name: 'Review the findings' }).click();
    await poll(() => heading('What we found').isVisible()).toBe(true);

    expect(await fileButton('orders_march_2026.csv').count()).toBe(1);
    expect(await fileButton('customers_export.xlsx').count()).toBe(1);
    expect(await fileButton('packing-slip.txt').count()).toBe(0);
    expect(await page.getByText('a•••@h•••.uk').count()).toBe(0);
  });

  it('leaves no customer value in the browser’s storage or the settings folder, and no error on the page', async () => {
    const stored = await storedInBrowser(page);
    for (const value of rawValues()) expect(stored).not.toContain(value);
    expect(stored.trim()).toBe('');

    // The settings folder holds the seller's own details, and nothing of their customers.
    const userData = join(dir, 'user-data');
    const saved = (await Promise.all((await readdir(userData, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), 'utf8')))).join('\n');
    expect(saved).toContain(SELLER.email);
    for (const c of planted.customers) for (const value of [c.email, c.phone, c.name]) expect(saved).not.toContain(value);

    expect(pageErrors).toEqual([]);
  });
});
