// Once-per-session guidance after deleting: what the seller must do outside this tool so that the
// deleted files are really gone. Each item has a stable id so that it can be confirmed (in the app
// with a tick, on the command line with --confirmed ID) and recorded in the log's checklist.
import { CLOUD_NAMES } from './caveat.js';
import { CLOUD_SERVICES, type CloudService, type Medium } from './medium.js';

export interface GuidanceItem {
  id: string;
  item: string;
}

const CLOUD_PURGE: Record<CloudService, string> = {
  onedrive:
    'OneDrive: empty the Recycle bin at onedrive.live.com (deleted files are kept 30 days; for work or school accounts 93 days, and also empty the second-stage recycle bin of the SharePoint site); earlier versions of files you keep are under Version history.',
  dropbox:
    'Dropbox: at dropbox.com open Deleted files and permanently delete these files (Dropbox keeps deleted files and their version history 30 days on Basic and Plus, 180 days on Professional and Business plans).',
  'google-drive':
    'Google Drive: empty the Bin at drive.google.com (files stay 30 days otherwise); older versions of files you keep are under Manage versions.',
  icloud:
    'iCloud Drive: at icloud.com open Drive → Recently Deleted and delete all (files stay 30 days otherwise), and on each Mac or iPhone empty Recently Deleted in Files/Finder.',
};

function trashItem(platform: NodeJS.Platform): GuidanceItem {
  const where =
    platform === 'darwin' ? 'the Trash in Finder' : platform === 'win32' ? 'the Recycle Bin' : 'the Trash of your desktop (and .Trash folders on other drives)';
  return { id: 'empty-trash', item: `Empty ${where}: files deleted there earlier, and copies of these files, are still on the disk until it is emptied.` };
}

function backupItem(platform: NodeJS.Platform): GuidanceItem {
  const which =
    platform === 'darwin'
      ? 'Time Machine backups and local snapshots (tmutil listlocalsnapshots /)'
      : platform === 'win32'
        ? 'File History, Windows Backup and restore points (shadow copies)'
        : 'backups (Déjà Dup, Timeshift, rsync or a NAS) and filesystem snapshots';
  return {
    id: 'check-backups',
    item: `Check your backups: ${which} still hold copies of deleted files. Delete those backups, let them expire, or make sure they are encrypted.`,
  };
}

function encryptionItem(platform: NodeJS.Platform, detected: boolean): GuidanceItem {
  const name = platform === 'darwin' ? 'FileVault' : platform === 'win32' ? 'BitLocker (Device Encryption on Windows Home)' : 'LUKS full-disk encryption';
  return detected
    ? { id: 'disk-encryption', item: `Keep full-disk encryption (${name}) turned on: it is what makes remnants on the disk unreadable.` }
    : { id: 'disk-encryption', item: `Turn on full-disk encryption (${name}) so that remnants of deleted files on the disk, and on SSDs in particular, cannot be read.` };
}

/** The checklist for one session, from the media of the files deleted in it. */
export function sessionGuidance(media: readonly Medium[], platform: NodeJS.Platform = process.platform): GuidanceItem[] {
  const items: GuidanceItem[] = [trashItem(platform)];
  const clouds = CLOUD_SERVICES.filter((service) => media.some((m) => m.cloud === service));
  for (const service of clouds) items.push({ id: `cloud-${service}`, item: CLOUD_PURGE[service] });
  if (clouds.length === 0) {
    items.push({
      id: 'cloud-any',
      item: `If these folders were ever synced with a cloud service (${Object.values(CLOUD_NAMES).join(', ')}), purge its deleted files and version history too.`,
    });
  }
  items.push(backupItem(platform));
  const cow = [...new Set(media.filter((m) => m.copyOnWrite && m.filesystem).map((m) => m.filesystem!))];
  if (cow.some((fs) => fs === 'btrfs' || fs === 'zfs' || fs === 'bcachefs')) {
    items.push({
      id: 'snapshots',
      item: `Delete filesystem snapshots taken before today (${cow.join(', ')}: snapper list, btrfs subvolume list -s, zfs list -t snapshot): they keep the deleted files.`,
    });
  }
  const encrypted = media.length > 0 && media.every((m) => m.encrypted === true);
  items.push(encryptionItem(platform, encrypted));
  return items;
}
