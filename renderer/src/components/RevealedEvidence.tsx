// The real values of one file, fetched when shown and gone when hidden: they live only in this
// component's state, which unmounts with the toggle (or a change of file), and are never stored.
import { useEffect, useState } from 'react';
import type { RevealedValue } from '../../../shared/api';
import type { FileFormat } from '../../../shared/types';
import { api } from '../api';
import { messageOf } from '../scan-session';
import { EvidenceList } from './EvidenceList';

export function RevealedEvidence({ scanId, path, caption, format }: { scanId: string; path: string; caption: string; format?: FileFormat }) {
  const [values, setValues] = useState<RevealedValue[] | null>(null);
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    api.revealValues({ scanId, path }).then(
      (result) => live && setValues(result),
      (reason: unknown) => live && setError(messageOf(reason)),
    );
    return () => {
      live = false;
      // Tells the app the window may be captured again (Electron blocks screenshots meanwhile).
      void api.concealValues(undefined).catch(() => undefined);
    };
  }, [scanId, path]);

  if (error) return <p className="field-problem" role="alert">{error}</p>;
  if (!values) return <p className="muted" role="status">Reading the real values from the file…</p>;
  if (values.length === 0) return <p className="muted" role="status">The file no longer holds these values.</p>;
  return <EvidenceList items={values} revealed caption={caption} format={format} />;
}
