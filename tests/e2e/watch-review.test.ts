// From an alert to the clean-up, in a real browser over the development web bridge: a customer
// CSV lands in a watched folder, "Review it" opens the Watch screen, "Review and clean up" on the
// file scans the watched folder (through the scan index) and shows the file in Review, ready to
// clean up. A second review after a new file finds both; the app's scan index holds every file
// by a keyed hash only.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevBridge, type DevBridge } from '../../electron/dev-bridge/server.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';
import { RENDERER_DIST, ensureRendererBuilt, launchChromium, screenshot, seriousAxeViolations } from './browser.js';
import { customer, ordersCsv } from './planted-folder.js';

const poll = <T,>(read: () => T | Promise<T>, options: { timeout?: number } = {}) => expect.poll(read, { timeout: 20_000, ...options });

describe('Watch alert to review and clean up, in a browser', { timeout: 180_000 }, () => {
  let dir: string;
  let downloads: string;
  let bridge: DevBridge;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const customers = Array.from({ length: 7 }, (_, i) => customer(200 + i));

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

  beforeAll(async () => {
    ensureRendererBuilt();
    dir = await makeTempDir('cda-e2e-watch-review-');
    downloads = join(dir, 'home', 'Downloads');
    await mkdir(downloads, { recursive: true });
    // Files already there before watching: clean ones, checked by the first review's scan.
    for (let i = 0; i < 30; i++) await writeFile(join(downloads, `note-${i}.txt`), `Packing note ${i}: keep upright.\n`);
    bridge = await startDevBridge({ port: 0, staticDir: RENDERER_DIST, userDataDir: join(dir, 'user-data'), homeDir: join(dir, 'home') });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 820 }, reducedMotion: 'reduce' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => void (message.type() === 'error' && pageErrors.push(message.text())));
    await page.goto(bridge.url);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await bridge?.close();
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
    await page.getByRole('button', { name: 'Review it' }).click();
    await poll(() => heading('Watch folders').isVisible()).toBe(true);
    const button = page.getByRole('button', { name: 'Review and clean up buyers-june.csv' });
    await poll(() => button.isVisible()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'watch-review-offered');
  });

  it('scans the watched folder and shows the file in Review, ready to clean up', async () => {
    await page.getByRole('button', { name: 'Review and clean up buyers-june.csv' }).click();
    await poll(() => heading('Scan finished').isVisible(), { timeout: 90_000 }).toBe(true);
    await page.getByRole('button', { name: 'Review the findings' }).click();
    await poll(() => heading('What we found').isVisible()).toBe(true);
    const file = page.getByRole('button', { name: /buyers-june\.csv/ }).first();
    await poll(() => file.textContent()).toContain('7 customers');
    expect(await page.getByText('note-1.txt').count()).toBe(0);
    await screenshot(page, 'watch-review-found');
    // Watching went on while the scan ran.
    await page.getByRole('navigation', { name: 'Tools' }).getByRole('button', { name: 'Watch' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: `Watching ${downloads}.` }).isVisible()).toBe(true);
  });

  it('a second review finds the new file too; the scan index holds no name and no customer detail', async () => {
    await writeFile(join(downloads, 'returns-june.csv'), ordersCsv(customers.slice(0, 2), 8000));
    const button = page.getByRole('button', { name: 'Review and clean up returns-june.csv' });
    await poll(() => button.isVisible()).toBe(true);
    await button.click();
    await poll(() => heading('Scan finished').isVisible(), { timeout: 90_000 }).toBe(true);
    const index = await readFile(join(dir, 'user-data', 'scan-index', 'scan-index.json'), 'utf8');
    // 32 files indexed; the index holds neither their names nor a customer's details.
    for (const plain of ['buyers-june', 'returns-june', 'note-1', downloads]) expect(index).not.toContain(plain);
    for (const c of customers) for (const value of [c.name, c.email, c.phone]) expect(index).not.toContain(value);
    const entries = (JSON.parse(index) as { roots: Record<string, Record<string, unknown>> }).roots;
    expect(Object.values(entries).map((files) => Object.keys(files).length)).toEqual([32]);
    await page.getByRole('button', { name: 'Review the findings' }).click();
    await poll(() => page.getByRole('button', { name: /returns-june\.csv/ }).first().textContent()).toContain('2 customers');
    expect(await page.getByRole('button', { name: /buyers-june\.csv/ }).first().textContent()).toContain('7 customers');
    expect(pageErrors).toEqual([]);
  });
});
