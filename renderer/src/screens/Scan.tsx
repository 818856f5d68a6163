// Step 2: the scan as it runs. A real progress bar (files and bytes), the folder being read,
// speed and time left, what has been found so far, and pause / stop. Stopping keeps the results.
import { useEffect, useRef, useState } from 'react';
import { formatBytes } from '../../../shared/bytes';
import type { ScanProgress } from '../../../shared/progress';
import { emptyCounts } from '../../../shared/types';
import { CategoryCounts } from '../components/CategoryCounts';
import { Icon } from '../components/Icon';
import { Notice } from '../components/Notice';
import { ProgressBar } from '../components/ProgressBar';
import { StatTiles } from '../components/StatTiles';
import { fileName, folderOf } from '../paths';
import type { ScanSession, ScanStatus } from '../scan-session';
import { formatElapsed, formatTimeLeft } from '../text/duration';
import { count, formatCount, formatRate } from '../text/numbers';
import { findingsSummary } from '../components/FileRow';
import { RiskBadge } from '../components/RiskBadge';
import { stepEyebrow } from '../navigation';
import '../styles/scan.css';

const TITLE: Record<ScanStatus, string> = {
  idle: 'No scan yet',
  starting: 'Starting the scan…',
  running: 'Scanning your files',
  paused: 'Scan paused',
  cancelling: 'Stopping the scan…',
  finishing: 'Putting the results together…',
  finished: 'Scan finished',
  cancelled: 'Scan stopped',
  failed: 'The scan stopped',
};

const LEDE: Record<ScanStatus, string> = {
  idle: 'Choose folders to start a scan.',
  starting: 'Only reading: nothing is changed, moved or uploaded.',
  running: 'Only reading: nothing is changed, moved or uploaded. You can keep working while the scan runs.',
  paused: 'Nothing more is read until you resume. What was found so far is kept.',
  cancelling: 'Finishing the files already open. What was found so far is kept.',
  finishing: 'Almost done.',
  finished: 'The scan is complete. Review what was found, file by file.',
  cancelled: 'What was found before you stopped is kept.',
  failed: 'What was found before the problem is kept.',
};

function progressText(progress: ScanProgress | undefined): string {
  if (!progress) return 'Getting ready…';
  if (!progress.walkDone) return `${formatCount(progress.filesDone)} files read, ${formatCount(progress.filesFound)} found so far — still looking for more`;
  return `${formatCount(progress.filesDone)} of ${count(progress.filesFound, 'file')} read · ${formatBytes(progress.bytesDone)} of ${formatBytes(progress.bytesFound)}`;
}

/** Reading text in pictures (OCR) is the slow part of a scan, so it is counted on its own. */
function imagesText(progress: ScanProgress | undefined): string | undefined {
  if (!progress || progress.imagesFound === 0) return undefined;
  const more = progress.walkDone ? '' : ' so far';
  return `Images read for text: ${formatCount(progress.imagesDone)} of ${formatCount(progress.imagesFound)}${more}`;
}

/** What a screen reader hears: changes of state and every quarter of the way, not every tick. */
function useAnnouncement(status: ScanStatus, progress: ScanProgress | undefined): string {
  const [message, setMessage] = useState('');
  const lastQuarter = useRef(-1);
  useEffect(() => {
    if (status === 'running' && progress?.walkDone) {
      const quarter = Math.floor(progress.fraction * 4);
      if (quarter > lastQuarter.current && quarter > 0 && quarter < 4) {
        lastQuarter.current = quarter;
        setMessage(`${quarter * 25} percent done.`);
      }
    }
  }, [status, progress]);
  const latest = useRef(progress);
  useEffect(() => {
    latest.current = progress;
  });
  useEffect(() => {
    const found = latest.current?.filesWithCustomerData ?? 0;
    setMessage(status === 'finished' ? `Scan finished. ${count(found, 'file')} with customer data.` : TITLE[status]);
  }, [status]);
  return message;
}

/** `focusPath`: a file a watch alert asked to review; Review opens on it when this scan is done. */
export function Scan({ session, focusPath, onReview, onChoose }: { session: ScanSession; focusPath?: string; onReview(): void; onChoose(): void }) {
  const { status, progress } = session;
  const announcement = useAnnouncement(status, progress);
  const done = status === 'finished';
  const running = status === 'running' || status === 'paused' || status === 'starting';
  const fraction = done ? 1 : progress?.walkDone ? progress.fraction : undefined;
  const reviewButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (done) reviewButton.current?.focus();
  }, [done]);

  const recent = session.files.filter((f) => f.risk !== 'none').slice(-5).reverse();
  const percent = fraction === undefined ? undefined : Math.round(fraction * 100);

  return (
    <div className="screen scan">
      <header className="screen-header">
        <p className="eyebrow">{stepEyebrow('scan')}</p>
        <h1 id="scan-title" tabIndex={-1}>
          {TITLE[status]}
        </h1>
        <p className="lede">{LEDE[status]}</p>
      </header>

      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>

      {focusPath !== undefined && running ? (
        <Notice tone="info" title={`Checking the watched folder for ${fileName(focusPath)}`}>
          Only new and changed files are read, so this is quick. The file opens as soon as the check is done, ready to clean up.
        </Notice>
      ) : null}

      {status === 'failed' ? (
        <Notice tone="error" role="alert" title="The scan could not finish">
          {session.error}
        </Notice>
      ) : null}

      <section className="card progress-card" aria-labelledby="progress-title">
        <div className="progress-head">
          <h2 id="progress-title">{status === 'paused' ? 'Paused' : done ? 'Finished' : 'Progress'}</h2>
          <span className="progress-percent" aria-hidden="true">
            {percent === undefined ? '' : `${percent}%`}
          </span>
        </div>
        <ProgressBar fraction={fraction} paused={status === 'paused'} label="Scan progress" valueText={`${percent === undefined ? 'Finding files' : `${percent}%`}. ${progressText(progress)}`} />
        <p className="progress-text">{progressText(progress)}</p>
        {imagesText(progress) ? (
          <p className="progress-text" data-testid="images-progress">
            {imagesText(progress)}
          </p>
        ) : null}
        {progress?.currentFolder && !done ? (
          <p className="progress-folder">
            <Icon name="folder" size={16} />
            <span>
              <span className="visually-hidden">Now reading </span>
              <span translate="no">{progress.currentFolder}</span>
            </span>
          </p>
        ) : null}

        <StatTiles
          label="Scan speed"
          stats={[
            { label: 'Files per second', value: progress ? formatRate(progress.filesPerSecond) : '—' },
            { label: 'Time left', value: done ? 'Done' : status === 'paused' ? 'Paused' : formatTimeLeft(progress?.etaSeconds) },
            { label: 'Time taken', value: progress ? formatElapsed(progress.elapsedMs) : '—' },
            { label: 'Could not be read', value: formatCount(progress?.filesNotInspected ?? 0), hint: 'Listed separately on Review' },
          ]}
        />

        <div className="scan-actions">
          {done ? (
            <button type="button" className="button button-primary button-large" onClick={onReview} ref={reviewButton}>
              Review the findings
              <Icon name="chevron" size={18} />
            </button>
          ) : running ? (
            <>
              {status === 'paused' ? (
                <button type="button" className="button button-secondary" onClick={() => void session.resume()}>
                  <Icon name="play" size={16} />
                  Resume
                </button>
              ) : (
                <button type="button" className="button button-secondary" onClick={() => void session.pause()} disabled={status === 'starting'}>
                  <Icon name="pause" size={16} />
                  Pause
                </button>
              )}
              <button type="button" className="button button-secondary button-danger" onClick={() => void session.cancel()} disabled={status === 'starting'}>
                <Icon name="stop" size={16} />
                Stop and review what was found
              </button>
            </>
          ) : status === 'failed' ? (
            <button type="button" className="button button-secondary" onClick={onChoose}>
              <Icon name="back" size={16} />
              Back to choosing folders
            </button>
          ) : null}
        </div>
      </section>

      <section className="card" aria-labelledby="found-title">
        <div className="section-head">
          <h2 id="found-title">{done ? 'Found' : 'Found so far'}</h2>
          <p className="section-aside">
            <strong>{count(progress?.filesWithCustomerData ?? 0, 'file')}</strong> with customer data
          </p>
        </div>
        <CategoryCounts counts={progress?.byCategory ?? emptyCounts()} label="Customer details found so far" />
        {recent.length > 0 ? (
          <>
            <h3 className="subheading">Latest files with customer data</h3>
            <ul className="recent-files">
              {recent.map((file) => (
                <li key={file.path}>
                  <span className="recent-name">
                    <span className="file-name" translate="no">
                      {fileName(file.path)}
                    </span>
                    <span className="recent-folder" translate="no">
                      {folderOf(file.path)}
                    </span>
                  </span>
                  <span className="recent-summary">{findingsSummary(file)}</span>
                  <RiskBadge risk={file.risk} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </div>
  );
}
