// Destroying archived files whose end date has passed: the seller ticks them in the list and types
// the phrase; each container is then overwritten and removed. Nothing within its date is offered.
import { useEffect, useId, useState } from 'react';
import { destroyConfirmationPhrase } from '../../../shared/api-remediation';
import { count } from '../text/numbers';
import { Icon } from './Icon';
import { Notice } from './Notice';

export function ArchiveDestroy({ selected, expired, busy, problem, onDestroy }: { selected: number; expired: number; busy: boolean; problem?: string; onDestroy(confirmation: string): void }) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const phrase = destroyConfirmationPhrase(selected);
  useEffect(() => setTyped(''), [selected]);
  const ok = selected > 0 && typed.trim().toUpperCase() === phrase;

  return (
    <section className="card archive-destroy" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Destroy files past their end date</h2>
      <p className="section-description">
        {count(expired, 'archived file')} {expired === 1 ? 'is' : 'are'} past the date you recorded. Destroying overwrites the locked copy and removes it: it cannot be opened again by anyone. Open a copy first if you still need it.
      </p>
      <Notice tone="warning" title="Destroying cannot be undone">
        Tick the files in the list above. {selected === 0 ? 'None is ticked yet.' : `${count(selected, 'file')} ticked.`}
      </Notice>
      {selected > 0 ? (
        <div className="archive-field">
          <label className="field-label" htmlFor={`${id}-typed`}>
            To destroy {count(selected, 'file')}, type <span className="archive-phrase">{phrase}</span>
          </label>
          <input id={`${id}-typed`} type="text" className="archive-typed" autoComplete="off" spellCheck={false} value={typed} onChange={(event) => setTyped(event.target.value)} />
        </div>
      ) : null}
      {problem ? (
        <Notice tone="error" role="alert">
          {problem}
        </Notice>
      ) : null}
      <div className="archive-destroy-actions">
        <button type="button" className="button button-secondary button-danger" disabled={busy || !ok} onClick={() => onDestroy(typed)}>
          <Icon name="trash" size={16} />
          {busy ? 'Destroying…' : selected === 0 ? 'Destroy ticked files' : `Destroy ${count(selected, 'file')}`}
        </button>
      </div>
    </section>
  );
}
