// Step 5: the signed attestation report, built from the scan and the clean-up log.
import { SCREEN_TITLE, stepEyebrow } from '../navigation';

export function Attest(_props: { session: import('../scan-session').ScanSession; onBack(): void }) {
  return (
    <div className="screen">
      <header className="screen-header">
        <p className="eyebrow">{stepEyebrow('attest')}</p>
        <h1 tabIndex={-1}>{SCREEN_TITLE.attest}</h1>
      </header>
      <p>Coming soon.</p>
    </div>
  );
}
