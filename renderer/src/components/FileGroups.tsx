// Files with customer data, grouped by risk, then by folder; the folders with most customers first.
import { useState } from 'react';
import type { FileResult } from '../../../shared/types';
import { folderOf, friendlyFolder } from '../paths';
import { RISK_EXPLANATION, RISK_LABEL, RISK_ORDER } from '../text/labels';
import { count } from '../text/numbers';
import { FileRow } from './FileRow';
import { RiskBadge } from './RiskBadge';

interface Folder {
  folder: string;
  files: FileResult[];
  records: number;
}

function byFolder(files: readonly FileResult[]): Folder[] {
  const groups = new Map<string, Folder>();
  for (const file of files) {
    const folder = folderOf(file.path);
    const group = groups.get(folder) ?? { folder, files: [], records: 0 };
    group.files.push(file);
    group.records += file.records;
    groups.set(folder, group);
  }
  for (const group of groups.values()) group.files.sort((a, b) => b.records - a.records || a.path.localeCompare(b.path));
  return [...groups.values()].sort((a, b) => b.records - a.records || a.folder.localeCompare(b.folder));
}

/** Long folders (an archive of monthly exports) open a page at a time: the list stays quick. */
const PAGE = 25;

function FolderFiles({ group, label, scanId, open, onToggle, focused }: { group: Folder; label: string; scanId: string | undefined; open: string | null; onToggle(path: string): void; focused?: string }) {
  // The file asked for is shown even when it is past the first page.
  const [shown, setShown] = useState(() => Math.max(PAGE, group.files.findIndex((f) => f.path === focused) + 1));
  const files = group.files.slice(0, shown);
  return (
    <>
      <ul className="file-list" aria-label={label}>
        {files.map((file) => (
          <FileRow key={file.path} file={file} scanId={scanId} open={open === file.path} onToggle={() => onToggle(file.path)} focused={file.path === focused} />
        ))}
      </ul>
      {group.files.length > shown ? (
        <button type="button" className="button-link folder-more" onClick={() => setShown((n) => n + PAGE * 4)}>
          Show more files in this folder ({group.files.length - shown} not shown)
        </button>
      ) : null}
    </>
  );
}

/** `focused`: a file to open at once and move to (the one a watch alert asked to review). */
export function FileGroups({ files, roots, scanId, focused }: { files: readonly FileResult[]; roots: readonly string[]; scanId: string | undefined; focused?: string }) {
  const [open, setOpen] = useState<string | null>(focused ?? null);
  return (
    <div className="file-groups">
      {RISK_ORDER.map((risk) => {
        const inRisk = files.filter((f) => f.risk === risk);
        if (inRisk.length === 0) return null;
        const headingId = `risk-${risk}`;
        return (
          <section key={risk} className={`risk-group risk-group-${risk}`} aria-labelledby={headingId}>
            <header className="risk-group-head">
              <h3 id={headingId}>
                <RiskBadge risk={risk} />
                <span className="visually-hidden">: </span>
                <span className="risk-group-count">{count(inRisk.length, 'file')}</span>
              </h3>
              <p className="risk-group-explanation">
                <span className="visually-hidden">{RISK_LABEL[risk]} means: </span>
                {RISK_EXPLANATION[risk]}
              </p>
            </header>
            {byFolder(inRisk).map((group) => (
              <div key={group.folder} className="folder-group">
                <h4 className="folder-name" title={group.folder} translate="no">
                  {friendlyFolder(group.folder, roots)}
                </h4>
                <FolderFiles
                  group={group}
                  label={`${RISK_LABEL[risk]} files in ${friendlyFolder(group.folder, roots)}`}
                  scanId={scanId}
                  open={open}
                  onToggle={(path) => setOpen((current) => (current === path ? null : path))}
                  focused={focused}
                />
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
