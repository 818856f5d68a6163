// The retention archive in a real browser against the real engine, through the development web
// bridge: scan a shop folder → Clean up archives two files with a passphrase (one past its end
// date, one not) and keeps an invoice whose date has passed → the Archive screen lists them by
// masked name → unlock → open a copy into a typed folder (bytes equal to the original) → destroy
// the one past its date with the typed phrase → the reminder on Choose leads back to the archive,
// where the kept invoice's reminder is moved later → the retention window in Settings.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevBridge } from '../../electron/dev-bridge/server.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';
import { closeApp, ensureRendererBuilt, openApp, screenshot, seriousAxeViolations, storedInBrowser } from './browser.js';
import { customer, ordersCsv } from './planted-folder.js';

const PASSPHRASE = 'harbour pine ledger 2033';
const poll = <T,>(read: () => T | Promise<T>, options: { timeout?: number } = {}) => expect.poll(read, { timeout: 20_000, ...options });

describe('the retention archive in a browser, against the real engine', { timeout: 180_000 }, () => {
  let dir: string;
  let shop: string;
  let restored: string;
  let userData: string;
  let bridge: DevBridge;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const customers = Array.from({ length: 6 }, (_, i) => customer(i + 60));
  const files = { ledger: '', returns: '', invoice: '' };
  let ledgerBytes: Buffer;

  const expectAccessible = async () => expect(await seriousAxeViolations(page)).toEqual([]);
  const heading = (name: string | RegExp, level = 1) => page.getByRole('heading', { level, name });
  const decision = (name: string) => page.locator('.decision-row').filter({ hasText: name });
  const archived = () => page.getByRole('list', { name: 'Archived files' }).getByRole('listitem');
  const containers = async () => (await readdir(join(userData, 'retention-archive'))).filter((n) => n.endsWith('.cdaarc'));
  const rawValues = () => customers.flatMap((c) => [c.email, c.phone, c.name, c.street]);

  beforeAll(async () => {
    ensureRendererBuilt();
    dir = await makeTempDir('cda-e2e-archive-');
    shop = join(dir, 'Shop records');
    restored = join(dir, 'Restored');
    userData = join(dir, 'user-data');
    await mkdir(shop, { recursive: true });
    await mkdir(restored);
    await mkdir(join(dir, 'home'));
    files.ledger = join(shop, 'ledger_2025.csv');
    files.returns = join(shop, 'returns_2019.csv');
    files.invoice = join(shop, 'invoice-0042.txt');
    await writeFile(files.ledger, ordersCsv(customers.slice(0, 3), 4100));
    await writeFile(files.returns, ordersCsv(customers.slice(3, 5), 4200));
    const c = customers[5]!;
    await writeFile(files.invoice, `Invoice 0042\nBill to: ${c.name}\n${c.street}, ${c.city} ${c.postcode}\n${c.email}\nTotal 64.00\n`);
    ledgerBytes = await readFile(files.ledger);
    // An empty home: no usual place is ticked, only the shop folder is scanned.
    ({ bridge, browser, page } = await openApp({ userDataDir: userData, homeDir: join(dir, 'home') }, pageErrors));
  }, 180_000);

  afterAll(async () => {
    await closeApp({ browser, bridge });
    if (dir) await removeTempDir(dir);
  });

  it('shows an empty archive and no reminder before anything is archived', async () => {
    await poll(() => heading('Where should we look for customer data?').isVisible()).toBe(true);
    expect(await page.getByText(/reached (its|their) end date/).count()).toBe(0);
    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    await poll(() => heading('Retention archive').isVisible()).toBe(true);
    await poll(() => page.getByText('The archive is empty').isVisible()).toBe(true);
    await expectAccessible();
  });

  it('archives two files with a passphrase and keeps an invoice, through Clean up', async () => {
    await page.getByRole('button', { name: /Choose folders/ }).click();
    await poll(() => heading('Where should we look for customer data?').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Choose a folder…' }).click();
    await page.getByLabel('Folder path').fill(shop);
    await page.getByLabel('Folder path').press('Enter');
    await page.getByRole('button', { name: 'Scan 1 folder' }).click();
    await poll(() => heading('Scan finished').isVisible(), { timeout: 90_000 }).toBe(true);
    await page.getByRole('button', { name: 'Review the findings' }).click();
    await page.getByRole('button', { name: 'Clean up…' }).click();
    await poll(() => page.locator('.decision-row').count()).toBe(3);

    const choose = async (name: string, choice: string, reason: string, until: string) => {
      await decision(name).getByRole('radio', { name: choice }).check();
      await decision(name).getByLabel('Reason').selectOption(reason);
      await decision(name).getByLabel('Keep until').fill(until);
    };
    await choose('ledger_2025.csv', 'Archive encrypted', 'tax-retention', '2033-12-31');
    // A returns export whose legal hold ended long ago: archived, and already past its date.
    await choose('returns_2019.csv', 'Archive encrypted', 'legal-hold', '2025-01-31');
    await choose('invoice-0042.txt', 'Keep', 'tax-retention', '2025-06-30');
    await page.getByRole('button', { name: 'Show the plan' }).click();
    await poll(() => heading('The plan', 2).isVisible()).toBe(true);
    await page.getByLabel('Archive passphrase').fill(PASSPHRASE);
    await page.getByLabel('Passphrase again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Carry out the plan for 3 files' }).click();
    await poll(() => page.getByText('All 3 files handled').isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await containers()).toHaveLength(2);
    expect(await readdir(shop)).toEqual(['invoice-0042.txt']);
  });

  it('lists the archived files by masked name, with reason, end date and the reminders due', async () => {
    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    await poll(() => heading('Retention archive').isVisible()).toBe(true);
    await poll(() => archived().count()).toBe(2);
    const list = (await page.getByRole('list', { name: 'Archived files' }).textContent())!;
    // Masked: the extension and first letters only; the real names are inside the encryption.
    expect(list).not.toContain('ledger_2025');
    expect(list).not.toContain('returns_2019');
    expect(list).toContain('.csv');
    expect(list).toMatch(/Tax or accounting retention/);
    expect(list).toMatch(/Legal hold/);
    // The one past its date comes first, ready to be ticked for destruction; the other is not offered.
    expect(await archived().nth(0).textContent()).toMatch(/Date passed: (31 Jan 2025|Jan 31, 2025)/);
    expect(await archived().nth(0).getByRole('checkbox').count()).toBe(1);
    expect(await archived().nth(1).textContent()).toMatch(/Keep until (31 Dec 2033|Dec 31, 2033)/);
    expect(await archived().nth(1).getByRole('checkbox').count()).toBe(0);
    // Both end dates that passed: the kept invoice and the archived returns.
    expect(await page.getByText('2 files kept or archived reached their end date: delete them or extend').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'End dates that have passed' }).isVisible()).toBe(true);
    expect(await page.getByRole('list', { name: 'Files past their end date' }).getByRole('listitem').count()).toBe(2);
    // Locked until unlocked.
    for (let i = 0; i < 2; i++) expect(await archived().nth(i).getByRole('button', { name: 'Open a copy…' }).isDisabled()).toBe(true);
    await screenshot(page, 'archive-1-locked');
    await expectAccessible();
    // The narrowest window the app allows (electron/main/window.ts: minWidth 880).
    await page.setViewportSize({ width: 880, height: 820 });
    await screenshot(page, 'archive-1-locked-narrow');
    await page.setViewportSize({ width: 1200, height: 820 });
  });

  it('unlocks with the passphrase only', async () => {
    await page.getByLabel('Archive passphrase').fill('not the right one');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await poll(() => page.getByRole('alert').filter({ hasText: 'That passphrase opens none of the archived files' }).isVisible()).toBe(true);
    await page.getByLabel('Archive passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await poll(() => page.getByText(/Unlocked: 2 of 2 files/).isVisible()).toBe(true);
    for (let i = 0; i < 2; i++) expect(await archived().nth(i).getByRole('button', { name: 'Open a copy…' }).isDisabled()).toBe(false);
  });

  it('opens a copy into a typed folder that exists, under its original name, byte for byte', async () => {
    const ledger = archived().nth(1);
    await ledger.getByRole('button', { name: 'Open a copy…' }).click();
    const folder = ledger.getByLabel('Folder to put the copy in');
    await folder.fill(join(dir, 'No such folder'));
    await ledger.getByRole('button', { name: 'Open a copy here' }).click();
    await poll(() => ledger.getByRole('alert').textContent()).toMatch(/does not exist/);
    await folder.fill('Restored');
    await ledger.getByRole('button', { name: 'Open a copy here' }).click();
    await poll(() => ledger.getByRole('alert').textContent()).toMatch(/full path/);
    await screenshot(page, 'archive-2-extract');
    await expectAccessible();

    await folder.fill(restored);
    await ledger.getByRole('button', { name: 'Open a copy here' }).click();
    await poll(() => page.getByText('A copy was opened').isVisible()).toBe(true);
    expect(await page.getByText(join(restored, 'ledger_2025.csv')).isVisible()).toBe(true);
    expect(await readdir(restored)).toEqual(['ledger_2025.csv']);
    expect((await readFile(join(restored, 'ledger_2025.csv'))).equals(ledgerBytes)).toBe(true);
    // The archive keeps its locked copy.
    expect(await containers()).toHaveLength(2);
  });

  it('destroys the file past its date only after the typed phrase', async () => {
    const destroy = page.getByRole('button', { name: 'Destroy ticked files' });
    expect(await destroy.isDisabled()).toBe(true);
    const past = archived().nth(0);
    await past.getByRole('checkbox').check();
    const typed = page.getByLabel(/To destroy 1 file, type/);
    await typed.fill('DESTROY 2 FILES');
    expect(await page.getByRole('button', { name: 'Destroy 1 file' }).isDisabled()).toBe(true);
    await typed.fill('destroy 1 file');
    await screenshot(page, 'archive-3-destroy');
    await expectAccessible();
    await page.getByRole('button', { name: 'Destroy 1 file' }).click();
    await poll(() => page.getByText('1 file destroyed').isVisible()).toBe(true);
    await poll(() => archived().count()).toBe(1);
    expect(await containers()).toHaveLength(1);
    // Only the kept invoice's end date remains due; nothing is past its date in the archive now.
    await poll(() => page.getByRole('list', { name: 'Files past their end date' }).getByRole('listitem').count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Destroy files past their end date' }).count()).toBe(0);
  });

  it('reminds on Choose when a kept file reached its end date, and the reminder can be moved later', async () => {
    // A fresh start of the app: the reminder is read when Choose opens.
    await page.goto('about:blank');
    await page.goto(bridge.url);
    await poll(() => heading('Where should we look for customer data?').isVisible()).toBe(true);
    await poll(() => page.getByText('1 file kept for tax retention reached its end date: delete it or extend').isVisible()).toBe(true);
    await screenshot(page, 'archive-4-reminder-on-choose');
    await expectAccessible();
    await page.getByRole('button', { name: 'Open the retention archive' }).click();
    await poll(() => heading('Retention archive').isVisible()).toBe(true);

    const reminders = page.getByRole('list', { name: 'Files past their end date' });
    await poll(() => reminders.getByRole('listitem').count()).toBe(1);
    expect(await reminders.textContent()).toMatch(/Kept in its folder · Tax or accounting retention · ended (30 Jun 2025|Jun 30, 2025)/);
    expect(await reminders.textContent()).not.toContain('invoice-0042');
    const nextYear = `${new Date().getUTCFullYear() + 1}-12-31`;
    await reminders.getByLabel('Remind me again on').fill(nextYear);
    await reminders.getByRole('button', { name: 'Set reminder' }).click();
    await poll(() => page.getByText('Reminder moved').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'End dates that have passed' }).count()).toBe(0);
    await screenshot(page, 'archive-5-after');
    await expectAccessible();

    await page.getByRole('button', { name: /Choose folders/ }).click();
    await poll(() => heading('Where should we look for customer data?').isVisible()).toBe(true);
    expect(await page.getByText(/reached (its|their) end date/).count()).toBe(0);
  });

  it('sets the retention window in Settings', async () => {
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await poll(() => heading('Settings').isVisible()).toBe(true);
    const field = page.getByLabel('Days customer data may be kept');
    expect(await field.inputValue()).toBe('');
    expect(await field.getAttribute('placeholder')).toContain('30');
    await field.fill('45');
    await field.scrollIntoViewIfNeeded();
    await screenshot(page, 'archive-6-settings');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await poll(() => page.getByText('Settings saved').isVisible()).toBe(true);
    const saved = JSON.parse(await readFile(join(userData, (await readdir(userData)).find((n) => n.startsWith('settings'))!), 'utf8')) as { retentionDays?: number };
    expect(saved.retentionDays).toBe(45);
    await expectAccessible();
  });

  it('leaves no raw value in browser storage or the reminder file, and no error on the page', async () => {
    const stored = await storedInBrowser(page);
    for (const value of rawValues()) expect(stored).not.toContain(value);
    const reminderFile = await readFile(join(userData, 'retention-reminders.json'), 'utf8');
    expect(reminderFile).not.toContain('invoice');
    expect(reminderFile).not.toContain(shop);
    // The one request the engine refused on purpose (a folder that does not exist) is the only one.
    const refused = pageErrors.filter((e) => /status of 400/.test(e));
    expect(refused).toHaveLength(1);
    expect(pageErrors.filter((e) => !refused.includes(e))).toEqual([]);
  });
});
