// Redaction and archiving read the whole file into memory: a file above the limit is refused with
// a reason before anything is read or changed (a sparse file stands in for a huge one).
import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardFile, MAX_IN_MEMORY_BYTES } from '../../electron/engine/remediate/guard.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

describe('in-memory size limit', () => {
  let dir: string;
  let huge: string;
  beforeAll(async () => {
    dir = await makeTempDir('cda-size-limit-');
    huge = join(dir, 'huge-orders.csv');
    const handle = await open(huge, 'w');
    await handle.truncate(MAX_IN_MEMORY_BYTES + 1);
    await handle.close();
  });
  afterAll(() => removeTempDir(dir));

  it('refuses to load a file above the limit for rewriting, and leaves it as it was', async () => {
    const result = await guardFile({ path: huge, roots: [dir], mode: 'write', keepBytes: true });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('too-large');
      expect(result.message).toMatch(/too large/);
    }
    expect((await stat(huge)).size).toBe(MAX_IN_MEMORY_BYTES + 1);
  });

  it('still checks the same file for deletion, which streams', async () => {
    const result = await guardFile({ path: huge, roots: [dir], mode: 'write' });
    expect(result.ok).toBe(true);
    if (result.ok) await result.handle.close();
  });
});
