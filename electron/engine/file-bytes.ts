// Reading a file's bytes for inspection, shared by the whole-file read (a worker) and the shard
// read (the scan's own thread, which must stay light): opened without following a link, read in
// full, and checked against a stat taken before.
import { constants, type Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

/** O_NOFOLLOW: a file swapped for a symlink between the walk and the read is refused, not followed. */
export const READ_NO_FOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

/** Fills `into` from the start of the file; returns how many bytes were read (fewer if it shrank). */
export async function readInto(handle: FileHandle, into: Uint8Array): Promise<number> {
  let offset = 0;
  while (offset < into.length) {
    const { bytesRead } = await handle.read(into, offset, into.length - offset, offset);
    if (bytesRead === 0) break;
    offset += bytesRead;
  }
  return offset;
}

/** The file was written to between two stats. */
export function changedBetween(a: Stats, b: Stats): boolean {
  return a.size !== b.size || a.mtimeMs !== b.mtimeMs;
}
