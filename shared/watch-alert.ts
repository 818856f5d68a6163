// What the app says when watching finds customer data in a file: one sentence shared by the
// in-app alert and the native notification. Only the masked path's file name is used (a file
// name can hold a customer's name); the folder is the watched folder the seller chose.
import type { FileWatchEvent } from './watch-event.js';

/** The last part of a path, whichever separator it uses. */
function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part !== '');
  return parts[parts.length - 1] ?? path;
}

function isInside(path: string, root: string): boolean {
  const trimmed = root.replace(/[\\/]+$/, '');
  return path === trimmed || path.startsWith(`${trimmed}/`) || path.startsWith(`${trimmed}\\`);
}

/** '12 customers', or the number of details found when the file has no rows of customers (a letter, a photo). */
export function customersPhrase(event: Pick<FileWatchEvent, 'records' | 'findings'>): string {
  if (event.records > 0) return `${event.records} ${event.records === 1 ? 'customer' : 'customers'}`;
  const details = Object.values(event.findings).reduce((sum, n) => sum + n, 0);
  return `${details} customer ${details === 1 ? 'detail' : 'details'}`;
}

/** The masked file name of the event ('o••• (2).csv'); inside an archive, the archive's entry. */
export function maskedFileName(event: Pick<FileWatchEvent, 'maskedPath'>): string {
  return baseName(event.maskedPath.split('!').pop() ?? event.maskedPath);
}

/** The watched folder the file landed in, by its own name ('Downloads'); undefined when none of the roots holds it. */
export function landedIn(path: string, roots: readonly string[]): string | undefined {
  const root = roots.filter((r) => isInside(path, r)).sort((a, b) => b.length - a.length)[0];
  return root === undefined ? undefined : baseName(root);
}

/** 'Customer data just landed in Downloads: o••• (2).csv — 12 customers'; undefined for events that are not findings. */
export function watchAlertText(event: FileWatchEvent, roots: readonly string[]): string | undefined {
  if (event.type !== 'found') return undefined;
  const folder = landedIn(event.path, roots);
  return `Customer data just landed${folder ? ` in ${folder}` : ' in a watched folder'}: ${maskedFileName(event)} — ${customersPhrase(event)}`;
}
