// The archived files: masked name (the real name is inside the encryption), legal basis, end date
// and whether it has passed, how each is locked; open a copy, or tick it for destruction once its
// date has passed.
import type { ArchiveListEntry } from '../../../shared/api-remediation';
import { formatBytes } from '../../../shared/bytes';
import { fileName, folderOf } from '../paths';
import { ArchiveExtract } from './ArchiveExtract';
import { Icon } from './Icon';
import { KEEP_REASON_LABEL, formatDay } from './RemediateText';

export interface ArchiveRowState {
  /** The file can be opened now (unlocked by passphrase, or the app's key). */
  canOpen: boolean;
  selected: boolean;
  extracting: boolean;
}

export function ArchiveList({
  entries,
  rows,
  onSelect,
  onExtracting,
  onExtract,
}: {
  entries: readonly ArchiveListEntry[];
  rows: (entry: ArchiveListEntry) => ArchiveRowState;
  onSelect(id: string, on: boolean): void;
  onExtracting(id: string | undefined): void;
  onExtract(id: string, folder: string): Promise<void>;
}) {
  return (
    <ul className="archive-list" aria-label="Archived files">
      {entries.map((entry) => {
        const row = rows(entry);
        const name = fileName(entry.maskedPath);
        return (
          <li key={entry.id} className={`archive-row${entry.expired ? ' is-expired' : ''}`}>
            <div className="archive-row-main">
              {entry.expired ? (
                <input type="checkbox" checked={row.selected} onChange={(event) => onSelect(entry.id, event.target.checked)} aria-label={`Destroy ${name}`} />
              ) : (
                <span className="archive-lock" aria-hidden="true">
                  <Icon name="lock" size={16} />
                </span>
              )}
              <div className="archive-file">
                <span className="archive-name" translate="no">
                  {name}
                </span>
                <span className="archive-folder" translate="no">
                  {folderOf(entry.maskedPath)}
                </span>
              </div>
              <span className={`archive-date${entry.expired ? ' archive-date-passed' : ''}`}>
                {entry.until ? (entry.expired ? `Date passed: ${formatDay(entry.until)}` : `Keep until ${formatDay(entry.until)}`) : 'No end date'}
              </span>
              <button type="button" className="button button-secondary" aria-expanded={row.extracting} disabled={!row.canOpen} onClick={() => onExtracting(row.extracting ? undefined : entry.id)} title={row.canOpen ? undefined : 'Unlock first'}>
                Open a copy…
              </button>
            </div>
            <dl className="archive-facts">
              <div>
                <dt>Reason</dt>
                <dd>{entry.reason ? KEEP_REASON_LABEL[entry.reason] : 'None recorded'}</dd>
              </div>
              <div>
                <dt>Archived</dt>
                <dd>{formatDay(entry.createdAt)}</dd>
              </div>
              <div>
                <dt>Size</dt>
                <dd>{formatBytes(entry.size)}</dd>
              </div>
              <div>
                <dt>Locked with</dt>
                <dd>{entry.locked === 'key' ? "this computer's key" : 'a passphrase'}{row.canOpen ? ' (unlocked)' : ''}</dd>
              </div>
              {entry.remindOn ? (
                <div>
                  <dt>Reminder</dt>
                  <dd>{formatDay(entry.remindOn)}</dd>
                </div>
              ) : null}
            </dl>
            {row.extracting ? <ArchiveExtract name={name} onExtract={(folder) => onExtract(entry.id, folder)} onCancel={() => onExtracting(undefined)} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
