// The Report and Verify screens in a real browser against the real engine, through the
// development web bridge: scan a planted home folder → Report step → the seller's details →
// make the signed report → its verdict → save (the bridge saves into the app's reports folder) →
// Verify: the saved PDF verifies, with and without the seller's key; a JSON changed by one byte, a
// PDF whose attachment was swapped and another key fail with their reason. The saved PDF and JSON
// hold no planted raw value.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { PDFParse } from 'pdf-parse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attestationSchema } from '../../shared/attestation.js';
import type { DevBridge } from '../../electron/dev-bridge/server.js';
import { inflatedBytes, swapAttachment } from '../fixtures/pdf-tamper.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';
import { closeApp, ensureRendererBuilt, openApp, screenshot, seriousAxeViolations, storedInBrowser } from './browser.js';
import { plantHome, type PlantedHome } from './planted-folder.js';

const poll = <T,>(read: () => T | Promise<T>, options: { timeout?: number } = {}) => expect.poll(read, { timeout: 20_000, ...options });

describe('Report and Verify screens in a browser, against the real engine', { timeout: 180_000 }, () => {
  let dir: string;
  let planted: PlantedHome;
  let bridge: DevBridge;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  let saved: { pdf: string; json: string };
  let fingerprint: string;

  const heading = (name: string | RegExp, level = 1) => page.getByRole('heading', { level, name });
  const expectAccessible = async () => expect(await seriousAxeViolations(page)).toEqual([]);
  const rawValues = () => planted.customers.flatMap((c) => [c.email, c.phone, c.name, c.street, c.name.split(' ')[1]!]);
  const rows = () => page.locator('.verify-table tbody tr');

  beforeAll(async () => {
    ensureRendererBuilt();
    dir = await makeTempDir('cda-e2e-attest-');
    planted = await plantHome(dir);
    // A refused call (the wrong key) answers 400, which Chromium logs as a failed resource: not a page error.
    ({ bridge, browser, page } = await openApp({ userDataDir: join(dir, 'user-data'), homeDir: planted.home }, pageErrors, { ignore: (text) => text.startsWith('Failed to load resource') }));
  }, 180_000);

  afterAll(async () => {
    await closeApp({ browser, bridge });
    if (dir) await removeTempDir(dir);
  });

  it('scans the planted folders and opens the Report step', async () => {
    await poll(() => heading('Where should we look for customer data?').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Choose a folder…' }).click();
    await page.getByLabel('Folder path').fill(planted.shop);
    await page.getByLabel('Folder path').press('Enter');
    await page.getByRole('button', { name: 'Scan 3 folders' }).click();
    await poll(() => heading('Scan finished').isVisible(), { timeout: 90_000 }).toBe(true);
    await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Report/ }).click();
    await poll(() => heading('Attestation report').isVisible()).toBe(true);
    await poll(() => page.getByText('No clean-up is recorded for this scan').isVisible()).toBe(true);
    expect(await page.getByText('The first report makes this computer’s signing key').isVisible()).toBe(true);
    expect(await heading('What the report proves, and what it does not', 2).isVisible()).toBe(true);
    await screenshot(page, 'attest-1-form');
    await expectAccessible();
  });

  it('asks for the required details before making the report', async () => {
    await page.getByRole('button', { name: 'Make the signed report' }).click();
    expect(await page.getByText('Please enter your business name.').isVisible()).toBe(true);
    expect(await page.getByText('Please enter the name of the person attesting.').isVisible()).toBe(true);
    // The first field with a problem has the focus.
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-invalid")')).toBe('true');
    expect(await page.getByLabel('Business name').getAttribute('aria-invalid')).toBe('true');
  });

  it('makes the signed report and shows its verdict, counts and key fingerprint', async () => {
    await page.getByLabel('Business name').fill('Harbour & Pine');
    await page.getByLabel('Person attesting').fill('Ann Fielding');
    await page.getByLabel('Request reference (optional)').fill('AM-2026-0142');
    await page.getByRole('radio', { name: 'Print the computer’s name' }).check();
    // Offered pre-filled with this computer's name; the seller may change it.
    expect(await page.getByLabel('Computer name').inputValue()).not.toBe('');
    await page.getByLabel('Computer name').fill('shop-laptop');
    await page.getByRole('button', { name: 'Make the signed report' }).click();

    await poll(() => page.locator('.attest-verdict-line').isVisible()).toBe(true);
    const verdict = await page.locator('.attest-verdict-line').textContent();
    // The locked PDF and the damaged workbook could not be inspected: the verdict says so.
    expect(verdict).toMatch(/^Customer data remains: \d+ files still hold customer data; 2 files could not be inspected\.$/);
    expect(await page.locator('.attest-verdict-label').textContent()).toContain('Verdict: Customer data remains');
    const tiles = page.getByLabel('What the report says');
    expect(await tiles.textContent()).toMatch(/Not inspected\s*2/);
    expect(await page.getByText('A signing key was made for this computer').isVisible()).toBe(true);
    fingerprint = ((await page.locator('.attest-facts .attest-fingerprint').textContent()) ?? '').trim();
    expect(fingerprint).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    expect(await page.locator('.attest-code').textContent()).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect(await page.getByText('Harbour & Pine · reference AM-2026-0142').isVisible()).toBe(true);
    await screenshot(page, 'attest-2-result');
    await expectAccessible();
  });

  it('saves REPORT.pdf and REPORT.json, which hold no planted customer value', async () => {
    await page.getByRole('button', { name: /^Save the report \(PDF, .+\)…$/ }).click();
    await poll(() => page.getByText('Report saved').isVisible()).toBe(true);
    const pdfPath = ((await page.locator('.notice-success .attest-saved-path').first().textContent()) ?? '').trim();
    expect(pdfPath.startsWith(join(dir, 'user-data', 'reports'))).toBe(true);
    saved = { pdf: pdfPath, json: pdfPath.replace(/\.pdf$/, '.json') };
    expect(await page.getByText(basename(saved.json)).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Open the report' }).isVisible()).toBe(true);
    await screenshot(page, 'attest-3-saved');

    const pdf = await readFile(saved.pdf);
    const json = await readFile(saved.json, 'utf8');
    const report = attestationSchema.parse(JSON.parse(json));
    expect(report.payload.seller).toEqual({ business: 'Harbour & Pine', attester: 'Ann Fielding', reference: 'AM-2026-0142' });
    expect(report.payload.machine.hostname).toBe('shop-laptop');
    expect(report.payload.notInspected).toHaveLength(2);
    expect(report.payload.tool.ocr.enabled).toBe(true);
    const parser = new PDFParse({ data: pdf });
    const text = (await parser.getText()).text;
    await parser.destroy();
    expect(text.replace(/\s+/g, ' ')).toContain(report.payload.verdictLine);
    expect(text).toContain(`cda verify ${basename(saved.pdf)}`);
    const inflated = inflatedBytes(pdf).toString('utf8');
    for (const raw of [...rawValues(), planted.home, 'orders_march_2026', 'customers_export']) {
      expect(text, raw).not.toContain(raw);
      expect(json, raw).not.toContain(raw);
      expect(inflated, raw).not.toContain(raw);
    }
    expect(await storedInBrowser(page)).not.toContain(planted.customers[0]!.email);
  });

  it('verifies the saved PDF on the Verify screen, then with the seller’s key', async () => {
    await page.getByRole('navigation', { name: 'Tools' }).getByRole('button', { name: 'Verify a report' }).click();
    await poll(() => heading('Verify a report').isVisible()).toBe(true);
    await screenshot(page, 'verify-1-empty');
    await expectAccessible();

    await page.locator('input[type="file"]').setInputFiles(saved.pdf);
    await poll(() => heading('The report verified', 2).isVisible()).toBe(true);
    expect(await rows().count()).toBe(1);
    const row = rows().first();
    expect(await row.locator('.verify-status').textContent()).toBe('Verified');
    expect(await row.textContent()).toContain('Customer data remains');
    expect(await row.textContent()).toContain('Harbour & Pine · AM-2026-0142');
    expect(await row.textContent()).toContain('Compare its key with the fingerprint the seller gave you');

    await page.getByLabel('Seller’s key fingerprint (optional)').fill(fingerprint);
    await page.getByRole('button', { name: 'Check again with this key' }).click();
    await poll(() => page.locator('.verify-results .section-aside').textContent()).toContain('Checked against key');
    expect(await rows().first().locator('.verify-status').textContent()).toBe('Verified');
    expect(await rows().first().textContent()).not.toContain('Compare its key');
  });

  it('fails a JSON changed by one byte, a PDF with a swapped attachment and another key, each with its reason', async () => {
    const json = await readFile(saved.json, 'utf8');
    const pdf = await readFile(saved.pdf);
    // One byte: a count in the signed content.
    const tampered = json.replace(/"filesNotInspected": 2/, '"filesNotInspected": 0');
    expect(tampered.length).toBe(json.length);
    expect(tampered).not.toBe(json);
    const swapped = swapAttachment(pdf, Buffer.from(tampered));
    await page.locator('input[type="file"]').setInputFiles([
      { name: 'report-ok.pdf', mimeType: 'application/pdf', buffer: pdf },
      { name: 'report-edited.json', mimeType: 'application/json', buffer: Buffer.from(tampered) },
      { name: 'report-swapped.pdf', mimeType: 'application/pdf', buffer: swapped },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a report') },
    ]);
    await poll(() => heading('1 of 4 reports verified', 2).isVisible()).toBe(true);
    const texts = await rows().allTextContents();
    expect(texts[0]).toContain('Verified');
    expect(texts[1]).toContain('Not verified');
    expect(texts[1]).toContain('Altered after signing');
    expect(texts[1]).toContain('The signature does not match the content: the report was changed after it was signed.');
    expect(texts[2]).toContain('Not verified');
    expect(texts[2]).toMatch(/Altered after signing|Pages do not match/);
    expect(texts[3]).toContain('Not a report');
    // A failed report shows its reason only, never its (untrusted) verdict or seller.
    expect(texts[1]).not.toContain('Harbour & Pine');
    await screenshot(page, 'verify-2-results');
    await expectAccessible();

    // Another seller's key: intact, but not theirs.
    await page.getByLabel('Seller’s key fingerprint (optional)').fill('ab'.repeat(32));
    await page.getByRole('button', { name: 'Check again with this key' }).click();
    await poll(() => heading('0 of 4 reports verified', 2).isVisible()).toBe(true);
    expect(await rows().first().textContent()).toContain('Signed by another key');
    expect(await rows().first().textContent()).toContain(fingerprint);

    // A key that is not a fingerprint at all.
    await page.getByLabel('Seller’s key fingerprint (optional)').fill('not a key');
    await page.getByRole('button', { name: 'Check again with this key' }).click();
    await poll(() => page.getByRole('alert').textContent()).toContain('That is not a key fingerprint');
  });

  it('takes reports dropped onto the screen', async () => {
    await page.getByLabel('Seller’s key fingerprint (optional)').fill('');
    const base64 = (await readFile(saved.json)).toString('base64');
    const transfer = await page.evaluateHandle(`(() => {
      const bytes = Uint8Array.from(atob(${JSON.stringify(base64)}), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'dropped-report.json', { type: 'application/json' }));
      return data;
    })()`);
    await page.locator('.verify-drop').dispatchEvent('drop', { dataTransfer: transfer });
    await poll(() => heading('The report verified', 2).isVisible()).toBe(true);
    expect(await rows().first().textContent()).toContain('dropped-report.json');
    expect(await rows().first().textContent()).toContain('JSON');
    expect(pageErrors).toEqual([]);
  });
});
