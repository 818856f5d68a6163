// `tsx tests/bench/findings-fingerprint.ts OUT.json`: what the engine finds, file by file, on the
// eval corpus, a held-out corpus, the benchmark tree and the two big benchmark files — to check
// that a speed-up changes nothing that is found (compare two runs' files with `diff`). Holds
// counts, risks and masked evidence only, never a raw value.
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { scan } from '../../electron/engine/scan.js';
import type { ScanReport } from '../../shared/types.js';
import { corpusSellerIdentity, generateCorpus, LABELS_FILE } from '../fixtures/corpus/index.js';
import { generateHeldOutCorpus, heldOutSellerIdentity } from '../fixtures/held-out-corpus/index.js';
import { writeOrderCsv, writeOrderXlsx } from './big-files.js';

function fingerprint(dir: string, report: ScanReport): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of report.files) {
    out[relative(dir, f.path)] = {
      status: f.status,
      reason: f.reason,
      format: f.format,
      findings: f.findings,
      records: f.records,
      risk: f.risk,
      evidence: f.evidence.map((e) => `${e.category} ${e.masked} ${e.confidence} ${JSON.stringify(e.where)}`),
    };
  }
  return out;
}

async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target) throw new Error('usage: findings-fingerprint.ts OUT.json');
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'cda-fingerprint-')));
  const all: Record<string, unknown> = {};
  try {
    const corpus = join(dir, 'corpus');
    await generateCorpus(corpus, { seed: 20260101, scale: 1 });
    all.corpus = fingerprint(corpus, await scan({ roots: [corpus], exclude: [LABELS_FILE], identity: corpusSellerIdentity(20260101) }));
    const heldOut = join(dir, 'held-out');
    await generateHeldOutCorpus(heldOut, { seed: 7101 });
    all.heldOut = fingerprint(heldOut, await scan({ roots: [heldOut], identity: heldOutSellerIdentity(7101) }));
    const tree = join(dir, 'tree');
    await generateCorpus(tree, { seed: 7, scale: 3 });
    all.tree = fingerprint(tree, await scan({ roots: [tree] }));
    const big = join(dir, 'big');
    await mkdir(big);
    writeOrderXlsx(join(big, 'orders.xlsx'), 5000);
    await writeOrderCsv(join(big, 'orders.csv'), 8 * 1024 * 1024);
    all.big = fingerprint(big, await scan({ roots: [join(big, 'orders.xlsx'), join(big, 'orders.csv')] }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await writeFile(target, JSON.stringify(all, null, 1));
  console.log(`wrote ${target}`);
}

await main();
