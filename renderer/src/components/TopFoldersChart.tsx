// The folders holding the most customer records: where cleaning up helps most.
import type { FileResult } from '../../../shared/types';
import { folderOf, friendlyFolder } from '../paths';
import { count } from '../text/numbers';
import { useWidth } from './use-width';

const ROW_HEIGHT = 48;
const BAR_HEIGHT = 10;
const CHAR_WIDTH = 7.4; // about 13px text: enough to shorten long folder names before they collide

interface FolderRow {
  folder: string;
  label: string;
  records: number;
  files: number;
}

export function topFolders(files: readonly FileResult[], roots: readonly string[], limit = 5): FolderRow[] {
  const byFolder = new Map<string, FolderRow>();
  for (const file of files) {
    if (file.records === 0) continue;
    const folder = folderOf(file.path);
    const row = byFolder.get(folder) ?? { folder, label: friendlyFolder(folder, roots), records: 0, files: 0 };
    row.records += file.records;
    row.files += 1;
    byFolder.set(folder, row);
  }
  return [...byFolder.values()].sort((a, b) => b.records - a.records || a.label.localeCompare(b.label)).slice(0, limit);
}

function shorten(text: string, room: number): string {
  const fits = Math.floor(room / CHAR_WIDTH);
  return text.length <= fits ? text : `…${text.slice(text.length - fits + 1)}`;
}

export function TopFoldersChart({ files, roots }: { files: readonly FileResult[]; roots: readonly string[] }) {
  const [ref, width] = useWidth<HTMLDivElement>(420);
  const rows = topFolders(files, roots);
  if (rows.length === 0) return <p className="muted">No folder holds customer records.</p>;
  const max = Math.max(1, ...rows.map((row) => row.records));
  const summary = rows.map((row) => `${row.label}: ${count(row.records, 'customer record')}`).join('; ');
  return (
    <div className="chart" ref={ref}>
      <svg width={width} height={rows.length * ROW_HEIGHT} role="img" aria-label={`Folders with the most customer records. ${summary}.`}>
        {rows.map((row, index) => {
          const y = index * ROW_HEIGHT;
          const value = count(row.records, 'record');
          return (
            <g key={row.folder}>
              <title>{row.folder}</title>
              <text className="chart-label" x={0} y={y + 16}>
                {shorten(row.label, width - value.length * CHAR_WIDTH - 24)}
              </text>
              <text className="chart-value" x={width} y={y + 16} textAnchor="end">
                {value}
              </text>
              <rect className="chart-track" x={0} y={y + 26} width={width} height={BAR_HEIGHT} rx={5} />
              <rect className="chart-folder" x={0} y={y + 26} width={Math.max(4, (row.records / max) * width)} height={BAR_HEIGHT} rx={5} />
            </g>
          );
        })}
      </svg>
    </div>
  );
}
