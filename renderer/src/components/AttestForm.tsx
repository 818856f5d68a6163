// The seller's details for the report: business, the person attesting, the account manager's
// reference, and whether the computer's name is printed or only its fingerprint recorded.
import { useId, useState, type FormEvent } from 'react';
import type { ApiInput } from '../../../shared/api';

export interface AttestDetails {
  business: string;
  attester: string;
  reference: string;
  computerMode: 'hashed' | 'named';
  computerName: string;
}

export const EMPTY_DETAILS: AttestDetails = { business: '', attester: '', reference: '', computerMode: 'hashed', computerName: '' };

const MAX = 200;
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Problems per field, in words; empty when the details can go into a report. */
export function detailProblems(details: AttestDetails): Partial<Record<'business' | 'attester' | 'reference' | 'computerName', string>> {
  const problems: Partial<Record<'business' | 'attester' | 'reference' | 'computerName', string>> = {};
  const check = (field: 'business' | 'attester' | 'reference' | 'computerName', value: string, required: string | undefined, max = MAX) => {
    const text = value.trim();
    if (required && text === '') problems[field] = required;
    else if (text.length > max) problems[field] = `Please keep this under ${max} characters.`;
    else if (CONTROL.test(text)) problems[field] = 'Please remove line breaks and special characters.';
  };
  check('business', details.business, 'Please enter your business name.');
  check('attester', details.attester, 'Please enter the name of the person attesting.');
  check('reference', details.reference, undefined);
  if (details.computerMode === 'named') check('computerName', details.computerName, 'Please enter the computer’s name, or record only its fingerprint.', 255);
  return problems;
}

export function toRequest(scanId: string, details: AttestDetails): ApiInput<'createAttestation'> {
  return {
    scanId,
    business: details.business.trim(),
    attester: details.attester.trim(),
    ...(details.reference.trim() ? { reference: details.reference.trim() } : {}),
    computer: details.computerMode === 'named' ? { mode: 'named', name: details.computerName.trim() } : { mode: 'hashed' },
  };
}

export function AttestForm({ details, onChange, onSubmit, busy, hostname }: { details: AttestDetails; onChange(next: AttestDetails): void; onSubmit(): void; busy: boolean; hostname: string }) {
  const id = useId();
  const [tried, setTried] = useState(false);
  const problems = detailProblems(details);
  const shown = tried ? problems : {};
  const set = (patch: Partial<AttestDetails>) => onChange({ ...details, ...patch });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problems).length > 0) {
      // The first field with a problem takes the focus, so the seller sees what to fix.
      const first = (['business', 'attester', 'reference', 'computerName'] as const).find((f) => problems[f]);
      if (first) document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    onSubmit();
  };

  const field = (name: 'business' | 'attester' | 'reference', label: string, hint: string, placeholder: string, autoComplete: string) => (
    <div className="attest-field">
      <label htmlFor={`${id}-${name}`} className="field-label">
        {label}
      </label>
      <p className="field-description" id={`${id}-${name}-hint`}>
        {hint}
      </p>
      <input
        id={`${id}-${name}`}
        type="text"
        value={details[name]}
        placeholder={placeholder}
        autoComplete={autoComplete}
        maxLength={MAX + 20}
        disabled={busy}
        aria-invalid={shown[name] ? true : undefined}
        aria-describedby={`${id}-${name}-hint${shown[name] ? ` ${id}-${name}-problem` : ''}`}
        onChange={(event) => set({ [name]: event.target.value })}
      />
      {shown[name] ? (
        <p className="field-problem" id={`${id}-${name}-problem`}>
          {shown[name]}
        </p>
      ) : null}
    </div>
  );

  return (
    <form className="card attest-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Who is attesting</h2>
      <div className="attest-fields">
        {field('business', 'Business name', 'As your marketplace account shows it.', 'For example Harbour & Pine Ltd', 'organization')}
        {field('attester', 'Person attesting', 'You, or whoever answers for your shop’s data. Printed on the report.', 'For example Ann Fielding', 'name')}
        {field('reference', 'Request reference (optional)', 'The case or request number your account manager gave you, if any.', 'For example AM-2026-0142', 'off')}
      </div>
      <fieldset className="attest-computer" disabled={busy}>
        <legend className="field-label">This computer</legend>
        <p className="field-description">The report says which computer was checked. Its name can be printed, or only a fingerprint of it that proves nothing about you but matches the same computer next time.</p>
        <label className="attest-choice">
          <input type="radio" name={`${id}-computer`} checked={details.computerMode === 'hashed'} onChange={() => set({ computerMode: 'hashed' })} />
          <span>Record only a fingerprint of the computer’s name (recommended)</span>
        </label>
        <label className="attest-choice">
          <input type="radio" name={`${id}-computer`} checked={details.computerMode === 'named'} onChange={() => set({ computerMode: 'named', computerName: details.computerName || hostname })} />
          <span>Print the computer’s name</span>
        </label>
        {details.computerMode === 'named' ? (
          <div className="attest-field attest-computer-name">
            <label htmlFor={`${id}-computerName`} className="field-label">
              Computer name
            </label>
            <input
              id={`${id}-computerName`}
              type="text"
              value={details.computerName}
              maxLength={275}
              aria-invalid={shown.computerName ? true : undefined}
              aria-describedby={shown.computerName ? `${id}-computerName-problem` : undefined}
              onChange={(event) => set({ computerName: event.target.value })}
            />
            {shown.computerName ? (
              <p className="field-problem" id={`${id}-computerName-problem`}>
                {shown.computerName}
              </p>
            ) : null}
          </div>
        ) : null}
      </fieldset>
      <div className="attest-submit">
        <button type="submit" className="button button-primary button-large" disabled={busy}>
          Make the signed report
        </button>
      </div>
    </form>
  );
}
