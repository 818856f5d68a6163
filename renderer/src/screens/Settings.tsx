// Settings: the seller's own business details (never counted as customer data), what to skip,
// and how to read. Kept in the app's own folder on this computer; they hold no customer data.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { DEFAULT_RETENTION_DAYS } from '../../../shared/remediation';
import { settingsSchema, type Settings as SettingsData } from '../../../shared/settings';
import { api } from '../api';
import { Icon } from '../components/Icon';
import { ListEditor } from '../components/ListEditor';
import { Notice } from '../components/Notice';
import { messageOf } from '../scan-session';
import '../styles/settings.css';

const MAX_JOBS = 32;

function checkEmail(value: string): string | undefined {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? undefined : 'That does not look like an email address (name@example.com).';
}

function checkPhone(value: string): string | undefined {
  const digits = value.replace(/\D/g, '');
  if (!/^[+\d\s().\-/]+$/.test(value)) return 'Use digits, spaces and + only, for example +44 20 7946 0018.';
  return digits.length >= 6 && digits.length <= 17 ? undefined : 'A phone number has between 6 and 17 digits.';
}

function checkRegion(value: string): string | undefined {
  return /^[A-Z]{2}$/.test(value) ? undefined : 'Use the two-letter country code, for example PL or SE.';
}

export function Settings({ onSaved, onBack, backLabel }: { onSaved(settings: SettingsData): void; onBack(): void; backLabel: string }) {
  const [settings, setSettings] = useState<SettingsData | null>(null);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string }>();
  const [saving, setSaving] = useState(false);
  const [loadError, setLoadError] = useState<string>();
  const ids = { ocr: useId(), jobs: useId(), retention: useId() };

  useEffect(() => {
    api.getSettings(undefined).then(setSettings, (error: unknown) => setLoadError(messageOf(error)));
  }, []);

  const update = (change: Partial<SettingsData>) => {
    setStatus(undefined);
    setSettings((current) => (current ? { ...current, ...change } : current));
  };
  const updateIdentity = (change: Partial<SettingsData['identity']>) => settings && update({ identity: { ...settings.identity, ...change } });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!settings) return;
    const parsed = settingsSchema.safeParse(settings);
    if (!parsed.success) {
      setStatus({ tone: 'error', text: 'Some settings are not valid. Please check the values and try again.' });
      return;
    }
    setSaving(true);
    try {
      const saved = await api.saveSettings(parsed.data);
      setSettings(saved);
      onSaved(saved);
      setStatus({ tone: 'success', text: 'Settings saved. They apply to your next scan.' });
    } catch (error) {
      setStatus({ tone: 'error', text: messageOf(error) });
    } finally {
      setSaving(false);
    }
  };

  const cores = Math.min(MAX_JOBS, Math.max(4, navigator.hardwareConcurrency || 4));

  return (
    <form className="screen settings" onSubmit={(event) => void save(event)} aria-labelledby="settings-title">
      <header className="screen-header">
        <button type="button" className="button-link back-link" onClick={onBack}>
          <Icon name="back" size={16} />
          {backLabel}
        </button>
        <h1 id="settings-title" tabIndex={-1}>
          Settings
        </h1>
        <p className="lede">Kept on this computer, in the app's own folder. Settings never hold customer data.</p>
      </header>

      {loadError ? (
        <Notice tone="error" role="alert" title="Your settings could not be loaded">
          {loadError}
        </Notice>
      ) : null}
      {!settings && !loadError ? <p className="muted" role="status">Loading your settings…</p> : null}

      {settings ? (
        <>
          <section className="card" aria-labelledby="identity-title">
            <h2 id="identity-title">Your business</h2>
            <div className="explain">
              <Icon name="info" size={20} />
              <p>
                Your own name, email address, phone number and address appear on your invoices, packing slips and templates. They are not customer data. Tell us what they are, and they will never be counted or reported as a customer's.
              </p>
            </div>
            <div className="settings-grid">
              <ListEditor
                label="Business and shop names"
                values={settings.identity.businessNames}
                onChange={(businessNames) => updateIdentity({ businessNames })}
                placeholder="For example Harbour & Pine Ltd"
                emptyText="No names yet."
              />
              <ListEditor
                label="Your email addresses"
                values={settings.identity.emails}
                onChange={(emails) => updateIdentity({ emails })}
                placeholder="For example hello@yourshop.com"
                inputMode="email"
                check={checkEmail}
                normalise={(v) => v.trim().toLowerCase()}
                emptyText="No email addresses yet."
              />
              <ListEditor
                label="Your phone numbers"
                values={settings.identity.phones}
                onChange={(phones) => updateIdentity({ phones })}
                placeholder="For example +44 20 7946 0018"
                inputMode="tel"
                check={checkPhone}
                emptyText="No phone numbers yet."
              />
              <ListEditor
                label="Your business addresses"
                values={settings.identity.addresses}
                onChange={(addresses) => updateIdentity({ addresses })}
                placeholder="For example 1 Kiln Street, Stoke ST1 1AA"
                emptyText="No addresses yet."
              />
            </div>
          </section>

          <section className="card" aria-labelledby="skip-settings-title">
            <h2 id="skip-settings-title">Always skip</h2>
            <ListEditor
              label="Folders and files to skip in every scan"
              description="A folder or file name, such as Backups or old-invoices.pdf. Use * for “anything”, as in *.bak. A report says what was skipped."
              values={settings.exclude}
              onChange={(exclude) => update({ exclude })}
              placeholder="For example node_modules"
              emptyText="Nothing is skipped."
            />
          </section>

          <section className="card" aria-labelledby="retention-title">
            <h2 id="retention-title">Retention window</h2>
            <div className="setting-field">
              <label htmlFor={ids.retention} className="field-label">
                Days customer data may be kept
              </label>
              <p className="field-description" id={`${ids.retention}-hint`}>
                Customer data older than this many days after the file's date is flagged in Review, as marketplaces' policies count it. Amazon, for one, asks for deletion 30 days after delivery unless the law requires longer.
              </p>
              <input
                id={ids.retention}
                type="text"
                inputMode="numeric"
                className="retention-days"
                value={settings.retentionDays ?? ''}
                placeholder={`${DEFAULT_RETENTION_DAYS} (the usual)`}
                aria-invalid={settings.retentionDays !== undefined && !(settings.retentionDays >= 1 && settings.retentionDays <= 3650) ? true : undefined}
                aria-describedby={`${ids.retention}-hint`}
                onChange={(event) => {
                  const digits = event.target.value.replace(/\D/g, '').slice(0, 5);
                  update({ retentionDays: digits === '' ? undefined : Number(digits) });
                }}
              />
            </div>
          </section>

          <section className="card" aria-labelledby="reading-title">
            <h2 id="reading-title">Reading files</h2>
            <div className="setting-row">
              <input id={ids.ocr} type="checkbox" checked={settings.ocr} onChange={(event) => update({ ocr: event.target.checked })} aria-describedby={`${ids.ocr}-hint`} />
              <div>
                <label htmlFor={ids.ocr} className="field-label">
                  Read text in pictures and scanned documents
                </label>
                <p className="field-description" id={`${ids.ocr}-hint`}>
                  Finds customer details in photos of labels, screenshots of orders and scanned PDFs. Slower; done on this computer, nothing is uploaded.
                </p>
              </div>
            </div>
            <div className="setting-field">
              <label htmlFor={ids.jobs} className="field-label">
                Files read at the same time
              </label>
              <p className="field-description" id={`${ids.jobs}-hint`}>
                More is faster, but leaves less of your computer for other work while a scan runs.
              </p>
              <select
                id={ids.jobs}
                value={settings.jobs ?? ''}
                aria-describedby={`${ids.jobs}-hint`}
                onChange={(event) => update({ jobs: event.target.value === '' ? undefined : Number(event.target.value) })}
              >
                <option value="">Automatic (recommended)</option>
                {Array.from({ length: cores }, (_, i) => i + 1).map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
            <ListEditor
              label="More countries for phone numbers"
              description="Numbers from the UK, Ireland, the US, Canada, Australia, Germany, France, Spain, Italy and the Netherlands are always recognised. Add the two-letter code of any other country your customers live in, for example PL or SE."
              values={settings.phoneRegions}
              onChange={(phoneRegions) => update({ phoneRegions })}
              normalise={(v) => v.trim().toUpperCase()}
              check={checkRegion}
              placeholder="For example PL"
              emptyText="No other countries."
            />
          </section>

          <div className="action-bar">
            <div className="save-status" role="status" aria-live="polite">
              {status ? (
                <span className={`save-${status.tone}`}>
                  <Icon name={status.tone === 'success' ? 'check' : 'warning'} size={16} /> {status.text}
                </span>
              ) : null}
            </div>
            <button type="submit" className="button button-primary button-large" disabled={saving}>
              {saving ? 'Saving…' : 'Save settings'}
            </button>
          </div>
        </>
      ) : null}
    </form>
  );
}
