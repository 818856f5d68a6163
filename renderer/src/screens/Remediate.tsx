// Step 4: decide per file (delete, redact, keep, archive), confirm the plan, apply it, and verify by rescanning.
import { SCREEN_TITLE, stepEyebrow } from '../navigation';

export function Remediate(_props: { session: import('../scan-session').ScanSession; onBack(): void; onAttest(): void }) {
  return (
    <div className="screen">
      <header className="screen-header">
        <p className="eyebrow">{stepEyebrow('remediate')}</p>
        <h1 tabIndex={-1}>{SCREEN_TITLE.remediate}</h1>
      </header>
      <p>Coming soon.</p>
    </div>
  );
}
