// The folders every scan skips, folded away: a seller who wonders why a folder was not read can
// open it and see each one with the reason in plain words.
import { useEffect, useState } from 'react';
import type { DefaultExclusion } from '../../../shared/api';
import { api } from '../api';

export function DefaultExclusions() {
  const [exclusions, setExclusions] = useState<DefaultExclusion[] | null>(null);
  useEffect(() => {
    api.listDefaultExclusions(undefined).then(setExclusions, () => setExclusions([]));
  }, []);
  if (!exclusions || exclusions.length === 0) return null;
  return (
    <details className="default-exclusions">
      <summary>Program folders skipped on every scan ({exclusions.length})</summary>
      <dl>
        {exclusions.map((exclusion) => (
          <div key={exclusion.pattern}>
            <dt>
              <code>{exclusion.pattern}</code>
            </dt>
            <dd>{exclusion.why}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
