// Several values of one kind (email addresses, folder names to skip …): a list with a remove
// button per value and a field to add one more. Enter adds; each control says what it acts on.
import { useId, useState, type FormEvent } from 'react';
import { Icon } from './Icon';

export interface ListEditorProps {
  label: string;
  description?: string;
  values: readonly string[];
  onChange(values: string[]): void;
  placeholder?: string;
  /** A sentence saying what is wrong with a value, or nothing when it is fine. */
  check?(value: string): string | undefined;
  /** How a value is stored (trimmed, upper-cased …). */
  normalise?(value: string): string;
  inputMode?: 'text' | 'email' | 'tel';
  addLabel?: string;
  emptyText?: string;
}

export function ListEditor({ label, description, values, onChange, placeholder, check, normalise, inputMode = 'text', addLabel = 'Add', emptyText }: ListEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string>();

  const add = (event: FormEvent) => {
    event.preventDefault();
    const value = (normalise ?? ((v: string) => v.trim()))(draft);
    if (!value) return;
    const issue = check?.(value) ?? (values.includes(value) ? 'That is already in the list.' : undefined);
    setProblem(issue);
    if (issue) return;
    onChange([...values, value]);
    setDraft('');
  };

  const describedBy = [description ? `${id}-description` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className="list-editor">
      <label className="field-label" htmlFor={`${id}-input`}>
        {label}
      </label>
      {description ? (
        <p className="field-description" id={`${id}-description`}>
          {description}
        </p>
      ) : null}
      {values.length > 0 ? (
        <ul className="list-editor-values" aria-label={`${label} (added)`}>
          {values.map((value) => (
            <li key={value}>
              <span className="list-editor-value" translate="no">
                {value}
              </span>
              <button type="button" className="button-icon" onClick={() => onChange(values.filter((v) => v !== value))} aria-label={`Remove ${value}`}>
                <Icon name="close" size={16} />
              </button>
            </li>
          ))}
        </ul>
      ) : emptyText ? (
        <p className="list-editor-empty">{emptyText}</p>
      ) : null}
      {/* A div, not a nested form: the editor may sit inside the page's own form. */}
      <div className="list-editor-add">
        <input
          id={`${id}-input`}
          type="text"
          inputMode={inputMode}
          value={draft}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={describedBy}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            setProblem(undefined);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') add(event);
          }}
        />
        <button type="button" className="button button-secondary" onClick={add}>
          <Icon name="plus" size={16} />
          {addLabel}
          <span className="visually-hidden"> to {label.toLowerCase()}</span>
        </button>
      </div>
      {problem ? (
        <p className="field-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
