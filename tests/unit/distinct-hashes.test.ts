// Distinct counting by hash must count as a Set of the strings does, through growth and merging.
import { describe, expect, it } from 'vitest';
import { DistinctHashes } from '../../electron/engine/distinct-hashes.js';

function values(n: number, seed: number): string[] {
  const out: string[] = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    // Short, similar strings (one character apart) and repeats, as in a column of emails.
    out.push(i % 5 === 0 ? `repeat-${x % 50}@example.com` : `buyer.${x % 200_000}@example.com`);
  }
  return out;
}

describe('DistinctHashes', () => {
  it('counts what a Set counts, and says which values are new', () => {
    const set = new Set<string>();
    const hashes = new DistinctHashes();
    for (const v of values(100_000, 7)) {
      const wasNew = !set.has(v);
      set.add(v);
      expect(hashes.add(v)).toBe(wasNew);
    }
    expect(hashes.size).toBe(set.size);
    expect(hashes.add('')).toBe(true);
    expect(hashes.add('')).toBe(false);
  });

  it('merges: the union of two parts counts as one set of both', () => {
    const a = values(30_000, 1);
    const b = values(30_000, 2);
    const left = new DistinctHashes();
    const right = new DistinctHashes();
    for (const v of a) left.add(v);
    for (const v of b) right.add(v);
    // As a shard's table crosses to the scan: adopted as it is, then the next part's pairs added.
    const union = DistinctHashes.adopt(structuredClone(left.exportTable()));
    right.forEachPair((x, y) => union.addPair(x, y));
    expect(union.size).toBe(new Set([...a, ...b]).size);
    expect(left.size).toBe(new Set(a).size);
    const probe = new DistinctHashes();
    probe.add(b[3]!);
    const [x, y] = probe.lastPair();
    expect(left.hasPair(x, y)).toBe(a.includes(b[3]!));
    expect(union.hasPair(x, y)).toBe(true);
  });
});
