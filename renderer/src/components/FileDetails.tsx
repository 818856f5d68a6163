// One file opened on the Review screen: what it holds, examples with where they are, and what the
// user can do: open its folder, or show the real values on screen for a moment.
import { useEffect, useState } from 'react';
import type { FileResult } from '../../../shared/types';
import { api } from '../api';
import { messageOf } from '../scan-session';
import { FORMAT_LABEL } from '../text/labels';
import { count } from '../text/numbers';
import { formatBytes } from '../../../shared/bytes';
import { EvidenceList } from './EvidenceList';
import { Icon } from './Icon';
import { RevealedEvidence } from './RevealedEvidence';
import { CategoryCounts } from './CategoryCounts';
import { hasPictureFinding, Thumbnail } from './Thumbnail';

export function FileDetails({ file, scanId, name }: { file: FileResult; scanId: string | undefined; name: string }) {
  const [revealed, setRevealed] = useState(false);
  const [problem, setProblem] = useState<string>();

  // Real values leave the screen when the window is hidden or minimised.
  useEffect(() => {
    if (!revealed) return;
    const hide = () => document.hidden && setRevealed(false);
    document.addEventListener('visibilitychange', hide);
    return () => document.removeEventListener('visibilitychange', hide);
  }, [revealed]);

  const showInFolder = () => {
    if (!scanId) return;
    setProblem(undefined);
    api.showInFolder({ scanId, path: file.path }).catch((error: unknown) => setProblem(messageOf(error)));
  };

  const caption = `Examples found in ${name}`;
  return (
    <div className="file-details">
      <div className="file-facts">
        <CategoryCounts counts={file.findings} label={`Details found in ${name}`} />
        <p className="file-meta">
          <strong>{count(file.records, 'customer')}</strong> in this file · {FORMAT_LABEL[file.format]} · {formatBytes(file.size)}
          {file.ocr ? ' · text read from pictures' : ''}
        </p>
        {scanId && hasPictureFinding(file) ? <Thumbnail scanId={scanId} file={file} revealed={revealed} name={name} /> : null}
      </div>

      <div className="file-evidence">
        <div className="file-evidence-head">
          <h5>{revealed ? 'Real values' : 'Examples, partly hidden'}</h5>
          <div className="file-actions">
            <button type="button" className="button button-secondary" onClick={showInFolder} disabled={!scanId}>
              <Icon name="folder" size={16} />
              Show in folder
            </button>
            <button type="button" className="button button-secondary" aria-pressed={revealed} onClick={() => setRevealed((on) => !on)} disabled={!scanId}>
              <Icon name={revealed ? 'eyeOff' : 'eye'} size={16} />
              {revealed ? 'Hide real values' : 'Show real values'}
            </button>
          </div>
        </div>
        {revealed && scanId ? (
          <>
            <p className="reveal-note">
              <Icon name="lock" size={14} /> Shown on this screen only. Real values are never saved, and they are hidden again when you close this file.
            </p>
            <RevealedEvidence scanId={scanId} path={file.path} caption={`Real values found in ${name}`} format={file.format} />
          </>
        ) : (
          <EvidenceList items={file.evidence.map((e) => ({ category: e.category, value: e.masked, where: e.where }))} revealed={false} caption={caption} format={file.format} />
        )}
        {problem ? (
          <p className="field-problem" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
    </div>
  );
}
