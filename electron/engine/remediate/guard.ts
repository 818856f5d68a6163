// The checks before any file is changed: it lies inside a chosen root by its real path, no
// symlink sits between the root and the file, it is one regular file (not a second name of a
// file elsewhere), and its bytes are still the ones scanned. The file is opened without following
// links and hashed through that same descriptor, so what was checked is what gets changed.
import { createHash } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { access, lstat, open, realpath, type FileHandle } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { errnoCode } from '../errno.js';
import { refuse, refusalFromError, type Refusal } from './refusal.js';

export interface GuardRequest {
  path: string;
  /** The chosen roots: nothing outside them is touched. */
  roots: readonly string[];
  /** The SHA-256 the scan saw; without it the content is not compared (a file named on the command line). */
  sha256?: string;
  /** 'write' opens the file for overwriting and checks that its folder lets it be renamed and removed. */
  mode: 'write' | 'read';
  /** Keep the whole content in memory (redaction and archiving need it). */
  keepBytes?: boolean;
}

export interface GuardedFile {
  ok: true;
  /** The absolute, normalized path that was checked. */
  path: string;
  root: string;
  handle: FileHandle;
  stat: Stats;
  sha256: string;
  bytes?: Buffer;
}

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const HASH_CHUNK = 1024 * 1024;
/** Redaction and archiving hold the whole file in memory; above this they are refused, not attempted. */
export const MAX_IN_MEMORY_BYTES = 512 * 1024 * 1024;

/** Runs every check; on success the caller owns `handle` and must close it. */
export async function guardFile(request: GuardRequest): Promise<GuardedFile | Refusal> {
  const placed = await checkPlace(request.path, request.roots);
  if (!placed.ok) return placed;
  const { path, root } = placed;

  let before: Stats;
  try {
    before = await lstat(path);
  } catch (error) {
    return refusalFromError(error, false);
  }
  const kind = checkKind(before);
  if (kind) return kind;

  let handle: FileHandle;
  try {
    handle = await open(path, (request.mode === 'write' ? constants.O_RDWR : constants.O_RDONLY) | NOFOLLOW);
  } catch (error) {
    return refusalFromError(error, request.mode === 'write');
  }
  try {
    const stat = await handle.stat();
    // Swapped between the look and the open (a race, or a file replaced by another): not ours to touch.
    if (stat.dev !== before.dev || stat.ino !== before.ino || !stat.isFile()) {
      await handle.close();
      return refuse('changed-since-scan', 'The file was replaced while it was being checked. Nothing was done to it.');
    }
    if (request.mode === 'write') {
      const folder = await checkFolderAllowsRemoval(path, stat);
      if (folder) {
        await handle.close();
        return folder;
      }
    }
    if (request.keepBytes === true && stat.size > MAX_IN_MEMORY_BYTES) {
      await handle.close();
      return refuse('too-large', 'The file is too large to rewrite or archive here (over 512 MB). Delete it, or keep it with a reason. Nothing was done to it.');
    }
    const { sha256, bytes } = await hashHandle(handle, stat.size, request.keepBytes === true);
    if (request.sha256 !== undefined && sha256 !== request.sha256) {
      await handle.close();
      return refuse('changed-since-scan', 'The file has changed since the scan (its content is different). Scan again before removing it.');
    }
    return { ok: true, path, root, handle, stat, sha256, ...(bytes ? { bytes } : {}) };
  } catch (error) {
    await handle.close().catch(() => undefined);
    return refusalFromError(error, false);
  }
}

/**
 * The file's place: inside a root lexically and by real path, with no symlink between the root
 * and the file. A path whose `..` passes through a symlink means something else to the kernel
 * than on paper, so both readings must agree.
 */
export async function checkPlace(given: string, roots: readonly string[]): Promise<{ ok: true; path: string; root: string } | Refusal> {
  const path = resolve(given);
  // `a/link/../b` means `b` beside the link's target to the kernel, not `a/b`: both must agree.
  if (given.split(/[\\/]/).includes('..')) {
    const kernel = await realpath(dirname(given)).catch(() => undefined);
    const paper = await realpath(dirname(path)).catch(() => undefined);
    if (kernel !== undefined && kernel !== paper) {
      return refuse('symlink', 'The path goes back up (..) through a shortcut (symbolic link), so it does not lead where it seems. Nothing was done.');
    }
  }
  const root = roots
    .map((r) => resolve(r))
    .filter((r) => isInside(r, path))
    .sort((a, b) => b.length - a.length)[0];
  if (root === undefined) return refuse('outside-roots', 'The file is outside the folders chosen for this scan, so it is not touched.');

  let rootStat: Stats;
  try {
    rootStat = await lstat(root);
  } catch (error) {
    return refuse('root-unusable', `The chosen folder cannot be checked (${errnoCode(error) ?? 'error'}), so nothing inside it is touched.`);
  }
  if (rootStat.isSymbolicLink()) return refuse('symlink', 'The chosen folder is a shortcut (symbolic link); choose the folder it points to. Nothing was done.');
  if (!rootStat.isDirectory()) return refuse('root-unusable', 'The chosen folder is not a folder, so nothing inside it is touched.');

  // Every folder between the root and the file: a real folder, never a link to somewhere else.
  const parent = dirname(path);
  let walked = root;
  for (const part of relative(root, parent).split(sep).filter(Boolean)) {
    walked = join(walked, part);
    try {
      const stat = await lstat(walked);
      if (stat.isSymbolicLink()) return refuse('symlink', 'A folder on the way to the file is a shortcut (symbolic link) that may lead outside the chosen folders. Nothing was done.');
      if (!stat.isDirectory()) return refuse('vanished', 'A folder on the way to the file is no longer a folder. Nothing was done.');
    } catch (error) {
      return refusalFromError(error, false);
    }
  }

  try {
    const realRoot = await realpath(root);
    const realParent = await realpath(parent);
    if (realParent !== join(realRoot, relative(root, parent))) {
      return refuse('outside-roots', 'The file\'s real location is outside the chosen folders. Nothing was done.');
    }
    if (given !== path && dirname(given) !== parent && (await realpath(dirname(given))) !== realParent) {
      return refuse('symlink', 'The path goes back up (..) through a shortcut (symbolic link), so it does not lead where it seems. Nothing was done.');
    }
  } catch (error) {
    return refusalFromError(error, false);
  }
  return { ok: true, path, root };
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel.length > 0 && !rel.startsWith('..') && !isAbsolute(rel);
}

function checkKind(stat: Stats): Refusal | undefined {
  if (stat.isSymbolicLink()) return refuse('symlink', 'This is a shortcut (symbolic link), not the file itself; it is not followed. Nothing was done.');
  if (stat.isDirectory()) return refuse('not-regular-file', 'This is a folder. Folders are never deleted, only files.');
  if (!stat.isFile()) return refuse('not-regular-file', 'This is not a regular file (a device, socket or pipe). Nothing was done.');
  // Overwriting a hard-linked file would change its other names too, which may lie outside the roots.
  if (stat.nlink > 1) return refuse('hard-linked', `This file has ${stat.nlink} names (hard links); overwriting it would change the others too, which may lie outside the chosen folders. Nothing was done.`);
  return undefined;
}

/** Renaming and removing need write access to the folder, and in a sticky folder (/tmp) ownership. */
async function checkFolderAllowsRemoval(path: string, stat: Stats): Promise<Refusal | undefined> {
  const folder = dirname(path);
  try {
    await access(folder, constants.W_OK | constants.X_OK);
    if (process.platform !== 'win32' && typeof process.getuid === 'function') {
      const folderStat = await lstat(folder);
      const uid = process.getuid();
      if ((folderStat.mode & 0o1000) !== 0 /* sticky bit */ && uid !== 0 && stat.uid !== uid && folderStat.uid !== uid) {
        return refuse('folder-not-writable', 'The file is in a shared folder and belongs to another user, so it cannot be removed. Nothing was done.');
      }
    }
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      return refuse('folder-not-writable', 'The folder holding the file is read-only, so the file could not be removed afterwards. Nothing was done, to avoid leaving it half-deleted.');
    }
    return refusalFromError(error, false);
  }
  return undefined;
}

async function hashHandle(handle: FileHandle, size: number, keep: boolean): Promise<{ sha256: string; bytes?: Buffer }> {
  const hash = createHash('sha256');
  if (keep) {
    const bytes = Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(bytes, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    const data = offset === size ? bytes : bytes.subarray(0, offset);
    return { sha256: hash.update(data).digest('hex'), bytes: data };
  }
  const chunk = Buffer.allocUnsafe(Math.min(HASH_CHUNK, Math.max(size, 1)));
  for (let position = 0; ; ) {
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
    if (bytesRead === 0) break;
    hash.update(chunk.subarray(0, bytesRead));
    position += bytesRead;
  }
  return { sha256: hash.digest('hex') };
}
