// The watch's queue is bounded: when more files change at once than it may hold, the rest are
// not kept in memory; the seller is told once to run a full scan, and watching goes on.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWatch, type Watcher } from '../../electron/engine/watch/watcher.js';
import type { FileWatchEvent } from '../../shared/watch-event.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watch queue', () => {
  let dir: string;
  let watcher: Watcher | undefined;
  let events: FileWatchEvent[];

  beforeEach(async () => {
    dir = await makeTempDir('cda-watch-queue-');
    events = [];
  });
  afterEach(async () => {
    await watcher?.close();
    watcher = undefined;
    await removeTempDir(dir);
  });

  it('holds at most its limit of waiting files and asks once per burst for a full scan beyond it', async () => {
    const limit = 20;
    watcher = startWatch({ roots: [dir], queueLimit: limit, concurrency: 1, settleMs: 200, onEvent: (event) => events.push(event) });
    await watcher.ready;
    let most = 0;
    const sampler = setInterval(() => (most = Math.max(most, watcher!.status().pending)), 5);
    try {
      await mkdir(join(dir, 'burst'));
      await Promise.all(Array.from({ length: 400 }, (_, i) => writeFile(join(dir, 'burst', `note-${i}.txt`), `Packing note ${i}.\n`)));
      await sleep(1_000);
      await watcher.idle();
      const end = Date.now() + 20_000;
      while (watcher.status().pending > 0 && Date.now() < end) await sleep(100);
      await sleep(500);
    } finally {
      clearInterval(sampler);
    }
    const problems = events.filter((e) => e.type === 'problem');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ reason: 'too-many-changes' });
    expect(problems[0]!.message).toMatch(/full scan/);
    // Waiting plus the one being read: never more than the limit allows.
    expect(most).toBeLessThanOrEqual(limit + 1);
    const checked = events.filter((e) => e.type === 'clean').length;
    expect(checked).toBeGreaterThanOrEqual(limit);
    expect(checked).toBeLessThan(400);

    // A later burst overflows again and is reported again.
    events.length = 0;
    await mkdir(join(dir, 'burst-2'));
    await Promise.all(Array.from({ length: 200 }, (_, i) => writeFile(join(dir, 'burst-2', `note-${i}.txt`), `Packing note ${i}.\n`)));
    const drained = Date.now() + 20_000;
    while ((events.length === 0 || watcher.status().pending > 0) && Date.now() < drained) await sleep(100);
    expect(events.filter((e) => e.type === 'problem')).toHaveLength(1);

    // Watching goes on after the overflow.
    events.length = 0;
    await writeFile(join(dir, 'after.csv'), 'name,email\nJane Whitfield,jane.whitfield@example.co.uk\n');
    const end = Date.now() + 10_000;
    while (!events.some((e) => e.path.endsWith('after.csv')) && Date.now() < end) await sleep(50);
    expect(events.find((e) => e.path.endsWith('after.csv'))?.type).toBe('found');
  }, 60_000);
});
