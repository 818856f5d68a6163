// The user's config folder, shared by the command line and the app (main sets Electron's userData
// to it), so both see the same settings, logs and retention archive.
// CDA_CONFIG_DIR overrides it, so tests never touch the real one.
import { homedir } from 'node:os';
import { join } from 'node:path';

const APP_FOLDER = 'customer-data-auditor';

export function configDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.CDA_CONFIG_DIR) return env.CDA_CONFIG_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_FOLDER);
}
