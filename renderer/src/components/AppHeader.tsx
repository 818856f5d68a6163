// The bar at the top: the product, where the user is in the journey, and the tools (Watch, Verify, Settings).
import { JOURNEY, TOOLS, type ScreenId } from '../navigation';
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
                <button type="button" title={step.label} className={current ? 'step is-current' : 'step'} aria-current={current ? 'step' : undefined} disabled={!current && !canVisit(step.id)} onClick={() => onNavigate(step.id)}>
                  <span className="step-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span className="step-label">{step.label}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <nav className="tools" aria-label="Tools">
        {TOOLS.map((tool) => (
          <button key={tool.id} type="button" title={tool.label} className={screen === tool.id ? 'button-ghost is-current' : 'button-ghost'} aria-current={screen === tool.id ? 'page' : undefined} onClick={() => onNavigate(tool.id)}>
            <Icon name={tool.icon} size={18} />
            <span className="tool-label">{tool.label}</span>
          </button>
        ))}
      </nav>
    </header>
  );
}
