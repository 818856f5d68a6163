// Opening one archived file again: the seller picks a folder (or types its full path where there
// is no picker, as in the browser); the file is written there under its original name.
import { useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../api';
import { messageOf } from '../scan-session';
import { Icon } from './Icon';

const ABSOLUTE = /^(\/|[A-Za-z]:[\\/]|\\\\)/;

export function ArchiveExtract({ name, onExtract, onCancel }: { name: string; onExtract(folder: string): Promise<void>; onCancel(): void }) {
  const id = useId();
  const [folder, setFolder] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const pick = async () => {
    setProblem(undefined);
    try {
      const picked = await api.pickFolder(undefined);
      if (picked) setFolder(picked);
      // No picker here (or it was closed): typing the path is the other way in.
      else input.current?.focus();
    } catch (error) {
      setProblem(messageOf(error));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const to = folder.trim();
    if (!ABSOLUTE.test(to)) {
      setProblem('Type the full path of a folder that exists, for example /Users/you/Documents or C:\\Users\\you\\Documents.');
      input.current?.focus();
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      await onExtract(to);
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="archive-extract" onSubmit={(event) => void submit(event)} aria-label={`Open a copy of ${name}`}>
      <div className="archive-field">
        <label className="field-label" htmlFor={`${id}-folder`}>
          Folder to put the copy in
        </label>
        <p id={`${id}-hint`} className="field-description">
          The file comes back under its own name, readable by anyone who can open that folder. The archive keeps its locked copy.
        </p>
        <div className="archive-extract-row">
          <button type="button" className="button button-secondary" onClick={() => void pick()} disabled={busy}>
            <Icon name="folder" size={16} />
            Choose a folder…
          </button>
          <input
            ref={input}
            id={`${id}-folder`}
            type="text"
            value={folder}
            placeholder="or type a folder's full path"
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setFolder(event.target.value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
          />
        </div>
        {problem ? (
          <p id={`${id}-problem`} className="field-problem" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
      <div className="archive-extract-actions">
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy || folder.trim() === ''}>
          {busy ? 'Opening…' : 'Open a copy here'}
        </button>
      </div>
    </form>
  );
}
