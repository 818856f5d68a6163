// .zip archives: judged by the zip guard from the central directory (entry count, declared size,
// ratio) before anything is expanded; then each candidate file inside is expanded under its
// declared size and handed back as an entry for the caller to read (and to recurse into, when it
// is an archive itself, up to maxArchiveDepth). Nothing is written to disk.
import type { ArchiveEntry, ReadContext, ReadNote, ReadOutcome } from '../content.js';
import { isCandidateName } from './detect.js';
import {
  checkZipLimits,
  expansionMessage,
  extractEntry,
  listZip,
  ZipCorruptError,
  ZipExpansionError,
  type ZipListing,
} from './zip-guard.js';

export function readArchive(data: Uint8Array, ctx: ReadContext): ReadOutcome {
  const corrupt: ReadOutcome = { ok: false, reason: 'corrupt', message: 'This archive could not be opened: it is damaged or incomplete.' };
  let listing: ZipListing;
  try {
    listing = listZip(data);
  } catch {
    return corrupt;
  }
  const verdict = checkZipLimits(listing, ctx.limits, data.length, 'archive');
  if (!verdict.ok) return verdict;

  const files = listing.entries.filter((e) => !e.isDirectory && !e.isSymlink);
  if (files.length > 0 && files.every((e) => e.encrypted)) {
    return { ok: false, reason: 'encrypted', message: 'This archive is password-protected, so the files in it could not be read.' };
  }

  const entries: ArchiveEntry[] = [];
  const notes: ReadNote[] = [];
  const taken = new Set<string>();
  for (const file of files) {
    const name = uniqueName(safeEntryName(file.name), taken);
    if (!isCandidateName(name)) continue;
    if (file.encrypted) {
      notes.push({ path: name, reason: 'encrypted', message: 'This file in the archive is password-protected, so it could not be read.' });
      continue;
    }
    try {
      entries.push({ name, data: extractEntry(data, file), mtimeMs: file.mtimeMs });
    } catch (error) {
      // A lying size is a bomb: the whole archive is refused, as if its index had told the truth.
      if (error instanceof ZipExpansionError) return { ok: false, reason: 'too-large', message: expansionMessage('archive') };
      if (error instanceof ZipCorruptError) notes.push({ path: name, reason: 'corrupt', message: 'This file in the archive is damaged and could not be expanded.' });
      else notes.push({ path: name, reason: 'unsupported', message: 'This file in the archive uses a compression method the scan does not read.' });
    }
  }
  return { ok: true, content: [], entries, ...(notes.length > 0 ? { notes } : {}) };
}

/**
 * A name safe to show and to join under the archive's path: forward slashes, no drive letter, no
 * leading slash, no `.` or `..` segments, no control characters.
 */
export function safeEntryName(raw: string): string {
  const segments = raw
    .replace(/\\/g, '/')
    .replace(/^[a-zA-Z]:/, '')
    .split('/')
    .map((s) => s.replace(/[\u0000-\u001f\u007f]/g, '').trim())
    .filter((s) => s.length > 0 && s !== '.' && s !== '..');
  return segments.length > 0 ? segments.join('/') : 'unnamed';
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  // The number goes before the extension, which still decides how the entry is read.
  const dot = name.lastIndexOf('.');
  const slash = name.lastIndexOf('/');
  for (let n = 2; taken.has(candidate); n++) {
    candidate = dot > slash + 1 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
  }
  taken.add(candidate);
  return candidate;
}
