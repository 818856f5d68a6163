// `node --import tsx --cpu-prof tests/bench/profile-file.ts PATH [--repeat N]`: inspects one file,
// or every file under a folder one after another, in this thread (no worker pool), so a CPU
// profile or a memory figure is the readers and the analysers alone. Prints time, CPU and peak
// RSS; findings as counts only.
import { restoreNativePush } from '../../electron/engine/native-push.js';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { inspectFile } from '../../electron/engine/inspect-file.js';
import { taskOptions } from '../../electron/engine/task-options.js';
import { formatBytes } from '../../shared/bytes.js';

const path = process.argv[2];
if (!path) throw new Error('usage: profile-file.ts PATH [--repeat N] [--keep-polyfill]');
const at = process.argv.indexOf('--repeat');
const repeat = at > 0 ? Number(process.argv[at + 1]) || 1 : 1;
if (!process.argv.includes('--keep-polyfill')) restoreNativePush();

async function filesUnder(p: string): Promise<string[]> {
  if (!(await stat(p)).isDirectory()) return [p];
  const out: string[] = [];
  for (const entry of await readdir(p, { withFileTypes: true })) {
    if (entry.isDirectory()) out.push(...(await filesUnder(join(p, entry.name))));
    else if (entry.isFile()) out.push(join(p, entry.name));
  }
  return out.sort();
}

const files = await filesUnder(path);
const options = taskOptions({});
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
for (let i = 0; i < repeat; i++) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  let records = 0;
  const findings = { name: 0, email: 0, phone: 0, address: 0 };
  for (const file of files) {
    const { size, mtimeMs } = await stat(file);
    for (const result of await inspectFile({ ...options, path: file, size, mtimeMs })) {
      records += result.records;
      for (const k of Object.keys(findings) as Array<keyof typeof findings>) findings[k] += result.findings[k];
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(`${files.length} file(s) ${seconds.toFixed(2)} s (CPU ${((used.user + used.system) / 1e6).toFixed(2)} s)  peak RSS ${formatBytes(peak)}  records ${records} ${JSON.stringify(findings)}`);
}
clearInterval(sampler);
