// Step 3: what was found. A dashboard first (people would rather look than read), then the files
// by risk and folder with their masked examples, then the files that could not be read.
import { useMemo, useState } from 'react';
import type { FileFormat } from '../../../shared/types';
import { FileGroups } from '../components/FileGroups';
import { Icon } from '../components/Icon';
import { NotInspectedList } from '../components/NotInspectedList';
import { Notice } from '../components/Notice';
import { NO_FILTERS, ReviewFilters, matches, type Filters } from '../components/ReviewFilters';
import { RiskCategoryChart } from '../components/RiskCategoryChart';
import { StatTiles } from '../components/StatTiles';
import { TopFoldersChart } from '../components/TopFoldersChart';
import { reviewFiles, type ScanSession } from '../scan-session';
import { isFileOrEntry } from '../file-review';
import { fileName } from '../paths';
import { count, formatCount } from '../text/numbers';
import { stepEyebrow } from '../navigation';
import '../styles/review.css';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** `focusPath`: a file a watch alert or notification asked to review; it opens at once. */
export function Review({ session, focusPath, onRescan, onChoose, onRemediate }: { session: ScanSession; focusPath?: string; onRescan(): void; onChoose(): void; onRemediate(): void }) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const files = reviewFiles(session);
  const roots = session.report?.roots ?? session.request?.roots ?? [];
  const withData = useMemo(() => files.filter((f) => f.risk !== 'none'), [files]);
  const notInspected = useMemo(() => files.filter((f) => f.status !== 'scanned'), [files]);
  const formats = useMemo(() => [...new Set(withData.map((f) => f.format))].sort() as FileFormat[], [withData]);
  const shown = withData.filter((f) => matches(f, filters));
  const records = withData.reduce((sum, f) => sum + f.records, 0);
  const cancelled = session.status === 'cancelled' || session.report?.cancelled === true;
  const summary = session.report?.summary ?? session.summary;
  const filesRead = summary?.filesScanned ?? files.filter((f) => f.status === 'scanned').length;
  const finishedAt = session.report?.finishedAt;
  const focused = focusPath === undefined ? undefined : (withData.find((f) => f.path === focusPath) ?? withData.find((f) => isFileOrEntry(f.path, focusPath)));

  return (
    <div className="screen review">
      <header className="screen-header screen-header-row">
        <div>
          <p className="eyebrow">{stepEyebrow('review')}</p>
          <h1 id="review-title" tabIndex={-1}>
            What we found
          </h1>
          <p className="lede">
            {count(filesRead, 'file')} read in {count(roots.length, 'folder')}
            {finishedAt ? ` · ${when.format(new Date(finishedAt))}` : ''}
          </p>
        </div>
        <div className="header-actions">
          <button type="button" className="button button-secondary" onClick={onChoose}>
            Choose other folders
          </button>
          <button type="button" className="button button-secondary" onClick={onRescan} disabled={!session.request}>
            <Icon name="refresh" size={16} />
            Scan again
          </button>
          <button type="button" className="button button-primary" onClick={onRemediate} disabled={withData.length === 0}>
            <Icon name="trash" size={16} />
            Clean up…
          </button>
        </div>
      </header>

      {cancelled ? (
        <Notice tone="warning" title="You stopped the scan early">
          These results cover only the {count(filesRead, 'file')} read before you stopped
          {summary && summary.filesSeen > filesRead ? `, out of ${formatCount(summary.filesSeen)} found` : ''}. Scan again to check everything.
        </Notice>
      ) : null}

      <StatTiles
        label="Summary"
        stats={[
          { label: 'Files with customer data', value: formatCount(withData.length), tone: withData.length > 0 ? 'default' : 'good', hint: `out of ${count(filesRead, 'file')} read` },
          { label: 'Customer records', value: formatCount(records), hint: 'Customers counted in each file, added up' },
          { label: 'High-risk files', value: formatCount(withData.filter((f) => f.risk === 'high').length), tone: 'alert', hint: 'Whole records or many customers' },
          { label: 'Not inspected', value: formatCount(notInspected.length), tone: notInspected.length > 0 ? 'warning' : 'default', hint: 'Could not be read: see below' },
        ]}
      />

      {focusPath !== undefined && !focused ? <FocusGone path={focusPath} files={files} /> : null}

      {withData.length === 0 ? (
        <Notice tone="success" title="No customer data found">
          None of the {count(filesRead, 'file')} read holds names, email addresses, phone numbers or postal addresses of customers.
        </Notice>
      ) : (
        <div className="dashboard">
          <section className="card" aria-labelledby="chart-risk-title">
            <h2 id="chart-risk-title">Files by risk and kind of detail</h2>
            <RiskCategoryChart files={withData} />
          </section>
          <section className="card" aria-labelledby="chart-folders-title">
            <h2 id="chart-folders-title">Folders with the most customer records</h2>
            <TopFoldersChart files={withData} roots={roots} />
          </section>
        </div>
      )}

      {withData.length > 0 ? (
        <section className="card files-card" aria-labelledby="files-title">
          <div className="section-head">
            <h2 id="files-title">Files with customer data</h2>
          </div>
          <p className="section-description">Open a file to see examples of what it holds and where. Values are partly hidden (j•••@e•••.com); you can show the real ones on screen when you need to recognise them.</p>
          <ReviewFilters filters={filters} onChange={setFilters} formats={formats} shown={shown.length} total={withData.length} />
          {shown.length > 0 ? (
            <FileGroups files={shown} roots={roots} scanId={session.scanId} focused={focused?.path} />
          ) : (
            <p className="muted empty">No files match these filters.</p>
          )}
        </section>
      ) : null}

      <section className="card not-inspected" aria-labelledby="not-inspected-title">
        <div className="section-head">
          <h2 id="not-inspected-title">Not inspected</h2>
          <span className="section-aside">{count(notInspected.length, 'file')}</span>
        </div>
        {notInspected.length === 0 ? (
          <p className="section-description">
            {cancelled
              ? 'Every file read before you stopped could be opened. The files the scan did not reach were not inspected: scan again to check them.'
              : 'Every file could be read. There is nothing a report would have to leave out.'}
          </p>
        ) : (
          <>
            <p className="section-description">
              These files could not be read, so we cannot say whether they hold customer data — and a signed report cannot vouch for them. Open each one yourself: remove the password, repair or delete it, then scan again.
            </p>
            <NotInspectedList files={notInspected} />
          </>
        )}
      </section>
    </div>
  );
}

/** The file an alert asked for holds no customer data now: say why it is not in the list. */
function FocusGone({ path, files }: { path: string; files: ReturnType<typeof reviewFiles> }) {
  const name = fileName(path);
  const result = files.find((f) => isFileOrEntry(f.path, path));
  if (result && result.status !== 'scanned') {
    return (
      <Notice tone="warning" title={`${name} could not be read`}>
        It is listed under “Not inspected” below, with the reason.
      </Notice>
    );
  }
  if (result) {
    return (
      <Notice tone="success" title={`${name} holds no customer data now`}>
        It was changed since the alert, and this check found no names, email addresses, phone numbers or postal addresses in it.
      </Notice>
    );
  }
  return (
    <Notice tone="success" title={`${name} is no longer there`}>
      It was deleted or moved away since the alert. If you moved it, scan the folder it is in now.
    </Notice>
  );
}
