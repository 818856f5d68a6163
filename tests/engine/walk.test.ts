import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_EXCLUDES, walk, type WalkItem } from '../../electron/engine/walk.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

async function collect(roots: string[], excludes: readonly string[] = DEFAULT_EXCLUDES): Promise<WalkItem[]> {
  const items: WalkItem[] = [];
  for await (const item of walk(roots, { excludes })) items.push(item);
  return items;
}

describe('walk', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir();
  });
  afterEach(async () => {
    await removeTempDir(dir);
  });

  it('lists regular files, hidden ones and the Trash included, and skips tool folders', async () => {
    await mkdir(join(dir, 'Documents', 'deep', 'deeper'), { recursive: true });
    await mkdir(join(dir, '.local', 'share', 'Trash', 'files'), { recursive: true });
    await mkdir(join(dir, 'project', 'node_modules', 'pkg'), { recursive: true });
    await mkdir(join(dir, 'project', '.git'), { recursive: true });
    await writeFile(join(dir, 'Documents', 'a.csv'), 'x');
    await writeFile(join(dir, 'Documents', 'deep', 'deeper', 'b.txt'), 'x');
    await writeFile(join(dir, '.hidden.csv'), 'x');
    await writeFile(join(dir, '.local', 'share', 'Trash', 'files', 'orders.xlsx'), 'x');
    await writeFile(join(dir, 'project', 'node_modules', 'pkg', 'index.js'), 'x');
    await writeFile(join(dir, 'project', '.git', 'config'), 'x');

    const files = (await collect([dir])).filter((i) => i.kind === 'file').map((i) => i.path.slice(dir.length + 1)).sort();
    expect(files).toEqual(['.hidden.csv', '.local/share/Trash/files/orders.xlsx', 'Documents/a.csv', 'Documents/deep/deeper/b.txt']);
  });

  it('applies user exclusions by name and by root-relative glob', async () => {
    await mkdir(join(dir, 'keep'), { recursive: true });
    await mkdir(join(dir, 'skip-me'), { recursive: true });
    await writeFile(join(dir, 'keep', 'a.csv'), 'x');
    await writeFile(join(dir, 'keep', 'b.log'), 'x');
    await writeFile(join(dir, 'skip-me', 'c.csv'), 'x');
    const items = await collect([dir], [...DEFAULT_EXCLUDES, 'skip-me', '**/*.log']);
    expect(items.map((i) => i.path.slice(dir.length + 1))).toEqual(['keep/a.csv']);
  });

  it('reports symlinks without following them, so a symlink loop cannot trap the walk', async () => {
    await mkdir(join(dir, 'a'));
    await writeFile(join(dir, 'a', 'real.csv'), 'x');
    await symlink(dir, join(dir, 'a', 'loop'));
    await symlink(join(dir, 'a', 'real.csv'), join(dir, 'link.csv'));
    const items = await collect([dir]);
    const problems = items.filter((i) => i.kind === 'problem');
    expect(problems.map((p) => [p.path.slice(dir.length + 1), p.reason]).sort()).toEqual([
      ['a/loop', 'symlink'],
      ['link.csv', 'symlink'],
    ]);
    expect(items.filter((i) => i.kind === 'file')).toHaveLength(1);
  });

  it('reports a missing root instead of failing', async () => {
    const items = await collect([join(dir, 'nope')]);
    expect(items).toEqual([expect.objectContaining({ kind: 'problem', reason: 'vanished', isFolder: true })]);
  });

  it('reads a folder once when it is chosen twice or inside another chosen folder', async () => {
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'a.csv'), 'x');
    const items = await collect([join(dir, 'sub'), dir, dir + '/']);
    expect(items).toEqual([expect.objectContaining({ kind: 'file', path: join(dir, 'sub', 'a.csv') })]);
  });

  it('keeps names with spaces, newlines and non-Latin characters intact', async () => {
    const names = ['order list.csv', 'line\nbreak.csv', 'Заказы 客户.csv', 'émile.txt'];
    for (const name of names) await writeFile(join(dir, name), 'x');
    const found = (await collect([dir])).map((i) => i.path.slice(dir.length + 1)).sort();
    expect(found).toEqual([...names].sort());
  });
});
