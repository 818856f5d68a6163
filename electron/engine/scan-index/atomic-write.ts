// Writes a file so that a crash leaves either the old or the new content, never half of one:
// a temporary file beside it, flushed to disk, then renamed over the old one.
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export async function writeFileAtomic(file: string, data: string | Uint8Array, mode = 0o600): Promise<void> {
  const temp = join(dirname(file), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  // The rename itself survives a power cut only once the folder is flushed (not possible on Windows).
  if (process.platform !== 'win32') {
    const folder = await open(dirname(file), 'r').catch(() => undefined);
    await folder?.sync().catch(() => undefined);
    await folder?.close().catch(() => undefined);
  }
}
