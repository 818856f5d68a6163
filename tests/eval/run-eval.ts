// `npm run eval [-- --seed N --scale X --keep --no-images | --only-images]`: generates the labelled corpus into a
// temporary folder, scans it with the engine and prints precision and recall per category and for
// 'holds customer data' at file level, then where the misses and false alarms are, by family and
// format. Then the same for images (screenshots, label photos, scans: tests/fixtures/image-corpus,
// rendered by Chromium) scanned with OCR on, reported on their own (target: recall ≥ 0.95).
// It prints figures, not a verdict: the exit code is 0 unless something crashes. Output holds
// counts and corpus-relative paths only (file names in the corpus never contain customer values).
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../../electron/engine/scan.js';
import { CATEGORIES } from '../../shared/types.js';
import { corpusSellerIdentity, generateCorpus, LABELS_FILE } from '../fixtures/corpus/index.js';
import type { CorpusLabel } from '../fixtures/corpus/label.js';
import { generateImageCorpus, scoreImages } from './image-eval.js';
import { confusion, flagged, flaggedCategory, hasCategory, holds, judge, precision, recall, type Confusion, type Verdict } from './score.js';

const TARGET_RECALL = 0.98;
const TARGET_PRECISION = 0.95;
const TARGET_IMAGE_RECALL = 0.95;

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

const pct = (x: number) => x.toFixed(3);
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);

function metricRow(name: string, c: Confusion, targets: boolean, targetRecall = TARGET_RECALL): string {
  const p = precision(c);
  const r = recall(c);
  const mark = (ok: boolean) => (targets ? (ok ? ' ok' : ' BELOW') : '');
  return `${pad(name, 22)}${lpad(pct(p), 10)}${mark(p >= TARGET_PRECISION).padEnd(7)}${lpad(pct(r), 8)}${mark(r >= targetRecall).padEnd(7)}${lpad(c.tp, 6)}${lpad(c.fp, 6)}${lpad(c.fn, 6)}${lpad(c.tn, 6)}`;
}

/** The image part: its own corpus and folder, scanned with OCR on and no result cache (every image is read). */
async function evaluateImages(keep: boolean): Promise<void> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'cda-image-eval-')));
  try {
    let t = Date.now();
    let labels: CorpusLabel[];
    try {
      labels = await generateImageCorpus(dir, { subdir: 'images' });
    } catch {
      console.log('\nImages: skipped — the image corpus needs Chromium (/usr/bin/chromium or $CDA_CHROMIUM) to render its pages.');
      return;
    }
    const genMs = Date.now() - t;
    t = Date.now();
    const report = await scan({ roots: [join(dir, 'images')], ocr: true });
    const scanMs = Date.now() - t;
    const { verdicts, unlabelled } = judge(dir, labels, report.files);
    const score = scoreImages(labels, report.files, dir);
    const positives = verdicts.filter(holds).length;
    console.log(`\nImages (OCR) — screenshots, label photos and scans, scanned with OCR on`);
    console.log(`${labels.length} files: ${positives} with customer data, ${labels.length - positives} without. Generated in ${(genMs / 1000).toFixed(1)} s, scanned in ${(scanMs / 1000).toFixed(1)} s (${(labels.length / (scanMs / 1000)).toFixed(2)} files/s, ${(scanMs / labels.length).toFixed(0)} ms per file).`);
    console.log(`Not inspected: ${report.files.filter((r) => r.status !== 'scanned').length}; labelled files without any result: ${verdicts.filter((v) => v.missing).length}; results outside the labels: ${unlabelled.length}.`);
    console.log(`\nImages, file level (targets: precision ≥ ${TARGET_PRECISION}, recall ≥ ${TARGET_IMAGE_RECALL})`);
    console.log(`${pad('', 22)}${lpad('precision', 10)}${pad('', 7)}${lpad('recall', 8)}${pad('', 7)}${lpad('TP', 6)}${lpad('FP', 6)}${lpad('FN', 6)}${lpad('TN', 6)}`);
    console.log(metricRow('holds customer data', confusion(verdicts, holds, flagged), true, TARGET_IMAGE_RECALL));
    for (const c of CATEGORIES) console.log(metricRow(c, confusion(verdicts, hasCategory(c), flaggedCategory(c)), false));
    printBreakdown('Images by family', verdicts, (v) => v.label.family);
    printBreakdown('Images by format (extension)', verdicts, (v) => extOf(v.label.path));
    console.log(`\nImages missed (${score.falseNegatives}): ${score.missed.join(', ') || '—'}`);
    console.log(`Images wrongly flagged (${score.falsePositives}): ${score.wronglyFlagged.join(', ') || '—'}`);
    const notInspected = report.files.filter((r) => r.status !== 'scanned');
    for (const r of notInspected) console.log(`  not inspected: ${r.path.slice(dir.length + 1)}  ${r.status}/${r.reason ?? ''}`);
    if (keep) console.log(`\nImage corpus kept in ${dir}`);
  } finally {
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) m.set(key(t), [...(m.get(key(t)) ?? []), t]);
  return new Map([...m.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

function extOf(path: string): string {
  const base = path.split('/').pop()!;
  return base.includes('.') ? base.split('.').pop()!.toLowerCase() : '(none)';
}

function printBreakdown(title: string, verdicts: Verdict[], key: (v: Verdict) => string): void {
  console.log(`\n${title}`);
  console.log(`${pad('', 46)}${lpad('pos', 5)}${lpad('missed', 8)}${lpad('neg', 5)}${lpad('false', 7)}${lpad('not insp.', 11)}`);
  for (const [k, vs] of groupBy(verdicts, key)) {
    const pos = vs.filter(holds);
    const neg = vs.filter((v) => !holds(v));
    console.log(`${pad(k, 46)}${lpad(pos.length, 5)}${lpad(pos.filter((v) => !v.found).length || '', 8)}${lpad(neg.length, 5)}${lpad(neg.filter(flagged).length || '', 7)}${lpad(vs.filter((v) => v.notInspected).length || '', 11)}`);
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--only-images')) return evaluateImages(process.argv.includes('--keep'));
  const seed = Number(arg('seed', '20260101'));
  const scale = Number(arg('scale', '1'));
  const keep = process.argv.includes('--keep');
  // The real path, so the scan's absolute paths compare equal where tmp is a symlink (macOS).
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'cda-corpus-eval-')));
  try {
    let t = Date.now();
    const labels = await generateCorpus(dir, { seed, scale });
    const genMs = Date.now() - t;
    t = Date.now();
    const report = await scan({ roots: [dir], exclude: [LABELS_FILE], identity: corpusSellerIdentity(seed) });
    const scanMs = Date.now() - t;
    const { verdicts, unlabelled } = judge(dir, labels, report.files);

    const positives = verdicts.filter(holds).length;
    console.log(`Customer Data Auditor — evaluation on the generated corpus (seed ${seed}, scale ${scale})`);
    console.log(`${labels.length} files: ${positives} with customer data, ${labels.length - positives} without. Generated in ${(genMs / 1000).toFixed(1)} s, scanned in ${(scanMs / 1000).toFixed(1)} s (${(labels.length / (scanMs / 1000)).toFixed(1)} files/s).`);
    console.log(`Results: ${report.files.length} (archive entries included); not inspected: ${report.files.filter((r) => r.status !== 'scanned').length}; labelled files without any result: ${verdicts.filter((v) => v.missing).length}; results outside the labels: ${unlabelled.length}.`);

    console.log(`\nFile level (targets: precision ≥ ${TARGET_PRECISION}, recall ≥ ${TARGET_RECALL})`);
    console.log(`${pad('', 22)}${lpad('precision', 10)}${pad('', 7)}${lpad('recall', 8)}${pad('', 7)}${lpad('TP', 6)}${lpad('FP', 6)}${lpad('FN', 6)}${lpad('TN', 6)}`);
    console.log(metricRow('holds customer data', confusion(verdicts, holds, flagged), true));
    for (const c of CATEGORIES) console.log(metricRow(c, confusion(verdicts, hasCategory(c), flaggedCategory(c)), false));

    printBreakdown('By family', verdicts, (v) => v.label.family);
    printBreakdown('By format (extension)', verdicts, (v) => extOf(v.label.path));

    const misses = verdicts.filter((v) => holds(v) && !v.found);
    const alarms = verdicts.filter((v) => !holds(v) && v.found);
    console.log(`\nMissed files (${misses.length}), with the categories they hold:`);
    for (const v of misses) console.log(`  ${pad(v.label.family, 44)} ${v.label.path}  [${v.label.categories.join(', ')}]${v.notInspected ? ' (not inspected)' : ''}`);
    console.log(`\nFalse alarms (${alarms.length}), with the categories flagged:`);
    for (const v of alarms) console.log(`  ${pad(v.label.family, 44)} ${v.label.path}  [${v.foundCategories.join(', ')}]`);

    console.log('\nCategory misses and false alarms by family (file level):');
    for (const c of CATEGORIES) {
      const fn = groupBy(verdicts.filter((v) => hasCategory(c)(v) && !flaggedCategory(c)(v)), (v) => v.label.family);
      const fp = groupBy(verdicts.filter((v) => !hasCategory(c)(v) && flaggedCategory(c)(v)), (v) => v.label.family);
      const fmt = (m: Map<string, Verdict[]>) => [...m].map(([k, vs]) => `${k} ${vs.length}`).join(', ') || '—';
      console.log(`  ${pad(c, 8)} missed: ${fmt(fn)}`);
      console.log(`  ${pad('', 8)} false:  ${fmt(fp)}`);
    }

    const notInspected = report.files.filter((r) => r.status !== 'scanned');
    if (notInspected.length) {
      console.log(`\nNot inspected (${notInspected.length}):`);
      for (const r of notInspected) console.log(`  ${r.path.slice(dir.length + 1)}  ${r.status}/${r.reason ?? ''}`);
    }
    if (keep) console.log(`\nCorpus kept in ${dir}`);
  } finally {
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
  if (!process.argv.includes('--no-images')) await evaluateImages(keep);
}

await main();
