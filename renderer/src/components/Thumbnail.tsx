// A small picture of an image finding (a screenshot, a photo of a label, a scanned PDF page) on
// the Review screen. The app builds it in memory with every region holding customer data covered;
// the real picture is fetched only while the user shows real values (the window is then protected
// from screenshots). It lives in this component's state only and is never saved.
import { useEffect, useState } from 'react';
import type { PictureThumbnail } from '../../../shared/api';
import type { FileResult } from '../../../shared/types';
import { api } from '../api';
import { messageOf } from '../scan-session';
import { count } from '../text/numbers';
import '../styles/thumbnail.css';

/** Pictures, and PDFs whose findings were read from scanned pages. */
export function hasPictureFinding(file: FileResult): boolean {
  if (file.risk === 'none' || file.path.includes('!')) return false;
  return file.format === 'image' || (file.format === 'pdf' && file.evidence.some((e) => 'box' in e.where));
}

export function Thumbnail({ scanId, file, revealed, name }: { scanId: string; file: FileResult; revealed: boolean; name: string }) {
  const [thumbnail, setThumbnail] = useState<PictureThumbnail | null>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    setThumbnail(undefined);
    setError(undefined);
    api.getThumbnail({ scanId, path: file.path, reveal: revealed }).then(
      (result) => live && setThumbnail(result),
      (reason: unknown) => live && setError(messageOf(reason)),
    );
    return () => {
      live = false;
      // The real picture leaves the screen with this component: the window may be captured again.
      if (revealed) void api.concealValues(undefined).catch(() => undefined);
    };
  }, [scanId, file.path, revealed]);

  if (error) return <p className="thumbnail-note muted">No preview: {error}</p>;
  if (thumbnail === undefined) {
    return (
      <div className="thumbnail thumbnail-loading" role="status">
        <span className="muted">{revealed ? 'Reading the picture…' : 'Preparing a preview with customer details covered…'}</span>
      </div>
    );
  }
  if (thumbnail === null) return null;
  const covered = count(thumbnail.regions.length, 'area');
  const where = thumbnail.pages > 1 ? ` Page ${thumbnail.page} of ${thumbnail.pages}.` : '';
  const caption = thumbnail.revealed ? `Real picture: ${covered} with customer details outlined.${where}` : `${covered} with customer details covered.${where}`;
  return (
    <figure className={`thumbnail${thumbnail.revealed ? ' thumbnail-revealed' : ''}`}>
      <img
        src={thumbnail.dataUrl}
        width={thumbnail.width}
        height={thumbnail.height}
        alt={thumbnail.revealed ? `The picture ${name}, customer details outlined` : `Preview of ${name} with customer details covered by boxes`}
      />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
