// `cda archive list|extract|destroy`: the encrypted retention archive. List shows what is kept,
// why and until when; extract opens a file again into a folder; destroy securely deletes a
// container once its date has passed (--force before, --yes to really do it).
import { parseArgs } from 'node:util';
import { destroyInArchive, extractFromArchive, listArchive } from '../engine/remediate/index.js';
import { archivePassphrase, defaultArchiveDir } from './archive-passphrase.js';
import { EXIT_CLEAN, EXIT_FOUND } from './exit-codes.js';
import { UsageError } from './usage-error.js';

export const ARCHIVE_HELP = `Usage: cda archive list [--dir DIR] [--json]
       cda archive extract ID --to FOLDER [--dir DIR] [--passphrase-file FILE]
       cda archive destroy ID... [--yes] [--force] [--dir DIR]
       cda archive destroy --expired [--yes] [--dir DIR]

The encrypted retention archive (AES-256-GCM) of files kept for the law.
  list      what is archived: id, reason, keep-until date, expired or not
  extract   decrypt one file into FOLDER (never over an existing file)
  destroy   securely delete containers whose date has passed (--force: before)

  --dir DIR               the archive folder (default: in your settings folder)
  --passphrase-file FILE  the passphrase (or CDA_ARCHIVE_PASSPHRASE)
  --yes                   really destroy (otherwise only print)
`;

type Io = { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream };

export async function runArchive(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      dir: { type: 'string' },
      to: { type: 'string' },
      'passphrase-file': { type: 'string' },
      yes: { type: 'boolean' },
      force: { type: 'boolean' },
      expired: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [action, ...ids] = positionals;
  if (values.help || action === undefined) {
    io.stdout.write(ARCHIVE_HELP);
    return values.help ? EXIT_CLEAN : 2;
  }
  const dir = values.dir ?? defaultArchiveDir();
  switch (action) {
    case 'list': {
      const entries = await listArchive(dir);
      if (values.json) {
        io.stdout.write(JSON.stringify(entries, null, 2) + '\n');
        return EXIT_CLEAN;
      }
      if (entries.length === 0) io.stdout.write('The archive is empty.\n');
      for (const e of entries) {
        io.stdout.write(`${e.id}  ${(e.reason ?? '').padEnd(17)} ${e.until ? `until ${e.until}` : 'no end date     '}${e.expired ? ' (expired: may be destroyed)' : ''}  ${e.maskedPath}\n`);
      }
      return EXIT_CLEAN;
    }
    case 'extract': {
      if (ids.length !== 1) throw new UsageError('cda archive extract takes one ID.');
      if (!values.to) throw new UsageError('cda archive extract needs --to FOLDER.');
      const passphrase = await archivePassphrase(values['passphrase-file']);
      if (!passphrase) throw new UsageError('Extracting needs the passphrase: --passphrase-file FILE or CDA_ARCHIVE_PASSPHRASE.');
      const result = await extractFromArchive(dir, ids[0]!, { passphrase }, values.to);
      if (!result.ok) {
        io.stdout.write(`cannot extract ${ids[0]}: ${result.message}\n`);
        return EXIT_FOUND;
      }
      io.stdout.write(`extracted to ${result.path}\n`);
      return EXIT_CLEAN;
    }
    case 'destroy': {
      const entries = await listArchive(dir);
      const targets = values.expired ? entries.filter((e) => e.expired).map((e) => e.id) : ids;
      if (targets.length === 0) {
        if (!values.expired) throw new UsageError('cda archive destroy needs IDs or --expired.');
        io.stdout.write('Nothing has expired.\n');
        return EXIT_CLEAN;
      }
      let failed = 0;
      for (const id of targets) {
        const entry = entries.find((e) => e.id === id);
        if (!values.yes) {
          const allowed = entry && (entry.expired || values.force);
          io.stdout.write(`${allowed ? 'would destroy' : 'cannot destroy'} ${id}${entry ? ` (${entry.maskedPath})` : ' (no such id)'}\n`);
          if (!allowed) failed++;
          continue;
        }
        const result = await destroyInArchive(dir, id, { force: values.force === true });
        io.stdout.write(result.ok ? `destroyed ${id} (${result.method})\n` : `cannot destroy ${id}: ${result.message}\n`);
        if (!result.ok) failed++;
      }
      if (!values.yes) io.stdout.write('Nothing was destroyed. Run again with --yes.\n');
      return failed > 0 ? EXIT_FOUND : EXIT_CLEAN;
    }
    default:
      throw new UsageError(`Unknown archive action '${action}': list, extract or destroy.`);
  }
}
