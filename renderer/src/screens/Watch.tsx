// Keep watch over chosen folders and warn when customer data lands again.
import { SCREEN_TITLE, stepEyebrow } from '../navigation';

export function Watch(_props: { settings: import('../../../shared/settings').Settings | null }) {
  return (
    <div className="screen">
      <header className="screen-header">
        <p className="eyebrow">{stepEyebrow('watch')}</p>
        <h1 tabIndex={-1}>{SCREEN_TITLE.watch}</h1>
      </header>
      <p>Coming soon.</p>
    </div>
  );
}
