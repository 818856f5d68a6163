// What can be known about where a file is stored, because it decides what an overwrite assures:
// the filesystem (copy-on-write, journaling, network, memory), whether the disk spins (Linux
// sysfs; diskutil on macOS), whether it is encrypted (dm-crypt/LUKS; FileVault), whether the
// folder is synced with a cloud service, and whether the file is in the Trash. Best effort: what
// cannot be detected stays undefined and the caveat says so.
import { execFile } from 'node:child_process';
import { readFile, readdir, realpath, stat, statfs } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export const CLOUD_SERVICES = ['onedrive', 'dropbox', 'google-drive', 'icloud'] as const;
export type CloudService = (typeof CLOUD_SERVICES)[number];

export interface Medium {
  platform: NodeJS.Platform;
  /** 'ext4', 'btrfs', 'zfs', 'xfs', 'apfs', 'ntfs', 'tmpfs', 'nfs' …; undefined when unknown. */
  filesystem?: string;
  copyOnWrite?: boolean;
  journaling?: boolean;
  network?: boolean;
  inMemory?: boolean;
  /** True for a spinning disk, false for a solid-state one; undefined when unknown. */
  rotational?: boolean;
  /** The block device is encrypted (LUKS/dm-crypt, FileVault); undefined when unknown. */
  encrypted?: boolean;
  encryption?: string;
  cloud?: CloudService;
  inTrash: boolean;
}

interface FilesystemTraits {
  copyOnWrite?: boolean;
  journaling?: boolean;
  network?: boolean;
  inMemory?: boolean;
}

const TRAITS: Record<string, FilesystemTraits> = {
  btrfs: { copyOnWrite: true },
  zfs: { copyOnWrite: true },
  apfs: { copyOnWrite: true },
  refs: { copyOnWrite: true },
  bcachefs: { copyOnWrite: true },
  f2fs: { copyOnWrite: true },
  ext4: { journaling: true },
  ext3: { journaling: true },
  ext2: { journaling: false },
  xfs: { journaling: true },
  jfs: { journaling: true },
  reiserfs: { journaling: true },
  ntfs: { journaling: true },
  ntfs3: { journaling: true },
  hfs: { journaling: true },
  vfat: { journaling: false },
  exfat: { journaling: false },
  tmpfs: { inMemory: true },
  ramfs: { inMemory: true },
  nfs: { network: true },
  nfs4: { network: true },
  cifs: { network: true },
  smb3: { network: true },
  smbfs: { network: true },
  afpfs: { network: true },
  webdav: { network: true },
  '9p': { network: true },
  virtiofs: { network: true },
  'fuse.sshfs': { network: true },
  overlay: {},
};

/** Linux statfs magic numbers, used when /proc is not there to name the filesystem. */
const LINUX_MAGIC: Record<number, string> = {
  0xef53: 'ext4',
  0x9123683e: 'btrfs',
  0x2fc12fc1: 'zfs',
  0x58465342: 'xfs',
  0x01021994: 'tmpfs',
  0x858458f6: 'ramfs',
  0x6969: 'nfs',
  0xff534d42: 'cifs',
  0xfe534d42: 'smb3',
  0x794c7630: 'overlay',
  0xf2f52010: 'f2fs',
  0x4d44: 'vfat',
  0x2011bab0: 'exfat',
  0x5346544e: 'ntfs',
  0x7366746e: 'ntfs3',
  0xca451a4e: 'bcachefs',
  0x3153464a: 'jfs',
  0x52654973: 'reiserfs',
  0x65735546: 'fuse',
};

export function filesystemTraits(filesystem: string | undefined): FilesystemTraits {
  if (!filesystem) return {};
  return TRAITS[filesystem] ?? {};
}

/** The cloud service syncing a folder, from the folder names each service's client uses. */
export function cloudServiceOf(path: string): CloudService | undefined {
  const parts = path.split(/[\\/]+/);
  const joined = parts.join('/');
  if (/(^|\/)Library\/Mobile Documents(\/|$)/.test(joined) || joined.includes('com~apple~CloudDocs')) return 'icloud';
  for (const part of parts) {
    if (/^OneDrive(?: - .+)?$/i.test(part) || /^OneDrive-/i.test(part)) return 'onedrive';
    if (/^Dropbox(?: \(.+\))?$/i.test(part) || /^Dropbox-/i.test(part)) return 'dropbox';
    if (/^Google ?Drive$/i.test(part) || /^GoogleDrive-/i.test(part) || /^(?:My Drive|Shared drives)$/i.test(part)) return 'google-drive';
    if (/^iCloud ?Drive(?: \(.+\))?$/i.test(part)) return 'icloud';
  }
  return undefined;
}

/** In the Trash or Recycle Bin: Linux (XDG), macOS (~/.Trash, /Volumes/x/.Trashes) and Windows. */
export function isInTrash(path: string): boolean {
  const parts = path.split(/[\\/]+/);
  const joined = parts.join('/');
  if (/\/\.local\/share\/Trash\/(?:files|info)(\/|$)/.test(joined)) return true;
  return parts.some((part) => /^\.Trash(?:-\d+)?$/.test(part) || part === '.Trashes' || /^\$Recycle\.Bin$/i.test(part));
}

export interface MountEntry {
  device: string;
  mountPoint: string;
  filesystem: string;
  source: string;
}

/** /proc/self/mountinfo, one entry per mount ("36 35 98:0 / /mnt rw - ext4 /dev/sda1 rw"). */
export function parseMountinfo(text: string): MountEntry[] {
  const entries: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const dash = line.indexOf(' - ');
    if (dash < 0) continue;
    const left = line.slice(0, dash).split(' ');
    const right = line.slice(dash + 3).split(' ');
    if (left.length < 5 || right.length < 2) continue;
    entries.push({ device: left[2]!, mountPoint: unescapeMount(left[4]!), filesystem: right[0]!, source: unescapeMount(right[1]!) });
  }
  return entries;
}

/** macOS `mount` output ("/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled)"). */
export function parseDarwinMount(text: string): MountEntry[] {
  const entries: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const match = /^(.+?) on (.+) \(([^,)]+)/.exec(line);
    if (match) entries.push({ device: '', source: match[1]!, mountPoint: match[2]!, filesystem: match[3]!.trim() });
  }
  return entries;
}

/** The mount holding a path: the longest mount point that is a prefix of it (the last one wins on ties). */
export function mountOf(entries: readonly MountEntry[], path: string): MountEntry | undefined {
  let best: MountEntry | undefined;
  for (const entry of entries) {
    const point = entry.mountPoint;
    const inside = point === '/' || path === point || path.startsWith(point.endsWith('/') ? point : point + '/');
    if (inside && (!best || point.length >= best.mountPoint.length)) best = entry;
  }
  return best;
}

function unescapeMount(text: string): string {
  return text.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

/** diskutil's plist for a volume: SolidState and FileVault, when present. */
export function parseDiskutilPlist(text: string): { rotational?: boolean; encrypted?: boolean } {
  const flag = (key: string) => {
    const match = new RegExp(`<key>${key}</key>\\s*<(true|false)\\s*/>`).exec(text);
    return match ? match[1] === 'true' : undefined;
  };
  const solid = flag('SolidState');
  const fileVault = flag('FileVault');
  return { ...(solid !== undefined ? { rotational: !solid } : {}), ...(fileVault !== undefined ? { encrypted: fileVault } : {}) };
}

const deviceCache = new Map<string, Promise<Omit<Medium, 'cloud' | 'inTrash' | 'platform'>>>();

/** Everything detectable about the place of `path` (a file or folder that exists, or whose folder does). */
export async function detectMedium(path: string, platform: NodeJS.Platform = process.platform): Promise<Medium> {
  let real = path;
  try {
    real = join(await realpath(dirname(path)), basename(path));
  } catch {
    // The folder is gone or unreadable: the given path is all there is to go on.
  }
  const place = { platform, inTrash: isInTrash(real), ...optional('cloud', cloudServiceOf(real)) };
  let device = 'unknown';
  try {
    device = String((await stat(dirname(real))).dev);
  } catch {
    // Unknown device: detected anew.
  }
  let storage = deviceCache.get(device);
  if (!storage) {
    storage = detectStorage(dirname(real), platform).catch(() => ({}));
    if (device !== 'unknown') deviceCache.set(device, storage);
  }
  return { ...place, ...(await storage) };
}

async function detectStorage(folder: string, platform: NodeJS.Platform): Promise<Omit<Medium, 'cloud' | 'inTrash' | 'platform'>> {
  if (platform === 'linux') return detectLinux(folder);
  if (platform === 'darwin') return detectDarwin(folder);
  return {};
}

async function detectLinux(folder: string): Promise<Omit<Medium, 'cloud' | 'inTrash' | 'platform'>> {
  const mounts = await readFile('/proc/self/mountinfo', 'utf8').then(parseMountinfo, () => []);
  const mount = mountOf(mounts, folder);
  let filesystem = mount?.filesystem;
  if (!filesystem) {
    const info = await statfs(folder).catch(() => undefined);
    filesystem = info ? LINUX_MAGIC[info.type] : undefined;
  }
  const block = mount ? await blockDeviceOf(mount) : undefined;
  const rotational = block ? await readRotational(block) : undefined;
  const crypt = block ? await dmCryptBelow(block, 0) : undefined;
  return {
    ...optional('filesystem', filesystem),
    ...filesystemTraits(filesystem),
    ...optional('rotational', rotational),
    ...(crypt !== undefined ? { encrypted: crypt, ...(crypt ? { encryption: 'LUKS' } : {}) } : {}),
  };
}

/** The sysfs folder of the mount's block device: by its major:minor, or by its /dev source (btrfs reports an anonymous one). */
async function blockDeviceOf(mount: MountEntry): Promise<string | undefined> {
  if (!mount.device.startsWith('0:')) {
    const byNumber = await realpath(`/sys/dev/block/${mount.device}`).catch(() => undefined);
    if (byNumber) return byNumber;
  }
  if (mount.source.startsWith('/dev/')) {
    const node = await realpath(mount.source).catch(() => undefined);
    if (node) return realpath(`/sys/class/block/${basename(node)}`).catch(() => undefined);
  }
  return undefined;
}

async function readRotational(sysfs: string): Promise<boolean | undefined> {
  // A partition has no queue of its own: its disk (the parent folder in sysfs) has.
  for (const candidate of [join(sysfs, 'queue', 'rotational'), join(dirname(sysfs), 'queue', 'rotational')]) {
    const text = await readFile(candidate, 'utf8').catch(() => undefined);
    if (text !== undefined) return text.trim() === '1';
  }
  return undefined;
}

/** Whether a dm-crypt mapping sits at or below this device (LUKS, possibly under LVM). */
async function dmCryptBelow(sysfs: string, depth: number): Promise<boolean | undefined> {
  if (depth > 4) return false;
  const uuid = await readFile(join(sysfs, 'dm', 'uuid'), 'utf8').catch(() => undefined);
  if (uuid?.startsWith('CRYPT-')) return true;
  const slaves = await readdir(join(sysfs, 'slaves')).catch(() => undefined);
  if (!slaves) return false;
  for (const slave of slaves) {
    const below = await realpath(join(sysfs, 'slaves', slave)).catch(() => undefined);
    if (below && (await dmCryptBelow(below, depth + 1))) return true;
  }
  return false;
}

async function detectDarwin(folder: string): Promise<Omit<Medium, 'cloud' | 'inTrash' | 'platform'>> {
  const mount = mountOf(parseDarwinMount(await run('/sbin/mount', [])), folder);
  const filesystem = mount?.filesystem;
  const disk = mount ? parseDiskutilPlist(await run('/usr/sbin/diskutil', ['info', '-plist', mount.mountPoint])) : {};
  return {
    ...optional('filesystem', filesystem),
    ...filesystemTraits(filesystem),
    ...optional('rotational', disk.rotational),
    ...(disk.encrypted !== undefined ? { encrypted: disk.encrypted, ...(disk.encrypted ? { encryption: 'FileVault' } : {}) } : {}),
  };
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: 5000, maxBuffer: 1024 * 1024 }, (error, stdout) => resolve(error ? '' : stdout));
  });
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
