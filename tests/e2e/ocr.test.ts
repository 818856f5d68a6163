// Pictures in the app, in a real browser against the real engine (dev web bridge): the Scan screen
// counts images read, and Review shows a thumbnail of a screenshot with the customer's details
// covered, the real picture only while real values are shown. Photographed for people to look at.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevBridge } from '../../electron/dev-bridge/server.js';
import { makeCustomer } from '../fixtures/image-corpus/people.js';
import { orderPage } from '../fixtures/image-corpus/pages.js';
import { PageRenderer } from '../fixtures/image-corpus/render.js';
import { icon } from '../fixtures/image-corpus/transform.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';
import { closeApp, ensureRendererBuilt, openApp, screenshot, SCREENSHOTS, seriousAxeViolations } from './browser.js';

const poll = <T,>(read: () => T | Promise<T>, options: { timeout?: number } = {}) => expect.poll(read, { timeout: 30_000, ...options });

describe('pictures in the app', { timeout: 180_000 }, () => {
  let dir: string;
  let pictures: string;
  let bridge: DevBridge;
  let browser: Browser;
  let page: Page;
  const customer = makeCustomer(401, 'GB');
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureRendererBuilt();
    dir = await makeTempDir('cda-e2e-ocr-');
    const home = join(dir, 'home');
    pictures = join(home, 'Shop pictures');
    await mkdir(pictures, { recursive: true });
    const renderer = await PageRenderer.start();
    try {
      await writeFile(join(pictures, 'order 401.png'), await renderer.screenshot(orderPage(customer, 401), 1));
    } finally {
      await renderer.close();
    }
    await writeFile(join(pictures, 'logo.png'), await icon(7, 96));
    ({ bridge, browser, page } = await openApp({ userDataDir: join(dir, 'user-data'), homeDir: home }, pageErrors, { height: 900 }));
  }, 180_000);

  afterAll(async () => {
    await closeApp({ browser, bridge });
    if (dir) await removeTempDir(dir);
  });

  it('counts the images read on the Scan screen', async () => {
    await poll(() => page.getByRole('button', { name: 'Choose a folder…' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Choose a folder…' }).click();
    await page.getByLabel('Folder path').fill(pictures);
    await page.getByLabel('Folder path').press('Enter');
    await page.getByRole('button', { name: /^Scan 1 folder/ }).click();
    await poll(() => page.getByRole('heading', { level: 1, name: 'Scan finished' }).isVisible(), { timeout: 120_000 }).toBe(true);
    expect(await page.getByTestId('images-progress').textContent()).toBe('Images read for text: 2 of 2');
    await screenshot(page, 'ocr-1-scan-finished');
  });

  it('shows a thumbnail with the customer covered, and the real picture only while asked', async () => {
    await page.getByRole('button', { name: 'Review the findings' }).click();
    await page.getByRole('button', { name: /order 401\.png/ }).click();
    const covered = page.getByRole('img', { name: 'Preview of order 401.png with customer details covered by boxes' });
    await poll(() => covered.isVisible()).toBe(true);
    expect(await covered.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await page.getByText(/areas? with customer details covered/).textContent()).toMatch(/\d+ areas with customer details covered/);
    expect(await page.content()).not.toContain(customer.phone);
    await covered.scrollIntoViewIfNeeded();
    // The pane on its own, for a person to look at the preview.
    await page.locator('.file-details').screenshot({ path: join(SCREENSHOTS, 'ocr-2-file-details-light.png') });
    await screenshot(page, 'ocr-2-review-thumbnail');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Show real values' }).click();
    const real = page.getByRole('img', { name: 'The picture order 401.png, customer details outlined' });
    await poll(() => real.isVisible()).toBe(true);
    await poll(() => page.content()).toContain(customer.phone);
    await screenshot(page, 'ocr-3-review-revealed');
    await page.locator('.file-details').screenshot({ path: join(SCREENSHOTS, 'ocr-3-file-details-revealed-light.png') });

    await page.getByRole('button', { name: 'Hide real values' }).click();
    await poll(() => covered.isVisible()).toBe(true);
    expect(await real.count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
