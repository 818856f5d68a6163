// Opening one file's review from outside the Review screen (a watch alert, a notification, the
// Watch screen): which folders to check again for it, and which results are that file.
import { diskPath, folderOf, within } from './paths';

/**
 * The folders to scan so the file can be reviewed and cleaned up: the watched folders that hold it
 * (clean-up only acts inside the scanned folders, and the scan index makes this quick), or the
 * file's own folder when no watched folder does (the watch stopped since).
 */
export function foldersToReview(path: string, watched: readonly string[]): string[] {
  const holding = watched.filter((root) => within(diskPath(path), root));
  return holding.length > 0 ? holding : [folderOf(path)];
}

/** Whether a result is the file asked for, or an entry of it (an archive's `orders.zip!june.csv`). */
export function isFileOrEntry(resultPath: string, path: string): boolean {
  return resultPath === path || resultPath.startsWith(`${path}!`);
}
