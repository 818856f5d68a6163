// Settings in the app's user-data folder: validated on read (a damaged file falls back to the
// defaults instead of stopping the app) and written atomically. They hold the seller's own
// details only, never a customer's.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultSettings, settingsSchema, type Settings } from '../../shared/settings.js';

export class SettingsStore {
  private readonly file: string;

  constructor(userDataDir: string) {
    this.file = join(userDataDir, 'settings.json');
  }

  async load(): Promise<Settings> {
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data : defaultSettings();
    } catch {
      return defaultSettings();
    }
  }

  /**
   * What the Settings screen saves: its form leaves the watch-at-login choice as stored, since the
   * Watch screen owns it (and watching moves its folders) while a form loaded earlier is still open.
   */
  async saveForm(form: Settings): Promise<Settings> {
    const stored = await this.load();
    return this.save({ ...form, watchAtLogin: stored.watchAtLogin, watchFolders: stored.watchFolders });
  }

  async save(settings: Settings): Promise<Settings> {
    const valid = settingsSchema.parse(settings);
    await mkdir(join(this.file, '..'), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(valid, null, 2) + '\n', { mode: 0o600 });
    await rename(temp, this.file);
    return valid;
  }
}
