// `npm run bench:index`: first scan vs rescan of an unchanged tree of small files with the scan
// index (100,000 by default; `-- --files N` for another count). Prints figures; asserts nothing.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ScanIndex } from '../../electron/engine/scan-index/scan-index.js';
import { scan } from '../../electron/engine/scan.js';

const { values } = parseArgs({ options: { files: { type: 'string', default: '100000' }, jobs: { type: 'string' } } });
const FILES = Number(values.files);
const PER_FOLDER = 500;

async function makeTree(root: string): Promise<void> {
  for (let i = 0; i < FILES; i++) {
    const folder = join(root, `batch-${Math.floor(i / PER_FOLDER)}`);
    if (i % PER_FOLDER === 0) await mkdir(folder, { recursive: true });
    // Every 100th file is a small customer list, the rest are clean notes.
    const text = i % 100 === 0 ? `name,email\nJane Whitfield,jane.whitfield${i}@example.co.uk\n` : `Packing note ${i}: keep upright.\n`;
    await writeFile(join(folder, i % 100 === 0 ? `orders-${i}.csv` : `note-${i}.txt`), text);
  }
}

async function timedScan(root: string, indexDir: string, jobs?: number) {
  const index = await ScanIndex.open(indexDir);
  const start = performance.now();
  const report = await scan({ roots: [root], ocr: false, index, jobs });
  return { seconds: (performance.now() - start) / 1000, report, used: index.lastScan() };
}

async function main(): Promise<void> {
  const base = join(tmpdir(), `cda-index-bench-${process.pid}`);
  const root = join(base, 'tree');
  const indexDir = join(base, 'scan-index');
  const jobs = values.jobs ? Number(values.jobs) : undefined;
  try {
    let t = performance.now();
    await makeTree(root);
    console.log(`made ${FILES} files in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const first = await timedScan(root, indexDir, jobs);
    console.log(`first scan   ${first.seconds.toFixed(1)} s  read ${first.used.read}, reused ${first.used.reused}, with customer data ${first.report.summary.filesWithCustomerData}`);
    t = performance.now();
    const rescan = await timedScan(root, indexDir, jobs);
    console.log(`rescan       ${rescan.seconds.toFixed(1)} s  read ${rescan.used.read}, reused ${rescan.used.reused}, with customer data ${rescan.report.summary.filesWithCustomerData} (index load + scan ${((performance.now() - t) / 1000).toFixed(1)} s)`);
    console.log(`speed-up     ${(first.seconds / rescan.seconds).toFixed(1)}×`);
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}

await main();
