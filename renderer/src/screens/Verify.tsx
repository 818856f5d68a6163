// For account managers: check a seller's attestation report offline.
import { SCREEN_TITLE, stepEyebrow } from '../navigation';

export function Verify(_props: Record<string, never>) {
  return (
    <div className="screen">
      <header className="screen-header">
        <p className="eyebrow">{stepEyebrow('verify')}</p>
        <h1 tabIndex={-1}>{SCREEN_TITLE.verify}</h1>
      </header>
      <p>Coming soon.</p>
    </div>
  );
}
