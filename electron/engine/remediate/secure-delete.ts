// Secure deletion of one guarded file: overwrite its bytes with random data (one pass by default,
// NIST SP 800-88 'clear'), flush, truncate, rename to a random name in the same folder, unlink,
// flush the folder. Every step is reported. A failure never leaves the file lost: before the
// rename it is still at its own name; after it, it is renamed back or its new name is reported.
import { randomBytes, randomFillSync } from 'node:crypto';
import { lstat, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ActionStep } from '../../../shared/remediation.js';
import { errnoCode } from '../errno.js';
import type { GuardedFile } from './guard.js';
import type { RefusalCode } from './refusal.js';

export interface SecureDeleteOptions {
  /** Overwrite passes, 1 to 7. */
  passes?: number;
  /** Called after each step, e.g. to show progress (or, in tests, to look at the file between steps). */
  onStep?: (step: ActionStep) => void | Promise<void>;
}

export interface SecureDeleteResult {
  ok: boolean;
  steps: ActionStep[];
  /** 'overwrite-1-pass,fsync,truncate,rename,unlink,fsync-folder' */
  method: string;
  code?: RefusalCode;
  message?: string;
  /** Where the file is now when a failure left it under its random name. */
  leftAt?: string;
}

const CHUNK = 1024 * 1024;

/** Deletes the guarded file and closes its handle, whatever happens. */
export async function secureDelete(file: GuardedFile, options: SecureDeleteOptions = {}): Promise<SecureDeleteResult> {
  const passes = Math.min(7, Math.max(1, Math.floor(options.passes ?? 1)));
  const steps: ActionStep[] = [];
  const record = async (step: string, result: ActionStep['result'], error?: unknown): Promise<void> => {
    const entry: ActionStep = { step, result, ...(error !== undefined ? { code: errnoCode(error) ?? 'error' } : {}) };
    steps.push(entry);
    await options.onStep?.(entry);
  };
  const method = () => steps.filter((s) => s.result === 'done').map((s) => s.step).join(',');
  const fail = (code: RefusalCode, message: string, leftAt?: string): SecureDeleteResult => ({ ok: false, steps, method: method(), code, message, ...(leftAt ? { leftAt } : {}) });

  const { handle, path } = file;
  const folder = dirname(path);
  let closed = false;
  const close = async () => {
    if (!closed) {
      closed = true;
      await handle.close().catch(() => undefined);
    }
  };

  try {
    const size = file.stat.size;
    for (let pass = 1; pass <= passes; pass++) {
      const step = `overwrite-pass-${pass}`;
      try {
        await overwrite(handle, size);
        await record(step, 'done');
      } catch (error) {
        await record(step, 'failed', error);
        return fail(
          codeOf(error) === 'locked' ? 'locked' : 'io-error',
          `Overwriting failed (${errnoCode(error) ?? 'error'}); the file is still in its place, possibly partly overwritten. Delete it again or check the disk.`,
        );
      }
      try {
        await handle.sync();
        await record(`fsync-pass-${pass}`, 'done');
      } catch (error) {
        await record(`fsync-pass-${pass}`, 'failed', error);
        return fail('io-error', 'The disk did not confirm the overwrite (flush failed); the file is still in its place.');
      }
    }
    try {
      await handle.truncate(0);
      await handle.sync();
      await record('truncate', 'done');
    } catch (error) {
      await record('truncate', 'failed', error);
      return fail('io-error', 'The file was overwritten but could not be emptied; it is still in its place.');
    }

    // A random name hides the original name from the folder's directory entries once it is gone.
    const temporary = join(folder, await freeRandomName(folder));
    try {
      await rename(path, temporary);
      await record('rename', 'done');
    } catch (error) {
      await record('rename', 'failed', error);
      return fail(codeOf(error), 'The file was overwritten and emptied but could not be renamed or removed; it is still in its place, empty.');
    }
    // The name we renamed must still be our file: anything else is put back untouched.
    const renamed = await lstat(temporary).catch(() => undefined);
    if (!renamed || renamed.ino !== file.stat.ino || renamed.dev !== file.stat.dev) {
      await rename(temporary, path).catch(() => undefined);
      await record('unlink', 'skipped');
      return fail('changed-since-scan', 'The file was replaced by another one during deletion; the other file was put back and not removed.');
    }
    try {
      await unlink(temporary);
      await record('unlink', 'done');
    } catch (error) {
      await record('unlink', 'failed', error);
      try {
        await rename(temporary, path);
        await record('rename-back', 'done');
        return fail(codeOf(error), 'The file was overwritten and emptied but could not be removed; it is back under its own name, empty.');
      } catch (again) {
        await record('rename-back', 'failed', again);
        return fail(codeOf(error), `The file was overwritten and emptied but could not be removed; it is left in the same folder as ${basename(temporary)}.`, temporary);
      }
    }
    await close();
    const synced = await syncFolder(folder);
    await record('fsync-folder', synced ? 'done' : 'skipped');
    const summary = [`overwrite-${passes}-pass`, 'fsync', 'truncate', 'rename', 'unlink', ...(synced ? ['fsync-folder'] : [])];
    return { ok: true, steps, method: summary.join(',') };
  } finally {
    await close();
  }
}

async function overwrite(handle: FileHandle, size: number): Promise<void> {
  const buffer = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(size, 1)));
  for (let position = 0; position < size; ) {
    const length = Math.min(buffer.length, size - position);
    randomFillSync(buffer, 0, length);
    let written = 0;
    while (written < length) {
      const { bytesWritten } = await handle.write(buffer, written, length - written, position + written);
      if (bytesWritten === 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
      written += bytesWritten;
    }
    position += length;
  }
}

async function freeRandomName(folder: string): Promise<string> {
  for (;;) {
    const name = `.cda-${randomBytes(12).toString('hex')}`;
    const taken = await lstat(join(folder, name)).then(() => true, () => false);
    if (!taken) return name;
  }
}

/** Makes the removal itself durable. Windows cannot open a folder for flushing; that is reported as skipped. */
async function syncFolder(folder: string): Promise<boolean> {
  if (process.platform === 'win32') return false;
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
      return true;
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

function codeOf(error: unknown): RefusalCode {
  const code = errnoCode(error);
  if (code === 'EBUSY' || code === 'ETXTBSY') return 'locked';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'folder-not-writable';
  return 'io-error';
}
