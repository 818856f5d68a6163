// A calm box for something the user should know: information, a warning, or an error.
import type { ReactNode } from 'react';
import { Icon } from './Icon';

export function Notice({ tone = 'info', title, children, role }: { tone?: 'info' | 'warning' | 'error' | 'success'; title?: string; children: ReactNode; role?: 'alert' | 'status' }) {
  return (
    <div className={`notice notice-${tone}`} role={role}>
      <Icon name={tone === 'info' ? 'info' : tone === 'success' ? 'check' : 'warning'} size={20} />
      <div>
        {title ? <p className="notice-title">{title}</p> : null}
        <div className="notice-body">{children}</div>
      </div>
    </div>
  );
}
