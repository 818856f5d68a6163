// Keep watch over chosen folders and warn when customer data lands again: pick folders, start
// and stop, the live counts, and the latest files that hold (or no longer hold) customer data.
import { useEffect, useId, useState } from 'react';
import { isWatchEvent, type WatchStatus } from '../../../shared/api-watch';
import type { Settings } from '../../../shared/settings';
import { CATEGORIES } from '../../../shared/types';
import type { FileWatchEvent } from '../../../shared/watch-event';
import { api } from '../api';
import { Notice } from '../components/Notice';
import { StatTiles } from '../components/StatTiles';
import { SCREEN_TITLE, stepEyebrow } from '../navigation';
import { messageOf } from '../scan-session';
import '../styles/watch.css';

const CATEGORY_WORDS = { name: ['name', 'names'], email: ['email', 'emails'], phone: ['phone number', 'phone numbers'], address: ['address', 'addresses'] } as const;

function describeEvent(event: FileWatchEvent): string {
  if (event.type === 'found') {
    const parts = CATEGORIES.filter((c) => event.findings[c] > 0).map((c) => `${event.findings[c]} ${CATEGORY_WORDS[c][event.findings[c] === 1 ? 0 : 1]}`);
    return `Customer data found: ${parts.join(', ')}.`;
  }
  if (event.type === 'cleared') return 'No customer data here any more.';
  if (event.type === 'problem') return event.message ?? 'This file could not be checked.';
  return 'Checked: no customer data.';
}

/** The last part of a path, whichever separator the OS uses. */
function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

/**
 * `onReviewFile` checks the watched folders again (the scan index reads only new and changed
 * files) and opens that file's review, ready to clean up. `scanBusy`: a scan is already running.
 */
export function Watch({ settings, onReviewFile, scanBusy = false }: { settings: Settings | null; onReviewFile?: (path: string) => void; scanBusy?: boolean }) {
  const [status, setStatus] = useState<WatchStatus | null>(null);
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const folderId = useId();
  const [atLogin, setAtLogin] = useState<{ on: boolean; supported: boolean }>();
  const loginOn = atLogin?.on ?? settings?.watchAtLogin === true;

  // The app's copy of the settings is from its start; the choice may have changed since.
  useEffect(() => {
    api.getSettings(undefined).then((s) => setAtLogin((a) => a ?? { on: s.watchAtLogin === true, supported: true }), () => undefined);
  }, []);

  useEffect(() => {
    api.getWatchStatus(undefined).then((s) => {
      setStatus(s);
      if (s.roots[0]) setFolder(s.roots[0]);
    }, (error: unknown) => setProblem(messageOf(error)));
    return api.onEvent((event) => {
      if (!isWatchEvent(event)) return;
      if (event.type === 'watch-status') setStatus(event.status);
      else if (event.type === 'watch-file') setStatus((s) => (s ? { ...s, recent: [event.event, ...s.recent].slice(0, 50) } : s));
      else if (event.type === 'watch-error') setProblem(event.message);
    });
  }, []);

  const pick = async () => {
    const path = await api.pickFolder(undefined);
    if (path) setFolder(path);
  };

  const run = async (action: () => Promise<WatchStatus>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      setStatus(await action());
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const changeAtLogin = async (on: boolean) => {
    setProblem(undefined);
    const before = atLogin;
    // Ticked at once; the saved answer follows (and undoes the tick if saving failed).
    setAtLogin({ on, supported: before?.supported ?? true });
    try {
      const roots = status?.watching ? status.roots : [folder.trim()].filter((f) => f !== '');
      setAtLogin(await api.setWatchAtLogin({ on, roots }));
    } catch (error) {
      setAtLogin(before);
      setProblem(messageOf(error));
    }
  };

  const watching = status?.watching === true;
  const found = status?.recent.filter((e) => e.type === 'found') ?? [];
  const review = onReviewFile;

  return (
    <div className="screen watch">
      <header className="screen-header">
        <p className="eyebrow">{stepEyebrow('watch')}</p>
        <h1 tabIndex={-1}>{SCREEN_TITLE.watch}</h1>
        <p className="lede">While the app is open, or waiting in the tray, every file saved into the folder is checked once it is complete. You are told at once if customer data lands there again.</p>
      </header>

      {problem ? <Notice tone="error" role="alert">{problem}</Notice> : null}

      <section className="card watch-folder" aria-label="Folder to watch">
        <label className="field-label" htmlFor={folderId}>Folder to watch</label>
        <div className="watch-folder-row">
          <input id={folderId} type="text" value={folder} onChange={(e) => setFolder(e.target.value)} disabled={watching || busy} placeholder="For example your Downloads folder" />
          <button type="button" className="button button-secondary" onClick={() => void pick()} disabled={watching || busy}>Choose…</button>
        </div>
        <div className="watch-actions">
          {watching ? (
            <button type="button" className="button button-secondary" onClick={() => void run(() => api.stopWatch(undefined))} disabled={busy}>Stop watching</button>
          ) : (
            <button type="button" className="button button-primary" onClick={() => void run(() => api.startWatch({ roots: [folder.trim()], exclude: [] }))} disabled={busy || folder.trim() === ''}>Start watching</button>
          )}
        </div>
        <label className="watch-login">
          <input type="checkbox" checked={loginOn} onChange={(e) => void changeAtLogin(e.target.checked)} disabled={busy} />
          <span>Start watching this folder when I log in. The app then waits in the tray (next to the clock) and tells you when customer data lands.</span>
        </label>
        {atLogin && atLogin.on && !atLogin.supported ? <p className="muted">Saved, but this copy of the app cannot open itself at login. Open it yourself and start watching.</p> : null}
      </section>

      {status && watching ? (
        <>
          <p role="status" className="muted">Watching {status.roots.join(', ')}.</p>
          {status.polled.length > 0 ? <p className="muted">{status.polled.length === status.roots.length ? (status.roots.length === 1 ? 'This folder is' : 'These folders are') : `${status.polled.join(', ')} ${status.polled.length === 1 ? 'is' : 'are'}`} on a network drive, so changes are looked for every 2 seconds.</p> : null}
          <StatTiles
            label="Watch so far"
            stats={[
              { label: 'Files with customer data', value: String(status.openFindings), tone: status.openFindings > 0 ? 'alert' : 'good', hint: 'Seen since watching started' },
              { label: 'Files checked', value: String(status.checked) },
              { label: 'Waiting to be checked', value: String(status.pending) },
            ]}
          />
        </>
      ) : null}

      {found.length > 0 ? (
        <Notice tone="warning" title="Customer data landed in a watched folder">
          <p>
            {found.length === 1 ? 'A new or changed file holds customer data.' : `${found.length} new or changed files hold customer data.`} Check the watched folder to review and clean it up: only new and changed files are read again, so this is quick.
          </p>
          {review ? (
            <button type="button" className="button button-primary watch-review" onClick={() => review(found[0]!.path)} disabled={scanBusy}>
              Review and clean up
            </button>
          ) : null}
          {review && scanBusy ? <p className="muted">A scan is running; wait for it to finish.</p> : null}
        </Notice>
      ) : null}

      {status && status.recent.length > 0 ? (
        <section className="watch-latest" aria-label="Latest changes">
          <h2 className="subheading">Latest changes</h2>
          <ul className="watch-events">
            {status.recent.map((event) => (
              <li key={`${event.at}-${event.path}-${event.type}`} className={`watch-event watch-event-${event.type}`}>
                <span className="watch-event-path">{event.path}</span>
                <span className="watch-event-what">{describeEvent(event)}</span>
                <time className="muted" dateTime={event.at}>{new Date(event.at).toLocaleTimeString()}</time>
                {review && event.type === 'found' ? (
                  <button type="button" className="button button-secondary watch-event-review" onClick={() => review(event.path)} disabled={scanBusy} aria-label={`Review and clean up ${baseName(event.path)}`}>
                    Review and clean up
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
