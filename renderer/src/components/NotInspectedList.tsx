// Files that could not be read (password-protected, damaged, too large …): what a signed report
// cannot vouch for, so the seller should open, fix or remove them by hand.
import type { FileResult } from '../../../shared/types';
import { fileName, folderOf } from '../paths';
import { FORMAT_LABEL, REASON_LABEL } from '../text/labels';

export function NotInspectedList({ files }: { files: readonly FileResult[] }) {
  return (
    <ul className="not-inspected-list">
      {files.map((file) => (
        <li key={file.path}>
          <div className="not-inspected-file">
            <span className="file-name" translate="no">
              {fileName(file.path)}
            </span>
            <span className="not-inspected-folder" translate="no">
              {folderOf(file.path)}
            </span>
          </div>
          <div className="not-inspected-why">
            <span className="reason-tag">{file.reason ? REASON_LABEL[file.reason] : 'Not read'}</span>
            <span className="not-inspected-message">{file.message ?? FORMAT_LABEL[file.format]}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
