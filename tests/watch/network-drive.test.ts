// Which watched folders lie on a network drive (and so are polled): each OS's answer from what
// it reports, and this machine's own temporary folder, which is local.
import { describe, expect, it } from 'vitest';
import { isUncPath, macNetworkMountPoints, networkRoots, type NetworkDriveProbe } from '../../electron/engine/watch/network-drive.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

const MAC_MOUNT = `/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
devfs on /dev (devfs, local, nobrowse)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse, protect)
//seller@nas.local/Shop%20Files on /Volumes/Shop Files (smbfs, nodev, nosuid, mounted by seller)
nas.local:/export/orders on /Volumes/orders (nfs, asynchronous)
/dev/disk4s1 on /Volumes/USB Stick (msdos, local, nodev, nosuid, noowners)
`;

const probe = (over: Partial<NetworkDriveProbe>): NetworkDriveProbe => ({
  platform: 'linux',
  fsType: () => 0xef53,
  mountTable: () => '',
  ...over,
});

describe('network drives', () => {
  it('tells UNC paths from drive letters and device paths', () => {
    expect(isUncPath('\\\\nas\\shop\\Orders')).toBe(true);
    expect(isUncPath('//nas/shop')).toBe(true);
    expect(isUncPath('C:\\Users\\seller\\Downloads')).toBe(false);
    expect(isUncPath('\\\\?\\C:\\Users\\seller')).toBe(false);
    expect(isUncPath('\\\\.\\PhysicalDrive0')).toBe(false);
    expect(isUncPath('\\\\nas')).toBe(false);
  });

  it('reads network mount points from macOS mount output, names with spaces included', () => {
    expect(macNetworkMountPoints(MAC_MOUNT)).toEqual(['/Volumes/Shop Files', '/Volumes/orders']);
  });

  it('polls only the roots on a network file system', () => {
    const linux = probe({ fsType: (path) => (path.startsWith('/mnt/nas') ? 0xff534d42 : path.startsWith('/mnt/nfs') ? 0x6969 : 0xef53) });
    expect(networkRoots(['/home/seller/Downloads', '/mnt/nas/orders', '/mnt/nfs'], linux)).toEqual(['/mnt/nas/orders', '/mnt/nfs']);
    // statfs reports CIFS's magic as a negative 32-bit number on some builds: the same file system.
    expect(networkRoots(['/mnt/nas'], probe({ fsType: () => 0xff534d42 | 0 }))).toEqual(['/mnt/nas']);

    const mac = probe({ platform: 'darwin', mountTable: () => MAC_MOUNT });
    expect(networkRoots(['/Users/seller/Downloads', '/Volumes/Shop Files/2025', '/Volumes/Shop Files Backup', '/Volumes/USB Stick'], mac)).toEqual(['/Volumes/Shop Files/2025']);

    const windows = probe({ platform: 'win32' });
    expect(networkRoots(['C:\\Users\\seller\\Downloads', '\\\\nas\\shop'], windows)).toEqual(['\\\\nas\\shop']);
  });

  it('counts a folder as local when the OS cannot tell', () => {
    const failing = (): never => {
      throw new Error('not available');
    };
    expect(networkRoots(['/mnt/gone'], probe({ fsType: failing }))).toEqual([]);
    expect(networkRoots(['/Volumes/x'], probe({ platform: 'darwin', mountTable: failing }))).toEqual([]);
  });

  it('finds this machine’s temporary folder local', async () => {
    const dir = await makeTempDir('cda-netdrive-');
    try {
      expect(networkRoots([dir])).toEqual([]);
    } finally {
      await removeTempDir(dir);
    }
  });
});
