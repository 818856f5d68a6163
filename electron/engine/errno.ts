// File-system error codes → the reasons of the scan contract.
import type { NotInspectedReason } from '../../shared/types.js';

export function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

export function errnoReason(error: unknown): NotInspectedReason {
  switch (errnoCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'vanished';
    case 'EACCES':
    case 'EPERM':
      return 'permission-denied';
    case 'ELOOP':
      return 'symlink';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'permission-denied';
    default:
      return 'corrupt';
  }
}
