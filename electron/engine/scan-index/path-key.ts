// Paths are never written to the index: each is replaced by a keyed hash (HMAC-SHA-256) under a
// random salt kept beside the index, so the file alone does not tell which names a disk holds,
// and a dictionary of likely paths cannot be tried against it without the salt.
import { createHmac, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';

export const SALT_FILE = 'path-salt';
const SALT_BYTES = 32;

export type PathKey = (path: string) => string;

/** The installation's salt: read, or made once when missing or unreadable (the index then starts empty). */
export async function loadSalt(dir: string): Promise<{ salt: Buffer; fresh: boolean }> {
  const file = join(dir, SALT_FILE);
  try {
    const text = (await readFile(file, 'utf8')).trim();
    if (/^[0-9a-f]{64}$/.test(text)) return { salt: Buffer.from(text, 'hex'), fresh: false };
  } catch {
    // missing: made below
  }
  const salt = randomBytes(SALT_BYTES);
  await writeFileAtomic(file, salt.toString('hex') + '\n');
  return { salt, fresh: true };
}

export function pathKey(salt: Buffer): PathKey {
  // 128 bits of the HMAC are ample to tell a disk's files apart and keep the index small.
  return (path) => createHmac('sha256', salt).update(path, 'utf8').digest('hex').slice(0, 32);
}
