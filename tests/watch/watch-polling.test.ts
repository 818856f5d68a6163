// Polling is for network drives only: a local folder is watched by the OS's events, a folder
// watched by polling (as a network drive is) still reports a file written into it, once.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWatch, type Watcher } from '../../electron/engine/watch/watcher.js';
import type { FileWatchEvent } from '../../shared/watch-event.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

const CUSTOMERS = 'name,email,phone\nJane Whitfield,jane.whitfield@example.co.uk,+44 7700 900123\nAmara Nwosu,amara.nwosu@example.com,+1 415 555 0134\n';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watch polling', () => {
  let local: string;
  let share: string;
  let watcher: Watcher | undefined;
  let events: FileWatchEvent[];

  beforeEach(async () => {
    local = await makeTempDir('cda-watch-local-');
    share = await makeTempDir('cda-watch-share-');
    events = [];
  });
  afterEach(async () => {
    await watcher?.close();
    watcher = undefined;
    await removeTempDir(local);
    await removeTempDir(share);
  });

  async function until(check: () => boolean, timeoutMs: number): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > end) throw new Error(`timed out; events so far: ${JSON.stringify(events.map((e) => [e.type, e.maskedPath]))}`);
      await sleep(50);
    }
  }

  it('does not poll a local folder unless asked', async () => {
    watcher = startWatch({ roots: [local], onEvent: (event) => events.push(event) });
    await watcher.ready;
    expect(watcher.status().polled).toEqual([]);
  });

  it('reports a file written into a polled folder once', async () => {
    // Polled as a network drive would be (a short interval to keep the test quick).
    watcher = startWatch({ roots: [share], usePolling: true, pollIntervalMs: 300, onEvent: (event) => events.push(event) });
    await watcher.ready;
    expect(watcher.status().polled).toEqual([share]);
    await writeFile(join(share, 'orders.csv'), CUSTOMERS);
    await until(() => events.length > 0, 10_000);
    await sleep(1_500); // a few more polls: nothing else may arrive
    expect(events.map((e) => [e.type, e.path, e.records])).toEqual([['found', join(share, 'orders.csv'), 2]]);
    expect(JSON.stringify(events)).not.toMatch(/whitfield|nwosu|7700 900123/i);
  }, 20_000);
});
