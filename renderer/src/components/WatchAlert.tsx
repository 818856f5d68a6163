// The alert shown on any screen when a watched folder receives a file with customer data: the
// masked file name, how many customers, and "Review it" (that file's review) or "Dismiss". The
// live region is always in the page, so screen readers announce an alert the moment it appears.
import { useEffect, useState } from 'react';
import { isWatchEvent } from '../../../shared/api-watch';
import { watchAlertText } from '../../../shared/watch-alert';
import type { FileWatchEvent } from '../../../shared/watch-event';
import { api } from '../api';
import { Icon } from './Icon';
import '../styles/watch.css';

interface Alert {
  latest: FileWatchEvent;
  text: string;
  /** Files with customer data since the seller last dismissed the alert. */
  files: number;
}

/** `reviewing`: the file whose review was opened another way (a notification click): its alert is done. */
export function WatchAlert({ onReview, reviewing }: { onReview: (path: string) => void; reviewing?: string }) {
  const [alert, setAlert] = useState<Alert>();

  useEffect(() => {
    if (reviewing !== undefined) setAlert((a) => (a?.latest.path === reviewing ? undefined : a));
  }, [reviewing]);
  useEffect(() => {
    let roots: string[] = [];
    api.getWatchStatus(undefined).then((s) => (roots = s.roots), () => undefined);
    return api.onEvent((event) => {
      if (!isWatchEvent(event)) return;
      if (event.type === 'watch-status') roots = event.status.roots;
      else if (event.type === 'watch-file') {
        const file = event.event;
        const text = watchAlertText(file, roots);
        if (text !== undefined) setAlert((a) => ({ latest: file, text, files: a && a.latest.path !== file.path ? a.files + 1 : (a?.files ?? 1) }));
        // The file was emptied, deleted or moved away: its alert is no longer true.
        else if (file.type === 'cleared') setAlert((a) => (a?.latest.path === file.path && a.files === 1 ? undefined : a));
      }
    });
  }, []);

  return (
    <div className="watch-alert-region" role="alert" aria-live="assertive">
      {alert ? (
        <div className="watch-alert">
          <Icon name="bell" size={20} />
          <p className="watch-alert-text">
            {alert.text}
            {alert.files > 1 ? <span className="watch-alert-more"> ({alert.files} files so far)</span> : null}
          </p>
          <div className="watch-alert-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setAlert(undefined);
                onReview(alert.latest.path);
              }}
            >
              Review it
            </button>
            <button type="button" className="button button-secondary" onClick={() => setAlert(undefined)}>
              Dismiss
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
