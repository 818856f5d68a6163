// The usual places where sellers' files land, for the Choose screen: the user folders, the Trash
// or Recycle Bin, and the cloud-sync folders that exist on this machine.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Place } from '../../shared/api.js';

export interface PlacesEnvironment {
  home: string;
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
}

export function listPlaces({ home, platform, env }: PlacesEnvironment): Place[] {
  const places: Place[] = [];
  const add = (id: string, label: string, path: string, kind: Place['kind'], suggested = true) => {
    if (places.some((p) => p.path === path)) return;
    const exists = existsSync(path);
    places.push({ id, label, path, kind, exists, suggested: suggested && exists });
  };

  add('desktop', 'Desktop', join(home, 'Desktop'), 'desktop');
  add('documents', 'Documents', join(home, 'Documents'), 'documents');
  add('downloads', 'Downloads', join(home, 'Downloads'), 'downloads');
  add('pictures', 'Pictures', join(home, 'Pictures'), 'pictures');

  if (platform === 'darwin') add('trash', 'Trash', join(home, '.Trash'), 'trash');
  else if (platform === 'win32') add('trash', 'Recycle Bin', join(env.SystemDrive ?? 'C:', '\\$Recycle.Bin'), 'trash');
  else add('trash', 'Trash', join(env.XDG_DATA_HOME ?? join(home, '.local', 'share'), 'Trash'), 'trash');

  for (const cloud of cloudFolders(home, platform, env)) add(cloud.id, cloud.label, cloud.path, 'cloud');
  return places;
}

function cloudFolders(home: string, platform: NodeJS.Platform, env: PlacesEnvironment['env']): Array<{ id: string; label: string; path: string }> {
  const found: Array<{ id: string; label: string; path: string }> = [];
  const push = (label: string, path: string) => {
    if (existsSync(path)) found.push({ id: `cloud-${found.length}`, label, path });
  };
  for (const variable of ['OneDrive', 'OneDriveCommercial', 'OneDriveConsumer']) {
    const path = env[variable];
    if (path) push('OneDrive', path);
  }
  for (const name of safeList(home)) {
    if (/^OneDrive( - .+)?$/.test(name)) push(name, join(home, name));
    if (/^Dropbox( \(.+\))?$/.test(name)) push(name, join(home, name));
    if (name === 'Google Drive' || name === 'My Drive') push('Google Drive', join(home, name));
  }
  if (platform === 'darwin') {
    push('iCloud Drive', join(home, 'Library', 'Mobile Documents', 'com~apple~CloudDocs'));
    // macOS 12.3+ keeps the File Provider folders (OneDrive, Dropbox, Google Drive …) here.
    const storage = join(home, 'Library', 'CloudStorage');
    for (const name of safeList(storage)) push(name.replace(/-/, ' · '), join(storage, name));
  }
  if (platform === 'win32') push('iCloud Drive', join(home, 'iCloudDrive'));
  return found;
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
