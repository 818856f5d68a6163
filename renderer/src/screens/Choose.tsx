// Step 1: which folders to look in. The usual places come pre-filled (those that exist are
// ticked), more can be added with the folder picker or by typing a path, and some names skipped.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Place } from '../../../shared/api';
import type { Settings } from '../../../shared/settings';
import { api } from '../api';
import { DefaultExclusions } from '../components/DefaultExclusions';
import { Icon } from '../components/Icon';
import { ListEditor } from '../components/ListEditor';
import { Notice } from '../components/Notice';
import { PlaceOption } from '../components/PlaceOption';
import { ReminderNotice } from '../components/ReminderNotice';
import { messageOf, type ScanRequest } from '../scan-session';
import { count } from '../text/numbers';
import { stepEyebrow } from '../navigation';
import '../styles/choose.css';

/** What the user has picked so far; kept by the app so a visit to Settings does not lose it. */
export interface ChooseDraft {
  places: Place[] | null;
  checked: string[];
  added: string[];
  exclude: string[];
}

export const EMPTY_DRAFT: ChooseDraft = { places: null, checked: [], added: [], exclude: [] };

const ABSOLUTE = /^(\/|~[\\/]|[A-Za-z]:[\\/]|\\\\)/;

export function Choose({ draft, onDraft, settings, onStart, onOpenSettings, onOpenArchive, busy }: { draft: ChooseDraft; onDraft(draft: ChooseDraft): void; settings: Settings | null; onStart(request: ScanRequest): void; onOpenSettings(): void; onOpenArchive(): void; busy: boolean }) {
  const [loadError, setLoadError] = useState<string>();
  const [pathProblem, setPathProblem] = useState<string>();
  const [typed, setTyped] = useState('');
  const pathId = useId();

  useEffect(() => {
    if (draft.places) return;
    api.listPlaces(undefined).then(
      (places) => onDraft({ ...draft, places, checked: places.filter((p) => p.exists && p.suggested).map((p) => p.path) }),
      (error: unknown) => setLoadError(messageOf(error)),
    );
  }, [draft, onDraft]);

  const setChecked = (path: string, on: boolean) => onDraft({ ...draft, checked: on ? [...draft.checked.filter((p) => p !== path), path] : draft.checked.filter((p) => p !== path) });

  const addFolder = (path: string) => {
    const known = draft.places?.some((p) => p.path === path) || draft.added.includes(path);
    onDraft({ ...draft, added: known ? draft.added : [...draft.added, path], checked: draft.checked.includes(path) ? draft.checked : [...draft.checked, path] });
  };

  const pick = async () => {
    setPathProblem(undefined);
    try {
      const path = await api.pickFolder(undefined);
      if (path) addFolder(path);
      // No picker here (or the user closed it): typing the path is the other way in.
      else document.getElementById(pathId)?.focus();
    } catch (error) {
      setPathProblem(messageOf(error));
    }
  };

  const addTyped = (event: FormEvent) => {
    event.preventDefault();
    const path = typed.trim().replace(/(.)[\\/]+$/, '$1');
    if (!path) return;
    if (!ABSOLUTE.test(path)) {
      setPathProblem('Type the full path of the folder, for example /Users/you/Documents or C:\\Users\\you\\Documents.');
      return;
    }
    setPathProblem(undefined);
    addFolder(path);
    setTyped('');
  };

  const roots = draft.checked;
  const start = (event: FormEvent) => {
    event.preventDefault();
    if (roots.length > 0) onStart({ roots, exclude: draft.exclude });
  };

  const usual = draft.places ?? [];
  return (
    <form className="screen choose" onSubmit={start} aria-labelledby="choose-title">
      <header className="screen-header">
        <p className="eyebrow">{stepEyebrow('choose')}</p>
        <h1 id="choose-title" tabIndex={-1}>
          Where should we look for customer data?
        </h1>
        <p className="lede">Tick the folders where order exports, invoices, labels and customer messages may have landed. The usual places are ticked for you.</p>
      </header>

      <ReminderNotice onOpenArchive={onOpenArchive} />
      {busy ? (
        <Notice tone="info" title="A scan is running">
          You can start another when it has finished or been stopped. Follow it under step 2, Scan.
        </Notice>
      ) : null}

      {loadError ? (
        <Notice tone="error" role="alert" title="The usual folders could not be listed">
          {loadError}
        </Notice>
      ) : null}

      <section className="card" aria-labelledby="usual-title">
        <h2 id="usual-title">Usual places on this computer</h2>
        {draft.places === null && !loadError ? <p className="muted" role="status">Looking for your folders…</p> : null}
        <ul className="places" aria-labelledby="usual-title">
          {usual.map((place) => (
            <PlaceOption
              key={place.id}
              label={place.label}
              path={place.path}
              checked={place.exists && roots.includes(place.path)}
              disabled={!place.exists}
              note={!place.exists ? 'Not on this computer' : place.kind === 'trash' ? 'Deleted files can still hold customer data' : place.kind === 'cloud' ? 'Synced to the cloud' : undefined}
              onChange={(on) => setChecked(place.path, on)}
            />
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="other-title">
        <h2 id="other-title">Other folders</h2>
        <p className="section-description">An external drive, a shared folder, or a folder where you keep your shop's paperwork.</p>
        {draft.added.length > 0 ? (
          <ul className="places" aria-label="Folders you added">
            {draft.added.map((path) => (
              <PlaceOption
                key={path}
                label={path.split(/[\\/]/).filter(Boolean).at(-1) ?? path}
                path={path}
                checked={roots.includes(path)}
                onChange={(on) => setChecked(path, on)}
                action={
                  <button type="button" className="button-icon" aria-label={`Remove ${path}`} onClick={() => onDraft({ ...draft, added: draft.added.filter((p) => p !== path), checked: draft.checked.filter((p) => p !== path) })}>
                    <Icon name="close" size={16} />
                  </button>
                }
              />
            ))}
          </ul>
        ) : null}
        <div className="add-folder">
          <button type="button" className="button button-secondary" onClick={() => void pick()}>
            <Icon name="folder" size={16} />
            Choose a folder…
          </button>
          <span className="add-folder-or">or</span>
          <div className="add-folder-path">
            <label className="visually-hidden" htmlFor={pathId}>
              Folder path
            </label>
            <input
              id={pathId}
              type="text"
              value={typed}
              placeholder="Type a folder's full path"
              autoComplete="off"
              spellCheck={false}
              aria-invalid={pathProblem ? true : undefined}
              aria-describedby={pathProblem ? `${pathId}-problem` : undefined}
              onChange={(event) => setTyped(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') addTyped(event);
              }}
            />
            <button type="button" className="button button-secondary" onClick={addTyped}>
              <Icon name="plus" size={16} />
              Add folder
            </button>
          </div>
        </div>
        {pathProblem ? (
          <p className="field-problem" id={`${pathId}-problem`} role="alert">
            {pathProblem}
          </p>
        ) : null}
      </section>

      <section className="card" aria-labelledby="skip-title">
        <h2 id="skip-title">Skip</h2>
        <p className="section-description">
          {settings && settings.exclude.length > 0 ? (
            <>
              Always skipped: <span className="chips">{settings.exclude.map((e) => <code key={e}>{e}</code>)}</span>.{' '}
            </>
          ) : (
            'Only program folders, such as node_modules and .git, are skipped. '
          )}
          <button type="button" className="button-link" onClick={onOpenSettings}>
            Change what is always skipped
          </button>
        </p>
        <DefaultExclusions />
        <ListEditor
          label="Also skip, for this scan only"
          description="A folder or file name, such as Backups or old-invoices.pdf. Use * for “anything”, as in *.bak."
          values={draft.exclude}
          onChange={(exclude) => onDraft({ ...draft, exclude })}
          placeholder="For example Backups"
        />
      </section>

      <div className="action-bar">
        <p className="promise">
          <Icon name="shield" size={20} />
          <span>
            <strong>Your files stay as they are.</strong> The scan only reads them: nothing is changed, moved, deleted or uploaded, and nothing leaves this computer.
          </span>
        </p>
        <button type="submit" className="button button-primary button-large" disabled={roots.length === 0 || busy}>
          {roots.length === 0 ? 'Choose a folder to scan' : `Scan ${count(roots.length, 'folder')}`}
        </button>
      </div>
    </form>
  );
}
