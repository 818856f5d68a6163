// The Clean up screen in a real browser against the real engine, through the development web
// bridge: scan a planted home folder → Review flags an old file → Clean up → bulk and single
// decisions → the plan from the dry run → typed confirmation → progress → per-file results →
// the checklist → the verifying rescan finds nothing remaining → on to the report. Files really
// are gone or redacted on disk, and the saved log holds no raw value.
import { readFile, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remediationLogSchema } from '../../shared/remediation.js';
import type { DevBridge } from '../../electron/dev-bridge/server.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';
import { closeApp, ensureRendererBuilt, focused, openApp, screenshot, seriousAxeViolations, storedInBrowser } from './browser.js';
import { customer, ordersCsv, plantHome, type PlantedHome } from './planted-folder.js';

const DAY = 24 * 60 * 60 * 1000;
const poll = <T,>(read: () => T | Promise<T>, options: { timeout?: number } = {}) => expect.poll(read, { timeout: 20_000, ...options });
const exists = (path: string) => stat(path).then(() => true, () => false);

describe('Clean up in a browser, against the real engine', { timeout: 180_000 }, () => {
  let dir: string;
  let planted: PlantedHome;
  let returns: string;
  let bridge: DevBridge;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const returnCustomers = [customer(40), customer(41), customer(42)];

  const expectAccessible = async () => expect(await seriousAxeViolations(page)).toEqual([]);
  const heading = (name: string | RegExp, level = 1) => page.getByRole('heading', { level, name });
  const row = (name: string) => page.locator('.decision-row').filter({ hasText: name });
  const rawValues = () => [...planted.customers, ...returnCustomers].flatMap((c) => [c.email, c.phone, c.name, c.street]);

  beforeAll(async () => {
    ensureRendererBuilt();
    dir = await makeTempDir('cda-e2e-remediate-');
    planted = await plantHome(dir);
    // An old returns export: past the 30-day window, found in the Downloads folder.
    returns = join(planted.home, 'Downloads', 'returns_2025.csv');
    await writeFile(returns, ordersCsv(returnCustomers, 7000));
    const old = new Date(Date.now() - 75 * DAY);
    await utimes(returns, old, old);
    ({ bridge, browser, page } = await openApp({ userDataDir: join(dir, 'user-data'), homeDir: planted.home }, pageErrors));
  }, 180_000);

  afterAll(async () => {
    await closeApp({ browser, bridge });
    if (dir) await removeTempDir(dir);
  });

  it('scans the planted folders and flags the file older than the retention window in Review', async () => {
    await poll(() => heading('Where should we look for customer data?').isVisible()).toBe(true);
    await poll(() => page.getByRole('checkbox', { name: /^Documents/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Choose a folder…' }).click();
    await page.getByLabel('Folder path').fill(planted.shop);
    await page.getByLabel('Folder path').press('Enter');
    await page.getByRole('button', { name: 'Scan 3 folders' }).click();
    await poll(() => heading('Scan finished').isVisible(), { timeout: 90_000 }).toBe(true);
    await page.getByRole('button', { name: 'Review the findings' }).click();
    await poll(() => heading('What we found').isVisible()).toBe(true);

    const oldRow = page.getByRole('button', { name: /returns_2025\.csv/ });
    expect(await oldRow.textContent()).toContain('75 days old');
    expect(await oldRow.textContent()).toContain('Older than the 30-day retention window');
    expect(await page.getByRole('button', { name: /orders_march_2026\.csv/ }).textContent()).not.toContain('retention window');
  });

  it('lists every file with customer data with its choices; bulk-selects the high-risk files for deletion', async () => {
    await page.getByRole('button', { name: 'Clean up…' }).click();
    await poll(() => heading('Clean up').isVisible()).toBe(true);
    await poll(() => page.locator('.decision-row').count()).toBe(4);
    // Redaction is offered for the CSV files and the workbook only.
    expect(await row('orders_march_2026.csv').getByRole('radio', { name: 'Remove customer columns' }).count()).toBe(1);
    expect(await row('customers_export.xlsx').getByRole('radio', { name: 'Remove customer columns' }).count()).toBe(1);
    expect(await row('packing-slip.txt').getByRole('radio', { name: 'Remove customer columns' }).count()).toBe(0);
    expect(await row('returns_2025.csv').textContent()).toContain('past the 30-day window');
    // Every file starts undecided.
    for (const name of ['orders_march_2026.csv', 'customers_export.xlsx', 'packing-slip.txt', 'returns_2025.csv']) {
      expect(await row(name).getByRole('radio', { name: 'Decide later' }).isChecked()).toBe(true);
    }
    await screenshot(page, 'remediate-1-decide');
    await expectAccessible();

    await page.getByRole('button', { name: 'High risk', exact: true }).click();
    await poll(() => page.getByText(/3\s*of 4 files selected/).isVisible()).toBe(true);
    await page.getByLabel('For the selected files').selectOption({ label: 'Delete securely' });
    await page.getByRole('button', { name: 'Apply to 3 files' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Delete securely chosen for 3 files' }).isVisible()).toBe(true);
    for (const name of ['orders_march_2026.csv', 'customers_export.xlsx', 'returns_2025.csv']) {
      expect(await row(name).getByRole('radio', { name: 'Delete securely' }).isChecked()).toBe(true);
    }
    expect(await row('packing-slip.txt').getByRole('radio', { name: 'Decide later' }).isChecked()).toBe(true);
  });

  it('changes single decisions by keyboard and mouse: redact the order export, keep the packing slip for tax', async () => {
    // Radio buttons move with the arrow keys: from Delete to Remove customer columns.
    await row('orders_march_2026.csv').getByRole('radio', { name: 'Delete securely' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await row('orders_march_2026.csv').getByRole('radio', { name: 'Remove customer columns' }).isChecked()).toBe(true);

    const slip = row('packing-slip.txt');
    await slip.getByRole('radio', { name: 'Keep' }).check();
    // A reason is needed before the plan can be shown.
    expect(await page.getByRole('button', { name: 'Show the plan' }).isDisabled()).toBe(true);
    await slip.getByLabel('Reason').selectOption('tax-retention');
    await slip.getByLabel('Keep until').fill('2033-12-31');
    await slip.getByLabel(/^Note/).fill('Invoices kept for HMRC, six years');
    await poll(() => slip.textContent()).toContain('The app reminds you after');
    expect(await page.locator('.decision-tally').textContent()).toBe('2 to delete · 1 to remove columns from · 1 to keep');
    await screenshot(page, 'remediate-2-decided');
    await expectAccessible();
    // The narrowest window the app allows (electron/main/window.ts: minWidth 880).
    await page.setViewportSize({ width: 880, height: 820 });
    await screenshot(page, 'remediate-2-decided-narrow');
    await page.setViewportSize({ width: 1200, height: 820 });
  });

  it('shows the plan from the dry run and keeps decisions when going back to change them', async () => {
    await page.getByRole('button', { name: 'Show the plan' }).click();
    await poll(() => heading('The plan', 2).isVisible()).toBe(true);
    // Focus moves to the plan for keyboard users.
    expect((await focused(page)).text).toBe('The plan');
    const tiles = page.getByLabel('What the plan does');
    expect(await tiles.textContent()).toMatch(/Delete securely\s*2/);
    expect(await tiles.textContent()).toMatch(/Remove customer columns\s*1/);
    expect(await tiles.textContent()).toMatch(/Keep with a reason\s*1/);
    expect(await tiles.textContent()).toMatch(/Archive encrypted\s*0/);
    expect(await page.getByText(/Takes out columns .*buyer-email/).isVisible()).toBe(true);
    expect(await page.getByText('Deleting cannot be undone').isVisible()).toBe(true);
    expect(await page.getByText(/The file's name and content are gone from its folder/).first().isVisible()).toBe(true);
    await screenshot(page, 'remediate-3-plan');
    await expectAccessible();

    await page.getByRole('button', { name: 'Change decisions' }).click();
    await poll(() => row('packing-slip.txt').getByLabel('Reason').inputValue()).toBe('tax-retention');
    expect(await row('orders_march_2026.csv').getByRole('radio', { name: 'Remove customer columns' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Show the plan' }).click();
    await poll(() => heading('The plan', 2).isVisible()).toBe(true);
  });

  it('needs the typed confirmation, then carries the plan out with a progress bar and per-file results', async () => {
    const go = page.getByRole('button', { name: 'Carry out the plan for 4 files' });
    expect(await go.isDisabled()).toBe(true);
    const typed = page.getByLabel(/To delete 2 files, type/);
    await typed.fill('DELETE 3 FILES');
    expect(await go.isDisabled()).toBe(true);
    await typed.fill('DELETE 2 FILES');
    expect(await go.isDisabled()).toBe(false);
    await go.click();

    await poll(() => heading('What was done', 2).isVisible(), { timeout: 60_000 }).toBe(true);
    await poll(() => page.getByText('All 4 files handled').isVisible()).toBe(true);
    const results = page.getByRole('list', { name: 'Result for each file' });
    const text = await results.textContent();
    expect(text).toMatch(/customers_export\.xlsx.*Deleted securely/);
    expect(text).toMatch(/returns_2025\.csv.*Deleted securely/);
    expect(text).toMatch(/orders_march_2026\.csv.*Customer columns removed.*Taken out: \d+ columns/);
    expect(text).toMatch(/packing-slip\.txt.*Kept: tax or accounting retention until (31 Dec 2033|Dec 31, 2033)/);
    await page.getByText('What deleting assured here').first().click();
    await screenshot(page, 'remediate-4-results');
    await expectAccessible();

    // On disk: deleted files are gone, the export keeps its business columns only, the slip is untouched.
    expect(await exists(planted.files.workbook)).toBe(false);
    expect(await exists(returns)).toBe(false);
    const redacted = await readFile(planted.files.ordersCsv, 'utf8');
    for (const c of planted.customers) for (const value of [c.email, c.phone, c.name]) expect(redacted).not.toContain(value);
    expect(redacted).toContain('206-0001000-4411093');
    expect(redacted).toContain('MUG-1');
    expect(await readFile(planted.files.packingSlip, 'utf8')).toContain('Packing slip');
  });

  it('records the checklist ticks, then the verifying rescan finds no customer data remaining', async () => {
    const checklist = page.getByRole('region', { name: 'Finish the job outside this app' });
    const boxes = checklist.getByRole('checkbox');
    const n = await boxes.count();
    expect(n).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < n; i++) {
      await boxes.nth(i).check();
      await poll(() => checklist.textContent()).toContain(`${i + 1} of ${n} steps done`);
    }

    await page.getByRole('button', { name: 'Check the folders again' }).click();
    await poll(() => page.getByText('Clean: no customer data remains without a reason').isVisible(), { timeout: 60_000 }).toBe(true);
    const tiles = page.getByLabel('Result of the check');
    expect(await tiles.textContent()).toMatch(/Files cleaned up\s*3/);
    expect(await tiles.textContent()).toMatch(/Kept with a reason\s*1/);
    expect(await tiles.textContent()).toMatch(/Customer data remaining\s*0/);
    expect(await page.getByRole('region', { name: 'Check that it worked' }).textContent()).toMatch(/packing-slip\.txt — Tax or accounting retention, until (31 Dec 2033|Dec 31, 2033)/);
    await screenshot(page, 'remediate-5-verified');
    await expectAccessible();

    // The saved log: masked, every tick recorded, the verification clean.
    const logs = await readdir(join(dir, 'user-data', 'remediation-logs'));
    expect(logs).toHaveLength(1);
    const text = await readFile(join(dir, 'user-data', 'remediation-logs', logs[0]!), 'utf8');
    const log = remediationLogSchema.parse(JSON.parse(text));
    expect(log.checklist.every((c) => c.confirmed)).toBe(true);
    expect(log.verification?.remaining).toEqual([]);
    expect(log.actions.map((a) => a.result)).toEqual(['done', 'done', 'done', 'done']);
    for (const value of rawValues()) expect(text).not.toContain(value);
    expect(text).not.toContain(planted.home);
  });

  it('goes on to the report, and leaves nothing in browser storage and no error on the page', async () => {
    await page.getByRole('button', { name: 'Go on to the report' }).click();
    await poll(() => heading(/Attestation report|report/i).isVisible()).toBe(true);
    const stored = await storedInBrowser(page);
    for (const value of rawValues()) expect(stored).not.toContain(value);
    expect(pageErrors).toEqual([]);
  });
});
