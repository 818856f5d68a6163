// The runner behind the corpus evals (eval:held-out, eval:third, eval:fourth): generates a corpus
// for each seed, scans it with the real engine and prints file-level and per-category precision
// and recall, then every missed file and false alarm with its family and the engine's masked
// evidence. Figures, not a verdict: the exit code is 0 unless something crashes. Output holds
// counts, corpus-relative paths (never customer values) and masked evidence only.
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../../electron/engine/scan.js';
import { CATEGORIES, type SellerIdentity } from '../../shared/types.js';
import type { CorpusLabel } from '../fixtures/corpus/label.js';
import { confusion, flagged, flaggedCategory, hasCategory, holds, judge, precision, recall, type Confusion, type Verdict } from './score.js';

export interface CorpusEval {
  /** "Third corpus": the heading of each seed's figures. */
  title: string;
  /** For the temporary folder's name. */
  slug: string;
  defaultSeed: number;
  generate(dir: string, seed: number): Promise<CorpusLabel[]>;
  identity(seed: number): SellerIdentity;
  /** The seller the seed imitates, as shown in the heading ("Tulpenhuis, NL"). */
  seller(seed: number): string;
}

export function arg(name: string): string | undefined {
  const at = process.argv.lastIndexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

export const pad = (s: string | number, n: number) => String(s).padEnd(n);
export const lpad = (s: string | number, n: number) => String(s).padStart(n);

function row(name: string, c: Confusion): string {
  return `${pad(name, 22)}${lpad(precision(c).toFixed(3), 10)}${lpad(recall(c).toFixed(3), 8)}${lpad(c.tp, 6)}${lpad(c.fp, 6)}${lpad(c.fn, 6)}${lpad(c.tn, 6)}`;
}

export function table(verdicts: Verdict[]): void {
  console.log(`${pad('', 22)}${lpad('precision', 10)}${lpad('recall', 8)}${lpad('TP', 6)}${lpad('FP', 6)}${lpad('FN', 6)}${lpad('TN', 6)}`);
  console.log(row('holds customer data', confusion(verdicts, holds, flagged)));
  for (const c of CATEGORIES) console.log(row(c, confusion(verdicts, hasCategory(c), flaggedCategory(c))));
}

/** Masked evidence only (shared/mask.ts output), never a raw value. */
export function evidenceSummary(v: Verdict, onlyWrong: boolean): string {
  const ev = v.results.flatMap((r) => r.evidence).filter((e) => !onlyWrong || !v.label.categories.includes(e.category));
  return ev.slice(0, 4).map((e) => `${e.category} ${e.masked} @${JSON.stringify(e.where)}`).join('; ');
}

function notInspected(v: Verdict): string {
  return v.notInspected ? ` (${v.results.filter((r) => r.status !== 'scanned').map((r) => r.reason).join(',')})` : '';
}

async function evaluate(corpus: CorpusEval, seed: number, keep: boolean): Promise<Verdict[]> {
  // The real path, so the scan's absolute paths compare equal where tmp is a symlink (macOS).
  const dir = await realpath(await mkdtemp(join(tmpdir(), `cda-${corpus.slug}-`)));
  try {
    const labels = await corpus.generate(dir, seed);
    const t = Date.now();
    const report = await scan({ roots: [dir], identity: corpus.identity(seed), jobs: 2 });
    const { verdicts, unlabelled } = judge(dir, labels, report.files);
    const pos = verdicts.filter(holds).length;
    console.log(`\n=== ${corpus.title}, seed ${seed} (seller: ${corpus.seller(seed)}): ${labels.length} files (${pos} with customer data, ${labels.length - pos} without), scanned in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    console.log(`not inspected: ${report.files.filter((r) => r.status !== 'scanned').length}; labelled files without a result: ${verdicts.filter((v) => v.missing).length}; results outside the labels: ${unlabelled.length}`);
    table(verdicts);

    console.log('\nMissed files (hold customer data, engine flagged nothing):');
    for (const v of verdicts) if (holds(v) && !v.found) console.log(`  ${pad(v.label.family, 44)} ${pad(v.label.path, 60)} holds [${v.label.categories.join(', ')}]${notInspected(v)}`);
    console.log('\nFalse alarms (clean files the engine flagged):');
    for (const v of verdicts) if (!holds(v) && v.found) console.log(`  ${pad(v.label.family, 44)} ${pad(v.label.path, 60)} ${evidenceSummary(v, false)}`);
    console.log('\nCategory misses on flagged files (file holds it, engine reported none):');
    for (const v of verdicts) {
      const missed = v.label.categories.filter((c) => !v.foundCategories.includes(c));
      if (v.found && missed.length) console.log(`  ${pad(v.label.family, 44)} ${pad(v.label.path, 60)} missed [${missed.join(', ')}]${notInspected(v)}`);
    }
    console.log('\nCategory false alarms on files with customer data (engine reported a category the file does not hold):');
    for (const v of verdicts) {
      const extra = v.foundCategories.filter((c) => !v.label.categories.includes(c));
      if (holds(v) && extra.length) console.log(`  ${pad(v.label.family, 44)} ${pad(v.label.path, 60)} extra [${extra.join(', ')}] ${evidenceSummary(v, true)}`);
    }
    if (keep) console.log(`\nCorpus kept in ${dir}`);
    return verdicts;
  } finally {
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
}

/** Generates the corpus for each seed given on the command line, scans it and prints the figures. */
export async function runCorpusEval(corpus: CorpusEval): Promise<void> {
  const seeds = (arg('seed') ?? arg('seeds') ?? String(corpus.defaultSeed)).split(',').map(Number);
  const keep = process.argv.includes('--keep');
  const all: Verdict[] = [];
  for (const seed of seeds) all.push(...(await evaluate(corpus, seed, keep)));
  if (seeds.length > 1) {
    console.log(`\n=== All seeds (${seeds.join(', ')}): ${all.length} files`);
    table(all);
  }
  console.log('\nBy family (files / with data missed / false alarms / category misses / category extras):');
  console.log(`  ${pad('family', 46)}${lpad('n', 4)}${lpad('miss', 6)}${lpad('FA', 6)}${lpad('cat-', 6)}${lpad('cat+', 6)}`);
  const families = [...new Set(all.map((v) => v.label.family))].sort();
  for (const f of families) {
    const vs = all.filter((v) => v.label.family === f);
    const catMiss = vs.filter((v) => v.found && v.label.categories.some((c) => !v.foundCategories.includes(c))).length;
    const catExtra = vs.filter((v) => holds(v) && v.foundCategories.some((c) => !v.label.categories.includes(c))).length;
    console.log(`  ${pad(f, 46)}${lpad(vs.length, 4)}${lpad(vs.filter((v) => holds(v) && !v.found).length || '', 6)}${lpad(vs.filter((v) => !holds(v) && v.found).length || '', 6)}${lpad(catMiss || '', 6)}${lpad(catExtra || '', 6)}`);
  }
}

