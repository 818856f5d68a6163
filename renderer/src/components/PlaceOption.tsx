// One folder the user may scan: a checkbox with the folder's name and where it is.
import type { ReactNode } from 'react';
import { Icon } from './Icon';

export function PlaceOption({ label, path, checked, disabled, note, onChange, action }: { label: string; path: string; checked: boolean; disabled?: boolean; note?: string; onChange(checked: boolean): void; action?: ReactNode }) {
  return (
    <li className={`place${checked ? ' is-checked' : ''}${disabled ? ' is-disabled' : ''}`}>
      <label className="place-label">
        <input type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)} />
        <Icon name="folder" size={20} />
        <span className="place-text">
          <span className="place-name">{label}</span>
          <span className="place-path" translate="no">
            {path}
          </span>
          {note ? <span className="place-note">{note}</span> : null}
        </span>
      </label>
      {action}
    </li>
  );
}
