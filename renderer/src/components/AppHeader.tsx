// The bar at the top: the product, where the user is in the journey, and Settings.
import { JOURNEY, type ScreenId } from '../navigation';
import { Icon } from './Icon';

export function AppHeader({ screen, canVisit, onNavigate }: { screen: ScreenId; canVisit(id: ScreenId): boolean; onNavigate(id: ScreenId): void }) {
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark">
          <Icon name="shield" size={20} />
        </span>
        <span className="brand-name">Customer Data Auditor</span>
      </div>
      <nav className="steps" aria-label="Steps">
        <ol>
          {JOURNEY.map((step, index) => {
            const current = step.id === screen;
            return (
              <li key={step.id}>
                <button type="button" className={current ? 'step is-current' : 'step'} aria-current={current ? 'step' : undefined} disabled={!current && !canVisit(step.id)} onClick={() => onNavigate(step.id)}>
                  <span className="step-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  {step.label}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <button type="button" className={screen === 'settings' ? 'button-ghost is-current' : 'button-ghost'} aria-current={screen === 'settings' ? 'page' : undefined} onClick={() => onNavigate('settings')}>
        <Icon name="gear" size={18} />
        Settings
      </button>
    </header>
  );
}
