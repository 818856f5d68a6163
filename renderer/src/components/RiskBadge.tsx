// A file's risk as a word with a coloured dot: colour is never the only signal.
import type { Risk } from '../../../shared/types';
import { RISK_LABEL } from '../text/labels';

export function RiskBadge({ risk }: { risk: Risk }) {
  return (
    <span className={`risk-badge risk-${risk}`}>
      <span className="risk-dot" aria-hidden="true" />
      {RISK_LABEL[risk]}
    </span>
  );
}
