// Whether a folder lies on a network drive, where the OS's change events do not arrive for files
// written by other computers: the watcher polls such folders (and only those). Linux answers by
// the file system's magic number, macOS by its mount table, Windows by a UNC path (\\server\share);
// a mapped drive letter cannot be told apart without native calls, so `--poll` stays available.
import { execFileSync } from 'node:child_process';
import { statfsSync } from 'node:fs';
import { resolve } from 'node:path';

/** statfs(2) f_type of the network file systems Linux mounts (linux/magic.h and the filesystems' own headers). */
export const LINUX_NETWORK_FS_TYPES: ReadonlySet<number> = new Set([
  0x6969, // nfs
  0x517b, // smb
  0xff534d42, // cifs
  0xfe534d42, // smb2
  0x564c, // ncp
  0x5346414f, // afs (OpenAFS)
  0x6b414653, // kafs
  0x73757245, // coda
  0x47504653, // gpfs
  0x0bd00bd0, // lustre
  0x01021997, // v9fs (9p: shared folders of virtual machines and WSL)
  0x65735546, // fuse (sshfs and other remote mounts; local fuse mounts are polled too, which only costs a little)
]);

/** macOS `mount` types that are network file systems. */
export const MAC_NETWORK_FS_NAMES: ReadonlySet<string> = new Set(['smbfs', 'nfs', 'afpfs', 'webdav', 'cifs', 'ftp', 'osxfuse', 'macfuse']);

/** `\\server\share\…` or `//server/share/…` (but not `\\?\C:\…` or `\\.\…`, which are local device paths). */
export function isUncPath(path: string): boolean {
  return /^[\\/]{2}(?![?.][\\/])[^\\/]+[\\/]+[^\\/]+/.test(path);
}

/** The mount points of network file systems in the output of macOS's `mount`: "//u@nas/share on /Volumes/share (smbfs, nodev, …)". */
export function macNetworkMountPoints(mountOutput: string): string[] {
  const points: string[] = [];
  for (const line of mountOutput.split('\n')) {
    const match = / on (.+) \(([^,)]+)/.exec(line);
    if (match && MAC_NETWORK_FS_NAMES.has(match[2]!.trim())) points.push(match[1]!);
  }
  return points;
}

/** Whether `path` is `point` or lies inside it. */
function isInside(path: string, point: string): boolean {
  const base = point.endsWith('/') ? point : point + '/';
  return path === point || path.startsWith(base);
}

export interface NetworkDriveProbe {
  platform: NodeJS.Platform;
  /** statfs(2) f_type of the file system holding a path (Linux); throws when it cannot be read. */
  fsType: (path: string) => number;
  /** The text `mount` prints (macOS); throws when it cannot be run. */
  mountTable: () => string;
}

export const SYSTEM_PROBE: NetworkDriveProbe = {
  platform: process.platform,
  fsType: (path) => statfsSync(path).type,
  mountTable: () => execFileSync('/sbin/mount', { encoding: 'utf8', timeout: 2_000, stdio: ['ignore', 'pipe', 'ignore'] }),
};

/** The roots among `roots` that lie on a network drive. Anything that cannot be told counts as local (native events). */
export function networkRoots(roots: readonly string[], probe: NetworkDriveProbe = SYSTEM_PROBE): string[] {
  if (probe.platform === 'win32') return roots.filter(isUncPath);
  if (probe.platform === 'darwin') {
    let points: string[];
    try {
      points = macNetworkMountPoints(probe.mountTable());
    } catch {
      return [];
    }
    return roots.filter((root) => points.some((point) => isInside(resolve(root), point)));
  }
  return roots.filter((root) => {
    try {
      return LINUX_NETWORK_FS_TYPES.has(probe.fsType(root) >>> 0);
    } catch {
      return false;
    }
  });
}
