// One measured scan in a process of its own, for `npm run bench`: the parent generated the files,
// so its memory says nothing about the scan's. Prints one JSON line of figures (no paths, no
// values): wall and CPU time, peak RSS of the whole process (main thread and workers), and the
// summary. Usage: tsx tests/bench/scan-child.ts ROOT... [--jobs N] [--dist]
import { cpus } from 'node:os';
import type { scan as scanFunction } from '../../electron/engine/scan.js';

const args = process.argv.slice(2);
const jobsAt = args.indexOf('--jobs');
const jobs = jobsAt >= 0 ? Number(args[jobsAt + 1]) : undefined;
const roots = args.filter((a, i) => !a.startsWith('--') && (jobsAt < 0 || i !== jobsAt + 1));

// --dist: the compiled engine in dist/ (what `cda` runs; `npm run build:node` first), else the
// TypeScript sources through tsx, whose workers compile the engine as they start.
const { scan } = (args.includes('--dist')
  ? await import(new URL('../../dist/electron/engine/scan.js', import.meta.url).href)
  : await import('../../electron/engine/scan.js')) as { scan: typeof scanFunction };

const cpuStart = process.cpuUsage();
const start = performance.now();
const report = await scan({ roots, ocr: false, jobs });
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  JSON.stringify({
    seconds,
    cpuSeconds,
    // CPU time of the process (all threads) over wall time and cores: 1.0 = every core busy all along.
    cpuBusy: cpuSeconds / seconds / (jobs ?? cpus().length),
    // getrusage's high-water mark, in kB on Linux: every thread of this process, sampled by the kernel.
    peakRss: process.resourceUsage().maxRSS * 1024,
    summary: report.summary,
    records: report.files.reduce((n, f) => n + f.records, 0),
  }),
);
