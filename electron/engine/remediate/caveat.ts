// The per-file truth about a deletion: what overwriting assured on this medium and what it did not.
import type { CloudService, Medium } from './medium.js';

export const CLOUD_NAMES: Record<CloudService, string> = {
  onedrive: 'OneDrive',
  dropbox: 'Dropbox',
  'google-drive': 'Google Drive',
  icloud: 'iCloud Drive',
};

const DISPLAY_NAMES: Record<string, string> = {
  zfs: 'ZFS', xfs: 'XFS', apfs: 'APFS', ntfs: 'NTFS', ntfs3: 'NTFS', refs: 'ReFS', hfs: 'HFS+', nfs: 'NFS', nfs4: 'NFS',
  cifs: 'SMB', smb3: 'SMB', smbfs: 'SMB', vfat: 'FAT', exfat: 'exFAT', f2fs: 'F2FS', jfs: 'JFS',
};

/** One paragraph: first what is assured, then each reason the old content may survive, then what protects it. */
export function mediumCaveat(medium: Medium): string {
  const fs = medium.filesystem ? (DISPLAY_NAMES[medium.filesystem] ?? medium.filesystem) : undefined;
  const lines: string[] = ['The file\'s name and content are gone from its folder.'];
  if (medium.inMemory) {
    lines.push(`It was held in memory (${fs}), not on a disk; only swapped-out pages could keep a copy.`);
  } else if (medium.network) {
    lines.push(`It was on a network share (${fs}): the server decides where the random bytes landed, and its snapshots and backups may still hold the old content.`);
  } else {
    if (medium.copyOnWrite) {
      lines.push(`${fs} is a copy-on-write filesystem: the random bytes went to new blocks, so the old content may stay on the disk until the space is reused, and any snapshot still holds it.`);
    } else if (medium.journaling) {
      lines.push(`${fs} keeps a journal, which may hold the file's name and size (rarely its content) for a while.`);
    } else if (!fs) {
      lines.push('The filesystem could not be identified; on a copy-on-write one (APFS, btrfs, ZFS) the old blocks may survive the overwrite.');
    }
    if (medium.rotational === false) {
      lines.push('The disk is a solid-state drive: it writes to fresh cells and keeps the old ones until it reuses them, so no overwrite can guarantee the old content is gone.');
    } else if (medium.rotational === true && !medium.copyOnWrite) {
      lines.push('The disk spins and the file was overwritten in place: software cannot read the old content back.');
    } else if (medium.rotational === undefined) {
      lines.push('Whether the disk is a solid-state drive could not be detected; on one, the old content may survive the overwrite.');
    }
  }
  if (medium.cloud) {
    lines.push(`The folder is synced with ${CLOUD_NAMES[medium.cloud]}, which keeps deleted files and earlier versions for a time: purge them there too.`);
  }
  if (medium.inTrash) lines.push('It was in the Trash, where other deleted files may still hold customer data: empty it.');
  if (medium.encrypted) {
    lines.push(`The disk is encrypted${medium.encryption ? ` (${medium.encryption})` : ''}, so whatever remains is unreadable without its key.`);
  } else if (!medium.inMemory && !medium.network) {
    lines.push('Full-disk encryption is what makes any remnant unreadable.');
  }
  return lines.join(' ');
}
