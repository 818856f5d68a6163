// The browser side of the end-to-end tests: Debian's Chromium through playwright-core, the built
// interface, axe-core checks, and screenshots in both colour schemes.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startDevBridge, type DevBridge, type DevBridgeOptions } from '../../electron/dev-bridge/server.js';

export const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
export const RENDERER_DIST = join(PROJECT, 'dist', 'renderer');
export const SCREENSHOTS = join(PROJECT, 'tests', 'e2e', 'screenshots');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** CI builds the interface first (`npm run build:web`); a local run builds it when missing or stale. */
export function ensureRendererBuilt(): void {
  const index = join(RENDERER_DIST, 'index.html');
  const sources = Math.max(newestSource(join(PROJECT, 'renderer')), newestSource(join(PROJECT, 'shared')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  execFileSync(process.execPath, [join(PROJECT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: PROJECT,
    stdio: 'inherit',
    // Vitest sets NODE_ENV=test, which would give a development build of React.
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * The app as a person meets it: the development web bridge over `bridgeOptions`, Chromium, and a
 * page on it, with reduced motion (no colour is caught halfway through a transition when axe
 * measures contrast). Page errors and console errors (CSP violations, failed requests) go to
 * `errors`, except console lines `ignore` accepts.
 */
export async function openApp(
  bridgeOptions: Omit<DevBridgeOptions, 'port' | 'staticDir'>,
  errors: string[],
  options: { height?: number; ignore?: (consoleText: string) => boolean } = {},
): Promise<{ bridge: DevBridge; browser: Browser; page: Page }> {
  const bridge = await startDevBridge({ port: 0, staticDir: RENDERER_DIST, ...bridgeOptions });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1200, height: options.height ?? 820 }, reducedMotion: 'reduce' });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && !options.ignore?.(message.text()) && errors.push(message.text())));
  await page.goto(bridge.url);
  return { bridge, browser, page };
}

export async function closeApp(app: { browser?: Browser; bridge?: DevBridge }): Promise<void> {
  await app.browser?.close();
  await app.bridge?.close();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

let axeSource: string | undefined;

/** Serious and critical accessibility problems on the page as it is now, in light and dark. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= await readFile(join(PROJECT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(axeSource);
  const found: AxeViolation[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`)) as AxeViolation[];
    found.push(...violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ ...v, help: `[${colorScheme}] ${v.help}` })));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

/** Full-page screenshots, light and dark, for people to look at (tests/e2e/screenshots, not committed). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  // From the top, so the sticky header sits where a person would see it.
  await page.evaluate('window.scrollTo(0, 0)');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${colorScheme}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

// Code that runs in the page is written as strings: the tests' TypeScript program has no DOM types.

/** The text (or, for a field, the placeholder) of the element that has the keyboard focus. */
export async function focused(page: Page): Promise<{ text: string; placeholder: string | null }> {
  return (await page.evaluate('({ text: document.activeElement?.textContent ?? "", placeholder: document.activeElement?.getAttribute("placeholder") ?? null })')) as { text: string; placeholder: string | null };
}

/** Everything the page keeps in web storage, IndexedDB, the Cache API and cookies, as one string. */
export async function storedInBrowser(page: Page): Promise<string> {
  return (await page.evaluate(`(async () => {
    const dump = [];
    for (const store of [localStorage, sessionStorage]) {
      for (let i = 0; i < store.length; i++) dump.push(store.key(i), store.getItem(store.key(i)));
    }
    for (const db of await indexedDB.databases()) dump.push(db.name ?? '');
    dump.push(...(await caches.keys()));
    dump.push(document.cookie);
    return dump.join('\\n');
  })()`)) as string;
}
