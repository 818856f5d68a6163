// A file in the Review list: a button that opens its details. Only one file is open at a time,
// so real values shown for one file never stay on screen when another is opened.
import { useEffect, useId, useRef, useState } from 'react';
import { DEFAULT_RETENTION_DAYS, retentionStatus } from '../../../shared/remediation';
import { CATEGORIES, type FileResult } from '../../../shared/types';
import { api } from '../api';
import { fileName } from '../paths';
import { CATEGORY_LABEL, FORMAT_LABEL } from '../text/labels';
import { count, formatCount } from '../text/numbers';
import { FileDetails } from './FileDetails';
import { Icon } from './Icon';
import { formatAge } from './RemediateText';
import { RiskBadge } from './RiskBadge';

// The retention window from Settings, fetched once for all rows and again when Review is opened anew.
let retentionWindow: { days: Promise<number>; at: number } | undefined;
function useRetentionDays(): number {
  const [days, setDays] = useState(DEFAULT_RETENTION_DAYS);
  useEffect(() => {
    if (!retentionWindow || Date.now() - retentionWindow.at > 2000) {
      retentionWindow = { at: Date.now(), days: api.getSettings(undefined).then((s) => s.retentionDays ?? DEFAULT_RETENTION_DAYS, () => DEFAULT_RETENTION_DAYS) };
    }
    let live = true;
    void retentionWindow.days.then((d) => live && setDays(d));
    return () => {
      live = false;
    };
  }, []);
  return days;
}

export function findingsSummary(file: FileResult): string {
  return CATEGORIES.filter((c) => file.findings[c] > 0)
    .map((c) => `${formatCount(file.findings[c])} ${(file.findings[c] === 1 ? CATEGORY_LABEL[c].one : CATEGORY_LABEL[c].many).toLowerCase()}`)
    .join(' · ');
}

/** `focused`: the row a watch alert asked for; it is scrolled to and takes the keyboard focus when shown. */
export function FileRow({ file, scanId, open, onToggle, focused = false }: { file: FileResult; scanId: string | undefined; open: boolean; onToggle(): void; focused?: boolean }) {
  const name = fileName(file.path);
  const panelId = useId();
  const head = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focused) return;
    head.current?.focus({ preventScroll: true });
    head.current?.scrollIntoView({ block: 'start' });
  }, [focused]);
  const windowDays = useRetentionDays();
  // Marketplaces count the window from delivery; the file's date stands in for it.
  const age = file.mtimeMs > 0 ? retentionStatus(file.mtimeMs, { windowDays }) : undefined;
  return (
    <li className={open ? 'file-row is-open' : 'file-row'}>
      <button type="button" ref={head} className="file-row-head" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={onToggle}>
        <Icon name="chevron" size={16} />
        <span className="file-row-name">
          <span className="file-name" translate="no">
            {name}
          </span>
          <span className="file-row-summary">
            {findingsSummary(file) || FORMAT_LABEL[file.format]}
            {age ? ` · ${formatAge(age.ageDays)}` : ''}
          </span>
          {age?.overdue && file.risk !== 'none' ? (
            <span className="file-row-age">
              <span className="reason-tag">Older than the {windowDays}-day retention window</span>
            </span>
          ) : null}
        </span>
        <span className="file-row-records">{count(file.records, 'customer')}</span>
        <RiskBadge risk={file.risk} />
      </button>
      {open ? (
        <div id={panelId} className="file-row-panel">
          {/* Keyed by file: a change of file drops anything revealed for the previous one. */}
          <FileDetails key={file.path} file={file} scanId={scanId} name={name} />
        </div>
      ) : null}
    </li>
  );
}
