// A file in the Review list: a button that opens its details. Only one file is open at a time,
// so real values shown for one file never stay on screen when another is opened.
import { useId } from 'react';
import { CATEGORIES, type FileResult } from '../../../shared/types';
import { fileName } from '../paths';
import { CATEGORY_LABEL, FORMAT_LABEL } from '../text/labels';
import { count, formatCount } from '../text/numbers';
import { FileDetails } from './FileDetails';
import { Icon } from './Icon';
import { RiskBadge } from './RiskBadge';

export function findingsSummary(file: FileResult): string {
  return CATEGORIES.filter((c) => file.findings[c] > 0)
    .map((c) => `${formatCount(file.findings[c])} ${(file.findings[c] === 1 ? CATEGORY_LABEL[c].one : CATEGORY_LABEL[c].many).toLowerCase()}`)
    .join(' · ');
}

export function FileRow({ file, scanId, open, onToggle }: { file: FileResult; scanId: string | undefined; open: boolean; onToggle(): void }) {
  const name = fileName(file.path);
  const panelId = useId();
  return (
    <li className={open ? 'file-row is-open' : 'file-row'}>
      <button type="button" className="file-row-head" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={onToggle}>
        <Icon name="chevron" size={16} />
        <span className="file-row-name">
          <span className="file-name" translate="no">
            {name}
          </span>
          <span className="file-row-summary">{findingsSummary(file) || FORMAT_LABEL[file.format]}</span>
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
