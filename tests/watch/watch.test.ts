// Watching real folders with real file events: written-in-pieces files, renames, deletions,
// exclusions and a burst of 10,000 files, each read through the scan's own worker.
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWatch, type Watcher, type WatchOptions } from '../../electron/engine/watch/watcher.js';
import type { FileWatchEvent } from '../../shared/watch-event.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

const HEADER = 'name,email,phone\n';
const ROWS = [
  'Jane Whitfield,jane.whitfield@example.co.uk,+44 7700 900123\n',
  'Tobias Lindqvist,tobias.lindqvist@example.se,+46 70 123 45 67\n',
  'Amara Nwosu,amara.nwosu@example.com,+1 415 555 0134\n',
  'Lucía Fernández,lucia.fernandez@example.es,+34 612 345 678\n',
  'Henrik Madsen,henrik.madsen@example.dk,+45 20 12 34 56\n',
];
const CUSTOMERS = HEADER + ROWS.join('');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watch', () => {
  let dir: string;
  let watcher: Watcher | undefined;
  let events: FileWatchEvent[];

  beforeEach(async () => {
    dir = await makeTempDir('cda-watch-');
    events = [];
  });
  afterEach(async () => {
    await watcher?.close();
    watcher = undefined;
    await removeTempDir(dir);
  });

  async function watch(options: Partial<WatchOptions> = {}): Promise<Watcher> {
    watcher = startWatch({ roots: [dir], onEvent: (event) => events.push(event), ...options });
    await watcher.ready;
    return watcher;
  }

  async function until(check: () => boolean, timeoutMs: number): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > end) {
        // A burst has thousands of events: say how many arrived and show the last few, not all of them.
        const shown = events.slice(-20).map((e) => [e.type, e.maskedPath]);
        throw new Error(`timed out after ${events.length} events${events.length > 20 ? ' (the last 20)' : ''}: ${JSON.stringify(shown)}; status ${JSON.stringify(watcher?.status())}`);
      }
      await sleep(50);
    }
  }

  it('reports a CSV written in pieces once, after it is complete', async () => {
    await watch();
    const path = join(dir, 'orders-march.csv');
    const file = await open(path, 'w');
    await file.write(HEADER);
    for (const row of ROWS) {
      await sleep(150); // shorter than the settle time: one file still being written
      await file.write(row);
    }
    await file.close();
    const complete = Date.now();
    await until(() => events.length > 0, 10_000);
    await sleep(2_000); // anything else would have arrived by now
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({ type: 'found', path, risk: 'high', records: 5 });
    expect(Date.parse(event!.at)).toBeGreaterThanOrEqual(complete);
    expect(event!.maskedPath).not.toContain('orders-march');
    expect(JSON.stringify(events)).not.toMatch(/whitfield|lindqvist|7700 900123/i);
  }, 20_000);

  it('reports a renamed file once, under its new name', async () => {
    await watch();
    await writeFile(join(dir, 'export.csv'), CUSTOMERS);
    await until(() => events.length === 1, 10_000);
    expect(events[0]).toMatchObject({ type: 'found', path: join(dir, 'export.csv') });
    events.length = 0;
    await mkdir(join(dir, 'kept'));
    await rename(join(dir, 'export.csv'), join(dir, 'kept', 'export-old.csv'));
    await until(() => events.length > 0, 10_000);
    await sleep(3_000); // past the rename window: a 'cleared' of the old name would be here
    expect(events.map((e) => [e.type, e.path])).toEqual([['found', join(dir, 'kept', 'export-old.csv')]]);
    expect(watcher!.status().openFindings).toBe(1);
  }, 25_000);

  it('clears a deleted file', async () => {
    await watch();
    const path = join(dir, 'buyers.csv');
    await writeFile(path, CUSTOMERS);
    await writeFile(join(dir, 'stock.csv'), 'sku,stock\nMUG-1,4\n');
    await until(() => events.length === 2, 10_000);
    expect(events.find((e) => e.path === path)?.type).toBe('found');
    expect(events.find((e) => e.path.endsWith('stock.csv'))?.type).toBe('clean');
    events.length = 0;
    await rm(path);
    await rm(join(dir, 'stock.csv'));
    await until(() => events.length > 0, 10_000);
    await sleep(500);
    expect(events).toEqual([expect.objectContaining({ type: 'cleared', path, risk: 'none', records: 0 })]);
    expect(watcher!.status().openFindings).toBe(0);
  }, 20_000);

  it('clears a file rewritten without customer data', async () => {
    await watch();
    const path = join(dir, 'list.csv');
    await writeFile(path, CUSTOMERS);
    await until(() => events.length === 1, 10_000);
    await writeFile(path, 'sku,stock\nMUG-1,4\n');
    await until(() => events.length === 2, 10_000);
    expect(events.map((e) => e.type)).toEqual(['found', 'cleared']);
  }, 20_000);

  it('stays silent about excluded folders', async () => {
    await watch({ exclude: ['private-notes'] });
    for (const folder of ['node_modules/pkg', 'private-notes', '.git']) {
      await mkdir(join(dir, folder), { recursive: true });
      await writeFile(join(dir, folder, 'customers.csv'), CUSTOMERS);
    }
    await sleep(300);
    await writeFile(join(dir, 'visible.csv'), CUSTOMERS); // proof the watch is alive and caught up
    await until(() => events.some((e) => e.path.endsWith('visible.csv')), 10_000);
    await sleep(1_500);
    expect(events.map((e) => e.path)).toEqual([join(dir, 'visible.csv')]);
  }, 20_000);

  it('reads every one of a 10,000-file burst with bounded memory', async () => {
    const w = await watch({ concurrency: 2 });
    global.gc?.();
    const baseline = process.memoryUsage().heapUsed;
    const baselineRss = process.memoryUsage().rss;
    let peak = baseline;
    let peakRss = baselineRss;
    const sampler = setInterval(() => {
      const { heapUsed, rss } = process.memoryUsage();
      peak = Math.max(peak, heapUsed);
      peakRss = Math.max(peakRss, rss);
    }, 100);
    const start = Date.now();
    try {
      for (let folder = 0; folder < 10; folder++) {
        await mkdir(join(dir, `batch-${folder}`));
        const writes: Array<Promise<void>> = [];
        for (let i = 0; i < 1000; i++) {
          const n = folder * 1000 + i;
          const text = n % 100 === 0 ? `name,email\nJane Whitfield,jane${n}@example.co.uk\n` : `Packing note ${n}: keep upright.\n`;
          writes.push(writeFile(join(dir, `batch-${folder}`, n % 100 === 0 ? `orders-${n}.csv` : `note-${n}.txt`), text));
        }
        await Promise.all(writes);
      }
      await until(() => events.length >= 10_000, 240_000);
      await w.idle();
    } finally {
      clearInterval(sampler);
    }
    const growthMb = (peak - baseline) / 1024 / 1024;
    const rssGrowthMb = (peakRss - baselineRss) / 1024 / 1024;
    console.log(`burst: 10,000 files read in ${((Date.now() - start) / 1000).toFixed(1)} s, growth at peak: heap ${growthMb.toFixed(1)} MB, RSS ${rssGrowthMb.toFixed(1)} MB (worker threads included)`);
    expect(events).toHaveLength(10_000);
    expect(new Set(events.map((e) => e.path)).size).toBe(10_000);
    expect(events.filter((e) => e.type === 'found')).toHaveLength(100);
    expect(events.filter((e) => e.type === 'clean')).toHaveLength(9_900);
    expect(w.status()).toMatchObject({ pending: 0, inspected: 10_000, openFindings: 100 });
    // Names waiting in the queue and chokidar's own bookkeeping only: never file contents.
    expect(growthMb).toBeLessThan(250);
    expect(rssGrowthMb).toBeLessThan(600);
  }, 300_000);
});
