// Unlocking the retention archive: files locked with a passphrase need it typed once (kept in
// memory only, for this visit); files locked with this computer's own key open without one.
import { useId, useState, type FormEvent } from 'react';
import { MIN_PASSPHRASE } from '../../../shared/api-remediation';
import { count } from '../text/numbers';
import { Icon } from './Icon';
import { Notice } from './Notice';

export function ArchiveUnlock({
  passphraseLocked,
  keyLocked,
  appKey,
  unlocked,
  busy,
  problem,
  onUnlock,
}: {
  /** How many files need a passphrase, and how many of those are open now. */
  passphraseLocked: number;
  keyLocked: number;
  appKey: boolean;
  unlocked: number;
  busy: boolean;
  problem?: string;
  onUnlock(passphrase: string): void;
}) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const tooShort = passphrase.length > 0 && passphrase.length < MIN_PASSPHRASE;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length >= MIN_PASSPHRASE) onUnlock(passphrase);
  };

  return (
    <section className="card archive-unlock" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Unlock</h2>
      {keyLocked > 0 ? (
        <p className="section-description">
          <Icon name={appKey ? 'check' : 'warning'} size={16} />{' '}
          {appKey
            ? `${count(keyLocked, 'file')} locked with this computer's own key ${keyLocked === 1 ? 'opens' : 'open'} without a passphrase.`
            : `${count(keyLocked, 'file')} ${keyLocked === 1 ? 'was' : 'were'} locked with the app's own key on another computer or installation and cannot be opened here.`}
        </p>
      ) : null}
      {passphraseLocked > 0 ? (
        <form className="archive-unlock-form" onSubmit={submit}>
          <div className="archive-field">
            <label className="field-label" htmlFor={`${id}-pass`}>
              Archive passphrase
            </label>
            <p id={`${id}-hint`} className="field-description">
              The passphrase you typed when you archived {passphraseLocked === 1 ? 'the file' : 'the files'}. It stays in this window only, and is forgotten when you leave.
            </p>
            <input
              id={`${id}-pass`}
              type="password"
              autoComplete="current-password"
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
              aria-invalid={tooShort || problem ? true : undefined}
              aria-describedby={`${id}-hint${tooShort || problem ? ` ${id}-problem` : ''}`}
            />
            {tooShort ? (
              <p id={`${id}-problem`} className="field-problem">
                A passphrase has at least {MIN_PASSPHRASE} characters.
              </p>
            ) : null}
          </div>
          <button type="submit" className="button button-primary" disabled={busy || passphrase.length < MIN_PASSPHRASE}>
            <Icon name="lock" size={16} />
            {busy ? 'Unlocking…' : 'Unlock'}
          </button>
        </form>
      ) : null}
      {problem ? (
        <div id={`${id}-problem`}>
          <Notice tone="error" role="alert">
            {problem}
          </Notice>
        </div>
      ) : passphraseLocked > 0 && unlocked > 0 ? (
        <p className="archive-unlocked" role="status">
          <Icon name="check" size={16} /> Unlocked: {unlocked} of {count(passphraseLocked, 'file')} locked with a passphrase can be opened.
        </p>
      ) : null}
    </section>
  );
}
