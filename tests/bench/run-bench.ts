// `npm run bench`: throughput and memory figures of the real engine on generated files.
// Prints figures; asserts nothing (speed targets are reported, not tested).
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatBytes } from '../../shared/bytes.js';
import { scan } from '../../electron/engine/scan.js';
import type { ScanReport } from '../../shared/types.js';
import { generateCorpus } from '../fixtures/corpus/index.js';
import { writeOrderCsv, writeOrderXlsx } from './big-files.js';

interface Measured {
  report: ScanReport;
  seconds: number;
  peakRss: number;
  cpuBusy: number;
}

async function measure(roots: string[]): Promise<Measured> {
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const report = await scan({ roots, ocr: false });
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  // CPU time of the process (all worker threads) over wall time and cores: 1.0 = every core busy.
  const cpuBusy = (cpu.user + cpu.system) / 1e6 / seconds / cpus().length;
  return { report, seconds, peakRss, cpuBusy };
}

function line(label: string, value: string): void {
  console.log(`${label.padEnd(34)} ${value}`);
}

async function main(): Promise<void> {
  const base = join(tmpdir(), `cda-bench-${process.pid}`);
  const scale = Number(process.argv.find((a) => a.startsWith('--scale='))?.slice(8) ?? '10');
  await mkdir(base, { recursive: true });
  console.log(`Customer Data Auditor benchmark — ${cpus().length} cores, Node ${process.version}\n`);
  try {
    const tree = join(base, 'tree');
    const labels = await generateCorpus(tree, { seed: 7, scale });
    const treeRun = await measure([tree]);
    const secondRun = await measure([tree]);
    const s = treeRun.report.summary;
    console.log(`Generated tree (corpus ×${scale})`);
    line('  files', `${s.filesSeen} (${labels.length} labelled), ${formatBytes(s.bytesScanned)}`);
    line('  time', `${treeRun.seconds.toFixed(2)} s`);
    line('  files/s', (s.filesSeen / treeRun.seconds).toFixed(1));
    line('  MB/s', (s.bytesScanned / 1024 / 1024 / treeRun.seconds).toFixed(2));
    line('  peak RSS', formatBytes(treeRun.peakRss));
    line('  CPU busy (all cores = 100 %)', `${(treeRun.cpuBusy * 100).toFixed(0)} %`);
    line('  second run (warm cache)', `${secondRun.seconds.toFixed(2)} s, ${(s.filesSeen / secondRun.seconds).toFixed(1)} files/s`);

    const big = join(base, 'big');
    await mkdir(big);
    const xlsxPath = join(big, 'orders-50000.xlsx');
    writeOrderXlsx(xlsxPath, 50_000);
    const xlsxRun = await measure([xlsxPath]);
    console.log('\n50,000-row xlsx order export (15 columns)');
    line('  size', formatBytes((await stat(xlsxPath)).size));
    line('  time', `${xlsxRun.seconds.toFixed(2)} s  (aim < 10 s)`);
    line('  peak RSS', formatBytes(xlsxRun.peakRss));
    line('  records found', String(xlsxRun.report.files[0]?.records ?? 0));

    const csvPath = join(big, 'orders-100MB.csv');
    const { rows } = await writeOrderCsv(csvPath, 100 * 1024 * 1024);
    const readStart = performance.now();
    await readFile(csvPath);
    const rawSeconds = (performance.now() - readStart) / 1000;
    // 'Simply reading it' as a program would: decoded and split into lines.
    const linesStart = performance.now();
    let lineCount = 0;
    for await (const _ of createInterface({ input: createReadStream(csvPath), crlfDelay: Infinity })) lineCount++;
    const readSeconds = (performance.now() - linesStart) / 1000;
    const csvRun = await measure([csvPath]);
    console.log('\n100 MB CSV order export');
    line('  rows', String(rows));
    line('  raw read (page cache)', `${rawSeconds.toFixed(2)} s`);
    line('  read line by line', `${readSeconds.toFixed(2)} s (${lineCount} lines)`);
    line('  scan', `${csvRun.seconds.toFixed(2)} s  (${(csvRun.seconds / readSeconds).toFixed(1)}× the line-by-line read; aim ≤ 5×)`);
    line('  MB/s', (100 / csvRun.seconds).toFixed(1));
    line('  peak RSS', formatBytes(csvRun.peakRss));
    line('  records found', String(csvRun.report.files[0]?.records ?? 0));
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}

await main();
