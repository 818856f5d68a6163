// The retention archive folder: containers written beside each other, listed from their clear
// headers, opened again to a chosen folder, or destroyed (securely deleted) once their date has
// passed. Nothing here ever writes a file's content in the clear except extract, on request.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { maskPath } from '../../../shared/mask.js';
import { guardFile } from './guard.js';
import { refuse, type Refusal } from './refusal.js';
import { isPastDate } from './retention.js';
import { CONTAINER_EXT, openContainer, readContainerHeader, sealContainer, type ArchiveKey, type ArchivedFile, type ContainerHeader, type SealInput } from './archive-container.js';
import { secureDelete } from './secure-delete.js';

export interface ArchiveEntry extends Omit<ContainerHeader, 'kdf' | 'iv'> {
  /** The container's file name in the archive folder. */
  file: string;
  locked: 'passphrase' | 'key';
  /** The retention date has passed: it may be destroyed. */
  expired: boolean;
}

/** Writes a new container; never replaces an existing file. Returns its absolute path. */
export async function storeInArchive(dir: string, header: Omit<SealInput, 'id'>, file: ArchivedFile, key: ArchiveKey): Promise<{ path: string; id: string }> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const id = randomBytes(12).toString('hex');
  const path = join(dir, `${id}${CONTAINER_EXT}`);
  const data = sealContainer({ ...header, id }, file, key);
  const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  // The container must open again before the original may go.
  const check = openContainer(await readFile(path), key);
  if (!check.ok || !check.file.bytes.equals(file.bytes)) throw Object.assign(new Error('The archive container did not read back.'), { code: 'EIO' });
  return { path, id };
}

export async function listArchive(dir: string, now: Date = new Date()): Promise<ArchiveEntry[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(CONTAINER_EXT)).sort();
  } catch {
    return [];
  }
  const entries: ArchiveEntry[] = [];
  for (const name of names) {
    // The header is at the start: a small read is enough.
    const head = await readHead(join(dir, name));
    const read = head ? readContainerHeader(head) : undefined;
    if (!read) continue;
    const { kdf, iv: _iv, ...rest } = read.header;
    entries.push({ ...rest, file: name, locked: kdf.name === 'scrypt' ? 'passphrase' : 'key', expired: rest.until !== undefined && isPastDate(rest.until, now) });
  }
  return entries;
}

async function readHead(path: string): Promise<Buffer | undefined> {
  try {
    const handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    try {
      const buffer = Buffer.alloc(8192);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

function containerPath(dir: string, id: string): string | undefined {
  return /^[0-9a-f]{16,64}$/.test(id) ? join(dir, `${id}${CONTAINER_EXT}`) : undefined;
}

/** Decrypts one container into `to` under its original name (never over an existing file). */
export async function extractFromArchive(dir: string, id: string, key: ArchiveKey, to: string): Promise<{ ok: true; path: string; maskedPath: string } | Refusal> {
  const path = containerPath(dir, id);
  if (!path) return refuse('not-in-scan', 'No archived file has this id.');
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch {
    return refuse('vanished', 'No archived file has this id.');
  }
  const opened = openContainer(data, key);
  if (!opened.ok) return refuse('archive-failed', opened.message);
  await mkdir(to, { recursive: true });
  const name = basename(opened.file.path.replace(/\\/g, '/')) || `${id}.bin`;
  for (let n = 0; n < 100; n++) {
    const target = join(to, n === 0 ? name : `${n}-${name}`);
    try {
      const handle = await open(target, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
      try {
        await handle.writeFile(opened.file.bytes);
      } finally {
        await handle.close();
      }
      return { ok: true, path: target, maskedPath: maskPath(target) };
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') return refuse('archive-failed', 'The file could not be written to that folder.');
    }
  }
  return refuse('archive-failed', 'The folder already holds files of that name.');
}

/** Securely deletes a container whose date has passed (or any, with `force`). */
export async function destroyInArchive(dir: string, id: string, options: { force?: boolean; now?: Date } = {}): Promise<{ ok: true; method: string } | Refusal> {
  const path = containerPath(dir, id);
  if (!path) return refuse('not-in-scan', 'No archived file has this id.');
  const entry = (await listArchive(dir, options.now)).find((e) => e.id === id);
  if (!entry) return refuse('vanished', 'No archived file has this id.');
  if (!entry.expired && !options.force) {
    return refuse('retention-not-ended', entry.until ? `It must be kept until ${entry.until}; it can be destroyed after that date.` : 'It has no end date; destroy it only when you are sure (--force).');
  }
  const guarded = await guardFile({ path, roots: [dir], mode: 'write' });
  if (!guarded.ok) return guarded;
  const deleted = await secureDelete(guarded);
  return deleted.ok ? { ok: true, method: deleted.method } : refuse(deleted.code ?? 'io-error', deleted.message ?? 'The container could not be destroyed.');
}
