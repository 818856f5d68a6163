// The privacy rule, tested end to end: scan a generated corpus with the real `cda` command and
// with scan() in-process, and look for every planted raw value (emails, phone digit runs, names
// and address lines of two words or more) in the JSON, stdout, stderr and in every file written
// under the corpus or the temporary folder while the scan ran. The scan must also find customers
// in the positive files, so the test cannot pass by finding nothing.
import { existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../../electron/engine/scan.js';
import { CATEGORIES, type ScanReport } from '../../shared/types.js';
import { generateCorpus, LABELS_FILE, type CorpusLabel } from '../fixtures/corpus/index.js';
import { CLI, runCli } from '../fixtures/run-cli.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';
import { leakMatchers, leaks, type LeakMatcher } from './planted-matchers.js';
import { flaggedCategory, hasCategory, holds, judge } from './score.js';
import { snapshot, writtenSince, type Snapshot } from './written-files.js';

// Its own seed, so no other test's corpus holds the same values.
const SEED = 4242;
const SCALE = 0.08;
const MAX_READ_BYTES = 64 * 1024 * 1024;

let corpus = '';
let work = '';
let labels: CorpusLabel[] = [];
let matchers: LeakMatcher[] = [];

beforeAll(async () => {
  corpus = await realpath(await makeTempDir('cda-corpus-leak-'));
  work = await realpath(await makeTempDir('cda-leak-work-'));
  labels = await generateCorpus(corpus, { seed: SEED, scale: SCALE });
  matchers = leakMatchers(labels.flatMap((l) => l.plantedValues));
});

afterAll(async () => {
  await removeTempDir(corpus);
  await removeTempDir(work);
});

/**
 * Files written during the scan that hold planted values. Inside our own folders any value is a
 * leak. Elsewhere in the temporary folder (shared with other processes) generated corpora of
 * other tests ('cda-corpus-…') are skipped, and it takes two emails or phones: names and street
 * lines recur between seeded corpora by chance, while a dump of scanned data would hold many
 * high-entropy values.
 */
async function leakingWrites(before: Snapshot, roots: string[], checkedElsewhere: Set<string>): Promise<string[]> {
  const found: string[] = [];
  const tmp = await realpath(tmpdir());
  for (const path of await writtenSince(before, roots)) {
    if (checkedElsewhere.has(path)) continue;
    const ours = path.startsWith(corpus) || path.startsWith(work);
    if (!ours && relative(tmp, path).split(sep)[0]!.startsWith('cda-corpus-')) continue;
    let bytes: Buffer;
    try {
      if ((await stat(path)).size > MAX_READ_BYTES) continue;
      bytes = await readFile(path);
    } catch {
      continue;
    }
    const hits = leaks(matchers, `${bytes.toString('utf8')}\n${bytes.toString('utf16le')}`);
    if (ours ? hits.total >= 1 : hits.email + hits.phone >= 2) found.push(`${path} (${hits.email} emails, ${hits.phone} phones, ${hits.text} names/addresses)`);
  }
  return found;
}

function expectCustomersFound(report: ScanReport): void {
  const { verdicts } = judge(corpus, labels, report.files);
  const positives = verdicts.filter(holds);
  const found = positives.filter((v) => v.found).length;
  expect(positives.length).toBeGreaterThan(10);
  expect(found / positives.length, `customer data found in ${found} of ${positives.length} positive files; below 70% this test proves little`).toBeGreaterThanOrEqual(0.7);
  for (const c of CATEGORIES) {
    if (verdicts.some(hasCategory(c))) expect(verdicts.some((v) => hasCategory(c)(v) && flaggedCategory(c)(v)), `no ${c} found anywhere`).toBe(true);
  }
}

describe('no planted value leaves the engine', () => {
  it('the detector sees a planted value in any spelling, and not in its masked form', () => {
    const m = leakMatchers(['+44 7700 900123', 'jane.doe99@gmail.com', 'Jane Doe', '12 Mill Lane', 'Jane', '10115']);
    expect(m).toHaveLength(4);
    expect(leaks(m, 'x,07700 900123,12,y').phone).toBe(1);
    expect(leaks(m, '"447700900123"').phone).toBe(1);
    expect(leaks(m, '<Jane.Doe99@Gmail.com>').email).toBe(1);
    expect(leaks(m, 'JANE DOE, 12 MILL LANE').text).toBe(2);
    expect(leaks(m, '+44 •••• •••23 j•••@g•••.com J••• D••• •• M••• Lane').total).toBe(0);
  });

  it('the cda command: JSON, stdout, stderr and written files', async () => {
    expect(existsSync(CLI) && existsSync(join(CLI, '../../dist/electron/cli.js')), 'bin/cda.js over dist/ is needed: npm run build:node').toBe(true);
    const roots = [corpus, await realpath(tmpdir())];
    const out = join(work, 'out.json');
    process.env.CDA_CONFIG_DIR = join(work, 'config');
    const before = await snapshot(roots);
    const run = await runCli(['scan', corpus, '--json', out, '--exclude', LABELS_FILE], { timeoutMs: 90_000 });
    const leaking = await leakingWrites(before, roots, new Set([out]));

    // A crash also exits non-zero: make sure the command finished its report first.
    expect(existsSync(out), `the command wrote no --json file (exit ${run.code}); is dist/ current? npm run build:node`).toBe(true);
    expect(run.code, 'exit code 1: customer data found').toBe(1);
    const json = await readFile(out, 'utf8');
    expect(leaks(matchers, json), 'planted values in the --json output').toMatchObject({ total: 0 });
    expect(leaks(matchers, run.stdout), 'planted values on stdout').toMatchObject({ total: 0 });
    expect(leaks(matchers, run.stderr), 'planted values on stderr').toMatchObject({ total: 0 });
    expect(leaking, 'files written during the scan that hold planted values').toEqual([]);
    expectCustomersFound(JSON.parse(json) as ScanReport);
  }, 120_000);

  it('scan() in-process: the report, anything printed, and written files', async () => {
    const roots = [corpus, await realpath(tmpdir())];
    const printed: string[] = [];
    const capture = (stream: NodeJS.WriteStream) => {
      const original = stream.write.bind(stream);
      stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
        printed.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write;
      return () => (stream.write = original);
    };
    const before = await snapshot(roots);
    const restoreOut = capture(process.stdout);
    const restoreErr = capture(process.stderr);
    let report: ScanReport;
    try {
      report = await scan({ roots: [corpus], exclude: [LABELS_FILE] });
    } finally {
      restoreOut();
      restoreErr();
    }
    const leaking = await leakingWrites(before, roots, new Set());

    expect(leaks(matchers, JSON.stringify(report)), 'planted values in the report').toMatchObject({ total: 0 });
    expect(leaks(matchers, printed.join('')), 'planted values printed during the scan').toMatchObject({ total: 0 });
    expect(leaking, 'files written during the scan that hold planted values').toEqual([]);
    expectCustomersFound(report);
  }, 120_000);
});
