// Why a remediation step was not taken: a machine code for the log and a sentence for people.
// Sentences name no file and quote no content (the log masks paths itself).
import { errnoCode } from '../errno.js';

export const REFUSAL_CODES = [
  'outside-roots',
  'root-unusable',
  'symlink',
  'not-regular-file',
  'hard-linked',
  'vanished',
  'changed-since-scan',
  'permission-denied',
  'read-only',
  'folder-not-writable',
  'locked',
  'io-error',
  'not-in-scan',
  'inside-archive',
  'not-redactable',
  'redaction-incomplete',
  'nothing-to-redact',
  'archive-failed',
  'too-large',
  'retention-not-ended',
  'reason-required',
  'cancelled',
  'no-archive-key',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface Refusal {
  ok: false;
  code: RefusalCode;
  message: string;
}

export function refuse(code: RefusalCode, message: string): Refusal {
  return { ok: false, code, message };
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false && 'code' in value;
}

/** A file-system error as a refusal; `writing` says whether the file was being opened for change. */
export function refusalFromError(error: unknown, writing: boolean): Refusal {
  const code = errnoCode(error);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return refuse('vanished', 'The file is no longer where the scan found it (moved, renamed or deleted since).');
    case 'ELOOP':
      return refuse('symlink', 'The file was replaced by a shortcut (symbolic link); it was not followed.');
    case 'EACCES':
    case 'EPERM':
      return writing
        ? refuse('read-only', 'The file cannot be changed: it is read-only or you lack permission. Nothing was done to it.')
        : refuse('permission-denied', 'The file cannot be opened: permission denied. Nothing was done to it.');
    case 'EROFS':
      return refuse('read-only', 'The file lies on a read-only disk or share. Nothing was done to it.');
    case 'EBUSY':
    case 'ETXTBSY':
      return refuse('locked', 'The file is in use by another program (locked). Close it and try again; nothing was done to it.');
    default:
      return refuse('io-error', `The file could not be accessed (${code ?? 'unknown error'}). Nothing was done to it.`);
  }
}
