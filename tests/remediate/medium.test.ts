// What the engine tells the seller about the storage medium, and the session checklist.
import { describe, expect, it } from 'vitest';
import { mediumCaveat } from '../../electron/engine/remediate/caveat.js';
import { sessionGuidance } from '../../electron/engine/remediate/guidance.js';
import { cloudServiceOf, detectMedium, isInTrash, mountOf, parseDarwinMount, parseDiskutilPlist, parseMountinfo, type Medium } from '../../electron/engine/remediate/medium.js';
import { isPastDate, retentionStatus } from '../../electron/engine/remediate/retention.js';

const base: Medium = { platform: 'linux', inTrash: false };

describe('medium detection', () => {
  it('recognises cloud-sync folders and the Trash by their paths', () => {
    expect(cloudServiceOf('/Users/ann/Library/Mobile Documents/com~apple~CloudDocs/orders.csv')).toBe('icloud');
    expect(cloudServiceOf('C:\\Users\\ann\\OneDrive - Shop GmbH\\orders.xlsx')).toBe('onedrive');
    expect(cloudServiceOf('/home/ann/Dropbox/orders.csv')).toBe('dropbox');
    expect(cloudServiceOf('/Users/ann/Library/CloudStorage/GoogleDrive-ann@example.com/My Drive/x.csv')).toBe('google-drive');
    expect(cloudServiceOf('/home/ann/Documents/orders.csv')).toBeUndefined();
    expect(isInTrash('/home/ann/.local/share/Trash/files/orders.csv')).toBe(true);
    expect(isInTrash('/Users/ann/.Trash/orders.csv')).toBe(true);
    expect(isInTrash('D:\\$Recycle.Bin\\S-1-5-21\\orders.csv')).toBe(true);
    expect(isInTrash('/home/ann/Trash-ideas/orders.csv')).toBe(false);
  });

  it('parses mount tables and diskutil output', () => {
    const linux = parseMountinfo('22 1 8:2 / / rw - ext4 /dev/sda2 rw\n40 22 0:45 / /home rw - btrfs /dev/nvme0n1p3 rw\n50 22 0:50 / /mnt/my\\040share rw - cifs //nas/share rw\n');
    expect(mountOf(linux, '/home/ann/x.csv')!.filesystem).toBe('btrfs');
    expect(mountOf(linux, '/homework/x.csv')!.filesystem).toBe('ext4');
    expect(mountOf(linux, '/mnt/my share/x.csv')!.filesystem).toBe('cifs');
    const mac = parseDarwinMount('/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)\n');
    expect(mac[0]).toMatchObject({ mountPoint: '/System/Volumes/Data', filesystem: 'apfs' });
    expect(parseDiskutilPlist('<key>SolidState</key>\n<true/>\n<key>FileVault</key><false/>')).toEqual({ rotational: false, encrypted: false });
  });

  it('detects something real about a temporary folder without failing', async () => {
    const medium = await detectMedium(process.cwd() + '/package.json');
    expect(medium.platform).toBe(process.platform);
    expect(mediumCaveat(medium)).toContain('gone from its folder');
  });
});

describe('what is and is not assured', () => {
  it('says an SSD and a copy-on-write filesystem cannot be guaranteed, and names the cloud service and the Trash', () => {
    const text = mediumCaveat({ ...base, filesystem: 'btrfs', copyOnWrite: true, rotational: false, cloud: 'dropbox', inTrash: true });
    expect(text).toMatch(/copy-on-write/);
    expect(text).toMatch(/solid-state/);
    expect(text).toMatch(/Dropbox/);
    expect(text).toMatch(/Trash/);
    expect(text).toMatch(/Full-disk encryption/);
  });

  it('says a spinning disk overwritten in place is assured, and an unknown medium is not', () => {
    expect(mediumCaveat({ ...base, filesystem: 'ext2', journaling: false, rotational: true })).toMatch(/cannot read the old content back/);
    expect(mediumCaveat(base)).toMatch(/could not be identified/);
    expect(mediumCaveat({ ...base, filesystem: 'ext4', journaling: true, rotational: false, encrypted: true, encryption: 'LUKS' })).toMatch(/encrypted \(LUKS\)/);
  });

  it('builds one checklist for the session: trash, each cloud service seen, backups, snapshots, disk encryption', () => {
    const items = sessionGuidance([{ ...base, cloud: 'onedrive' }, { ...base, cloud: 'icloud', filesystem: 'btrfs', copyOnWrite: true }], 'darwin');
    expect(items.map((i) => i.id)).toEqual(['empty-trash', 'cloud-onedrive', 'cloud-icloud', 'check-backups', 'snapshots', 'disk-encryption']);
    expect(items.find((i) => i.id === 'check-backups')!.item).toMatch(/Time Machine/);
    expect(items.find((i) => i.id === 'disk-encryption')!.item).toMatch(/FileVault/);
    const win = sessionGuidance([base], 'win32');
    expect(win.map((i) => i.id)).toEqual(['empty-trash', 'cloud-any', 'check-backups', 'disk-encryption']);
    expect(win[0]!.item).toMatch(/Recycle Bin/);
    expect(win.find((i) => i.id === 'check-backups')!.item).toMatch(/File History/);
    expect(win.find((i) => i.id === 'disk-encryption')!.item).toMatch(/BitLocker/);
  });
});

describe('retention window', () => {
  it('flags customer data older than 30 days after the file date by default, configurable', () => {
    const now = new Date('2026-03-31T12:00:00Z');
    expect(retentionStatus(Date.parse('2026-03-15T00:00:00Z'), { now })).toMatchObject({ ageDays: 16, overdue: false, dueDate: '2026-04-14' });
    expect(retentionStatus(Date.parse('2026-02-01T00:00:00Z'), { now })).toMatchObject({ ageDays: 58, overdue: true });
    expect(retentionStatus(Date.parse('2026-02-01T00:00:00Z'), { now, windowDays: 90 }).overdue).toBe(false);
    expect(isPastDate('2026-03-31', now)).toBe(false);
    expect(isPastDate('2026-03-30', now)).toBe(true);
  });
});
