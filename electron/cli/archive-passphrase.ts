// The retention archive's passphrase on the command line: from a file (--passphrase-file) or the
// CDA_ARCHIVE_PASSPHRASE variable, never from an argument (it would show in the process list).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { configDir } from './config-dir.js';
import { UsageError } from './usage-error.js';

export async function archivePassphrase(file: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  if (file) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      throw new UsageError(`The passphrase file ${file} could not be read.`);
    }
    const passphrase = text.replace(/\r?\n$/, '');
    if (passphrase.length < 8) throw new UsageError('The archive passphrase must be at least 8 characters.');
    return passphrase;
  }
  const fromEnv = env.CDA_ARCHIVE_PASSPHRASE;
  if (fromEnv !== undefined && fromEnv.length < 8) throw new UsageError('The archive passphrase must be at least 8 characters.');
  return fromEnv || undefined;
}

/** Where the command line keeps archive containers unless --archive-dir says otherwise. */
export function defaultArchiveDir(): string {
  return join(configDir(), 'retention-archive');
}
