// The retention archive in the app (shared/api-remediation.ts): list what is archived (masked
// names only), check which files a passphrase opens, extract one file into a folder the seller
// chose, destroy files whose end date has passed (typed confirmation; never before the date —
// only the command line's --force can do that), and the end-date reminders.
import { readFile, realpath, stat } from 'node:fs/promises';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { isAbsolute, join, relative } from 'node:path';
import { destroyConfirmationPhrase, type ArchiveDestroyResult, type ArchiveListEntry, type Reminders } from '../../shared/api-remediation.js';
import { isPastDate } from '../../shared/remediation.js';
import { destroyInArchive, extractFromArchive, listArchive, type ArchiveEntry, type ArchiveKey } from '../engine/remediate/index.js';
// Checking a passphrase means opening a container; the engine's index exposes no such call.
import { openContainer } from '../engine/remediate/archive-container.js';
import { ApiFailure } from './api-failure.js';
import type { DomainHandlers, HandlerDeps } from './handler-types.js';
import { dueReminders, keptFiles, readLaterDates, saveLaterDate } from './remediation-reminders.js';

export type ArchiveCalls = 'listArchive' | 'unlockArchive' | 'extractFromArchive' | 'destroyArchived' | 'listReminders' | 'extendReminder';

/** Where the app keeps its archive (the same folder the Clean up screen archives into). */
export function archiveDir(userDataDir: string): string {
  return join(userDataDir, 'retention-archive');
}

export interface ArchiveHandlerOptions {
  /** Today, for end dates; tests set it. */
  now?: () => Date;
}

export function createArchiveHandlers(deps: Pick<HandlerDeps, 'userDataDir' | 'archiveKey'>, options: ArchiveHandlerOptions = {}): DomainHandlers<ArchiveCalls> {
  const dir = archiveDir(deps.userDataDir);
  const now = options.now ?? (() => new Date());

  const entryOf = async (id: string): Promise<ArchiveEntry> => {
    const entry = (await listArchive(dir, now())).find((e) => e.id === id);
    if (!entry) throw new ApiFailure('not-found', 'That file is no longer in the archive.');
    return entry;
  };

  const appKey = async (): Promise<ArchiveKey> => {
    if (!deps.archiveKey) throw new ApiFailure('not-allowed', "This file was locked with the app's own key on another computer or installation, so it cannot be opened here.");
    try {
      return { key: await deps.archiveKey.key() };
    } catch {
      throw new ApiFailure('failed', "The app's archive key could not be opened.");
    }
  };

  const keyFor = async (entry: ArchiveEntry, passphrase: string | undefined): Promise<ArchiveKey> => {
    if (entry.locked === 'key') return appKey();
    if (!passphrase) throw new ApiFailure('invalid-input', 'This file was locked with a passphrase: type it to open the file.');
    return { passphrase };
  };

  const reminders = async (): Promise<Reminders> => {
    const [kept, archived, later] = await Promise.all([keptFiles(deps.userDataDir), listArchive(dir, now()), readLaterDates(deps.userDataDir)]);
    return { due: dueReminders(kept, archived, later, now()) };
  };

  return {
    listArchive: async () => {
      const [entries, later] = await Promise.all([listArchive(dir, now()), readLaterDates(deps.userDataDir)]);
      return { entries: entries.map((e) => listEntry(e, later[e.id])), appKey: deps.archiveKey !== undefined, folder: dir };
    },

    unlockArchive: async ({ passphrase }) => {
      if (!passphrase && !deps.archiveKey) throw new ApiFailure('invalid-input', 'Type the archive passphrase to open the archive.');
      const key: ArchiveKey = passphrase ? { passphrase } : await appKey();
      const opens: string[] = [];
      for (const entry of await listArchive(dir, now())) {
        if ((entry.locked === 'passphrase') !== 'passphrase' in key) continue;
        try {
          if (openContainer(await readFile(join(dir, entry.file)), key).ok) opens.push(entry.id);
        } catch {
          // unreadable container: not opened
        }
        // Each passphrase check costs about 100 ms of key stretching: let other work through between them.
        await yieldToEvents();
      }
      return { opens };
    },

    extractFromArchive: async ({ id, to, passphrase }) => {
      if (!isAbsolute(to)) throw new ApiFailure('invalid-input', 'Type the full path of a folder, for example /Users/you/Documents or C:\\Users\\you\\Documents.');
      const folder = await stat(to).catch(() => undefined);
      if (!folder) throw new ApiFailure('invalid-input', 'That folder does not exist. Choose a folder that is already there.');
      if (!folder.isDirectory()) throw new ApiFailure('invalid-input', 'That is a file, not a folder. Choose a folder to put the file in.');
      // A copy in the clear never lands among the app's own files (settings, keys, the archive).
      if (await inside(to, deps.userDataDir)) throw new ApiFailure('invalid-input', "That folder belongs to the app itself. Choose one of your own folders.");
      const entry = await entryOf(id);
      const result = await extractFromArchive(dir, id, await keyFor(entry, passphrase), to);
      if (!result.ok) throw new ApiFailure(result.code === 'archive-failed' && /wrong/.test(result.message) ? 'not-allowed' : 'failed', result.message);
      return { path: result.path, maskedPath: result.maskedPath };
    },

    destroyArchived: async ({ ids, confirmation }) => {
      const unique = [...new Set(ids)];
      const phrase = destroyConfirmationPhrase(unique.length);
      if (confirmation.trim().toUpperCase() !== phrase) throw new ApiFailure('invalid-input', `To destroy, type ${phrase} exactly.`);
      const entries = new Map((await listArchive(dir, now())).map((e) => [e.id, e]));
      // All or nothing on the date: a file still within its retention period stops the whole request.
      for (const id of unique) {
        const entry = entries.get(id);
        if (!entry) throw new ApiFailure('not-found', 'A file asked for is no longer in the archive.');
        if (!entry.expired) throw new ApiFailure('not-allowed', entry.until ? `A file must be kept until ${entry.until}; it can be destroyed after that date.` : 'A file has no end date, so the app does not destroy it.');
      }
      const results: ArchiveDestroyResult[] = [];
      for (const id of unique) {
        const done = await destroyInArchive(dir, id, { now: now() });
        results.push(done.ok ? { id, ok: true, method: done.method } : { id, ok: false, reasonCode: done.code, message: done.message });
      }
      return { results };
    },

    listReminders: async () => reminders(),

    extendReminder: async ({ kind, ref, until }) => {
      const today = now();
      if (isPastDate(until, today) || until === today.toISOString().slice(0, 10)) throw new ApiFailure('invalid-input', 'Choose a date after today.');
      const known =
        kind === 'kept'
          ? (await keptFiles(deps.userDataDir)).some((k) => k.sha256 === ref)
          : (await listArchive(dir, today)).some((e) => e.id === ref && e.until !== undefined);
      if (!known) throw new ApiFailure('not-found', 'There is no reminder for that file any more.');
      await saveLaterDate(deps.userDataDir, ref, until);
      return reminders();
    },
  };
}

/** Whether `path` is `folder` or lies inside it, by real paths. */
async function inside(path: string, folder: string): Promise<boolean> {
  const [real, base] = await Promise.all([realpath(path).catch(() => path), realpath(folder).catch(() => folder)]);
  const rel = relative(base, real);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function listEntry(entry: ArchiveEntry, later: string | undefined): ArchiveListEntry {
  return {
    id: entry.id,
    maskedPath: entry.maskedPath,
    sha256: entry.sha256,
    size: entry.size,
    createdAt: entry.createdAt,
    ...(entry.reason ? { reason: entry.reason } : {}),
    ...(entry.until ? { until: entry.until } : {}),
    expired: entry.expired,
    locked: entry.locked,
    ...(later && entry.until && later > entry.until ? { remindOn: later } : {}),
  };
}
