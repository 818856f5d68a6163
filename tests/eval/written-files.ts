// Which files appeared or changed under some folders while a scan ran: a snapshot of paths with
// size and mtime before, compared with the folders after. Unreadable folders are skipped (other
// users' temporary files), symlinks are not followed.
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';

export type Snapshot = Map<string, string>;

async function walk(dir: string, into: Snapshot, depth: number): Promise<void> {
  if (depth > 12) return;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, into, depth + 1);
    else if (e.isFile()) {
      try {
        const s = await lstat(path);
        into.set(path, `${s.size}:${s.mtimeMs}`);
      } catch {
        // Vanished between readdir and lstat: someone else's temporary file.
      }
    }
  }
}

export async function snapshot(roots: string[]): Promise<Snapshot> {
  const s: Snapshot = new Map();
  for (const r of roots) await walk(r, s, 0);
  return s;
}

export async function writtenSince(before: Snapshot, roots: string[]): Promise<string[]> {
  const after = await snapshot(roots);
  return [...after].filter(([path, stamp]) => before.get(path) !== stamp).map(([path]) => path);
}
