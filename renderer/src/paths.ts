// Paths as the Review screen shows them: a file's name, its folder, and that folder said relative
// to the place the user chose. Works for '/' and '\' and for entries inside archives (`a.zip!b.csv`).
const SEPARATOR = /[\\/]/;

/** The file on disk: for an entry inside an archive, the archive itself. */
export function diskPath(path: string): string {
  return path.split('!')[0] ?? path;
}

export function fileName(path: string): string {
  const bang = path.indexOf('!');
  if (bang >= 0) return `${baseName(path.slice(0, bang))} › ${path.slice(bang + 1)}`;
  return baseName(path);
}

function baseName(path: string): string {
  const parts = path.split(SEPARATOR).filter(Boolean);
  return parts.at(-1) ?? path;
}

export function folderOf(path: string): string {
  const disk = diskPath(path);
  const cut = Math.max(disk.lastIndexOf('/'), disk.lastIndexOf('\\'));
  return cut <= 0 ? disk.slice(0, cut + 1) || disk : disk.slice(0, cut);
}

/** Whether `path` is `root` or inside it. */
export function within(path: string, root: string): boolean {
  const r = root.replace(/[\\/]+$/, '');
  return path === r || path.startsWith(r + '/') || path.startsWith(r + '\\');
}

/** `Downloads › Orders › 2026` for a folder inside the chosen root `/home/ann/Downloads`. */
export function friendlyFolder(folder: string, roots: readonly string[]): string {
  const root = [...roots].sort((a, b) => b.length - a.length).find((r) => within(folder, r));
  if (!root) return folder;
  const trimmed = root.replace(/[\\/]+$/, '');
  const rest = folder.slice(trimmed.length).split(SEPARATOR).filter(Boolean);
  return [baseName(trimmed) || trimmed, ...rest].join(' › ');
}
