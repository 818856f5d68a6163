// `npm run eval:held-out [-- --seed N | --seeds 1,2,3] [--keep]`: generates the held-out corpus
// (tests/fixtures/held-out-corpus, written independently of the corpus the recognizers were tuned
// on), scans it with the real engine and prints file-level and per-category precision and recall,
// then every missed file and false alarm with its family and the engine's masked evidence.
// Figures, not a verdict: the exit code is 0 unless something crashes. Output holds counts,
// corpus-relative paths (never customer values) and masked evidence only.
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../../electron/engine/scan.js';
import { generateHeldOutCorpus, heldOutSellerIdentity } from '../fixtures/held-out-corpus/index.js';
import { arg, evidenceSummary, lpad, pad, table } from './corpus-eval.js';
import { holds, judge, type Verdict } from './score.js';

async function evaluate(seed: number, keep: boolean): Promise<Verdict[]> {
  // The real path, so the scan's absolute paths compare equal where tmp is a symlink (macOS).
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'cda-held-out-')));
  try {
    const labels = await generateHeldOutCorpus(dir, { seed });
    const t = Date.now();
    const report = await scan({ roots: [dir], identity: heldOutSellerIdentity(seed), jobs: 2 });
    const { verdicts, unlabelled } = judge(dir, labels, report.files);
    const pos = verdicts.filter(holds).length;
    console.log(`\n=== Held-out corpus, seed ${seed}: ${labels.length} files (${pos} with customer data, ${labels.length - pos} without), scanned in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    console.log(`not inspected: ${report.files.filter((r) => r.status !== 'scanned').length}; labelled files without a result: ${verdicts.filter((v) => v.missing).length}; results outside the labels: ${unlabelled.length}`);
    table(verdicts);

    console.log('\nCategory misses (file holds it, engine reported none):');
    for (const v of verdicts) {
      const missed = v.label.categories.filter((c) => !v.foundCategories.includes(c));
      if (missed.length) console.log(`  ${pad(v.label.family, 42)} ${pad(v.label.path, 52)} missed [${missed.join(', ')}]${v.found ? '' : ' (file not flagged)'}${v.notInspected ? ` (${v.results.map((r) => r.reason).join(',')})` : ''}`);
    }
    console.log('\nCategory false alarms (engine reported a category the file does not hold):');
    for (const v of verdicts) {
      const extra = v.foundCategories.filter((c) => !v.label.categories.includes(c));
      if (extra.length) console.log(`  ${pad(v.label.family, 42)} ${pad(v.label.path, 52)} extra [${extra.join(', ')}] ${evidenceSummary(v, true)}`);
    }
    if (keep) console.log(`\nCorpus kept in ${dir}`);
    return verdicts;
  } finally {
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const seeds = (arg('seed') ?? arg('seeds') ?? '7101').split(',').map(Number);
  const keep = process.argv.includes('--keep');
  const all: Verdict[] = [];
  for (const seed of seeds) all.push(...(await evaluate(seed, keep)));
  if (seeds.length > 1) {
    console.log(`\n=== All seeds (${seeds.join(', ')}): ${all.length} files`);
    table(all);
  }
  console.log('\nBy family (files / with data missed / false alarms):');
  const families = [...new Set(all.map((v) => v.label.family))].sort();
  for (const f of families) {
    const vs = all.filter((v) => v.label.family === f);
    console.log(`  ${pad(f, 44)}${lpad(vs.length, 4)}${lpad(vs.filter((v) => holds(v) && !v.found).length || '', 6)}${lpad(vs.filter((v) => !holds(v) && v.found).length || '', 6)}`);
  }
}

await main();
