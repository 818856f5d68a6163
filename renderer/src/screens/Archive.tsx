// The retention archive: files the seller must keep, locked with AES-256-GCM. Lists them by masked
// name with their legal basis and end date, unlocks them (the app's own key, or the passphrase
// typed for this visit only), opens a copy into a folder the seller picks, destroys those past
// their end date (typed confirmation), and shows end dates that have passed with a way to extend.
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { ArchiveListing, ArchiveListEntry, Reminder } from '../../../shared/api-remediation';
import { api } from '../api';
import { ArchiveDestroy } from '../components/ArchiveDestroy';
import { ArchiveList } from '../components/ArchiveList';
import { ArchiveReminders } from '../components/ArchiveReminders';
import { ArchiveUnlock } from '../components/ArchiveUnlock';
import { Notice } from '../components/Notice';
import { SCREEN_TITLE } from '../navigation';
import { messageOf } from '../scan-session';
import { count } from '../text/numbers';
import '../styles/archive.css';

type Outcome = { tone: 'success' | 'error'; title: string; text: string };

export function Archive() {
  const id = useId();
  const [listing, setListing] = useState<ArchiveListing>();
  const [due, setDue] = useState<Reminder[]>([]);
  const [loadProblem, setLoadProblem] = useState<string>();
  // The passphrase lives in this screen's memory only, for extracting; never stored.
  const [passphrase, setPassphrase] = useState<string>();
  const [unlocked, setUnlocked] = useState<ReadonlySet<string>>(new Set());
  const [unlocking, setUnlocking] = useState(false);
  const [unlockProblem, setUnlockProblem] = useState<string>();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [extracting, setExtracting] = useState<string>();
  const [destroying, setDestroying] = useState(false);
  const [destroyProblem, setDestroyProblem] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();

  const load = useCallback(async () => {
    try {
      const [list, reminders] = await Promise.all([api.listArchive(undefined), api.listReminders(undefined)]);
      setListing(list);
      setDue(reminders.due);
      // Only files still there and past their date stay ticked.
      setSelected((current) => new Set(list.entries.filter((e) => e.expired && current.has(e.id)).map((e) => e.id)));
      setLoadProblem(undefined);
    } catch (error) {
      setLoadProblem(messageOf(error));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const entries = listing?.entries ?? [];
  const passphraseLocked = entries.filter((e) => e.locked === 'passphrase');
  const keyLocked = entries.filter((e) => e.locked === 'key');
  const expired = entries.filter((e) => e.expired);
  const canOpen = useCallback((entry: ArchiveListEntry) => (entry.locked === 'key' ? listing?.appKey === true : unlocked.has(entry.id)), [listing, unlocked]);
  const sorted = useMemo(() => [...entries].sort((a, b) => Number(b.expired) - Number(a.expired) || (a.until ?? '9999').localeCompare(b.until ?? '9999')), [entries]);

  const unlock = async (typed: string) => {
    setUnlocking(true);
    setUnlockProblem(undefined);
    try {
      const { opens } = await api.unlockArchive({ passphrase: typed });
      if (opens.length === 0) {
        setUnlockProblem('That passphrase opens none of the archived files. Check it in your password manager and try again.');
      } else {
        setPassphrase(typed);
        setUnlocked((current) => new Set([...current, ...opens]));
      }
    } catch (error) {
      setUnlockProblem(messageOf(error));
    } finally {
      setUnlocking(false);
    }
  };

  const extract = async (entry: string, folder: string) => {
    const target = entries.find((e) => e.id === entry);
    const result = await api.extractFromArchive({ id: entry, to: folder, ...(target?.locked === 'passphrase' && passphrase ? { passphrase } : {}) });
    setExtracting(undefined);
    setOutcome({ tone: 'success', title: 'A copy was opened', text: `It is at ${result.path}. The archive keeps its locked copy; delete this one when you are done with it.` });
  };

  const destroy = async (confirmation: string) => {
    setDestroying(true);
    setDestroyProblem(undefined);
    try {
      const { results } = await api.destroyArchived({ ids: [...selected], confirmation });
      const done = results.filter((r) => r.ok).length;
      const failed = results.flatMap((r) => (r.ok ? [] : [r.message]));
      setOutcome(
        failed.length === 0
          ? { tone: 'success', title: `${count(done, 'file')} destroyed`, text: 'Their locked copies were overwritten and removed.' }
          : { tone: 'error', title: `${count(done, 'file')} destroyed, ${count(failed.length, 'file')} not`, text: [...new Set(failed)].join(' ') },
      );
      setSelected(new Set());
      await load();
    } catch (error) {
      setDestroyProblem(messageOf(error));
    } finally {
      setDestroying(false);
    }
  };

  const extend = async (reminder: Reminder, until: string) => {
    const reminders = await api.extendReminder({ kind: reminder.kind, ref: reminder.ref, until });
    setDue(reminders.due);
    setOutcome({ tone: 'success', title: 'Reminder moved', text: `You will be reminded again after the date you chose.` });
    await load();
  };

  return (
    <div className="screen archive" aria-labelledby={`${id}-title`}>
      <header className="screen-header">
        <h1 id={`${id}-title`} tabIndex={-1}>
          {SCREEN_TITLE.archive}
        </h1>
        <p className="lede">Files the law makes you keep, locked with strong encryption (AES-256) instead of lying open on your computer. Open a copy when you need one, and destroy them once their date has passed.</p>
      </header>

      {loadProblem ? (
        <Notice tone="error" role="alert" title="The archive could not be read">
          {loadProblem}
        </Notice>
      ) : null}
      {!listing && !loadProblem ? (
        <p className="muted" role="status">
          Reading the archive…
        </p>
      ) : null}

      <div aria-live="polite">
        {outcome ? (
          <Notice tone={outcome.tone} title={outcome.title} role="status">
            <span translate="no">{outcome.text}</span>
          </Notice>
        ) : null}
      </div>

      {due.length > 0 ? <ArchiveReminders due={due} onExtend={extend} /> : null}

      {listing && entries.length === 0 ? (
        <Notice tone="info" title="The archive is empty">
          Files you choose to archive in Clean up are locked away here until their end date.
        </Notice>
      ) : null}

      {entries.length > 0 ? (
        <>
          <ArchiveUnlock
            passphraseLocked={passphraseLocked.length}
            keyLocked={keyLocked.length}
            appKey={listing?.appKey === true}
            unlocked={passphraseLocked.filter((e) => unlocked.has(e.id)).length}
            busy={unlocking}
            {...(unlockProblem ? { problem: unlockProblem } : {})}
            onUnlock={(typed) => void unlock(typed)}
          />
          <section className="card" aria-labelledby={`${id}-files`}>
            <h2 id={`${id}-files`}>
              {count(entries.length, 'archived file')}
            </h2>
            <p className="section-description">Names are shown masked: the real name is locked inside the archive with the file, and comes back when you open a copy.</p>
            <ArchiveList
              entries={sorted}
              rows={(entry) => ({ canOpen: canOpen(entry), selected: selected.has(entry.id), extracting: extracting === entry.id })}
              onSelect={(entry, on) => setSelected((current) => new Set(on ? [...current, entry] : [...current].filter((x) => x !== entry)))}
              onExtracting={(entry) => {
                setOutcome(undefined);
                setExtracting(entry);
              }}
              onExtract={extract}
            />
          </section>
          {expired.length > 0 ? <ArchiveDestroy selected={selected.size} expired={expired.length} busy={destroying} {...(destroyProblem ? { problem: destroyProblem } : {})} onDestroy={(typed) => void destroy(typed)} /> : null}
          <p className="archive-where muted">
            Kept in <span translate="no">{listing?.folder}</span>. From the command line: <code translate="no">cda archive list --dir "{listing?.folder}"</code>
            {keyLocked.length > 0 ? ' (files locked with this computer’s key open in the app only).' : '.'}
          </p>
        </>
      ) : null}
    </div>
  );
}
