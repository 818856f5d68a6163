// `cda watch <path>... [--json-lines] [--exclude GLOB]... [--config FILE] [--no-ocr] [--poll] [--mask-paths]`:
// keeps watch until Ctrl-C, one line per event on stdout (counts, risk and path; never a found
// value), then stops cleanly with exit 0.
import { lstat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { settingsSchema } from '../../shared/settings.js';
import { maskPath } from '../../shared/mask.js';
import { CATEGORIES } from '../../shared/types.js';
import type { FileWatchEvent } from '../../shared/watch-event.js';
import { ocrFolders } from '../engine/ocr/ocr-folders.js';
import { startWatch } from '../engine/watch/watcher.js';
import { configDir } from './config-dir.js';
import { EXIT_CLEAN } from './exit-codes.js';
import { loadSettings } from './scan-command.js';
import { UsageError } from './usage-error.js';

export const WATCH_HELP = `Usage: cda watch <path>... [options]

Keeps watch over each folder and checks every file that is added or changed
once it has finished being written. One line per file checked, until Ctrl-C.

Options:
  --json-lines      one JSON object per line: type (found, cleared, clean,
                    problem), path, maskedPath, risk, findings, records, at
  --exclude GLOB    skip files or folders matching GLOB (repeatable)
  --config FILE     settings JSON: your own business identity, exclusions, regions
  --no-ocr          do not read text in images
  --mask-paths      show each path masked word by word (o••• (2).csv), as
                    reports do: for a terminal others can see or a log that
                    is kept. Without it, paths are shown as they are, as in
                    cda scan, so that you can find the file. A value found
                    inside a file is never shown either way.
  --poll            check every folder for changes every 2 seconds instead of
                    waiting for the system to report them (folders on a network
                    drive the system recognises are always checked this way)
  -h, --help        show this help

Exit status: 0 after Ctrl-C, 2 usage or fatal error.
`;

type Io = { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream };

export async function runWatch(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'json-lines': { type: 'boolean' },
      exclude: { type: 'string', multiple: true },
      config: { type: 'string' },
      'no-ocr': { type: 'boolean' },
      poll: { type: 'boolean' },
      'mask-paths': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(WATCH_HELP);
    return EXIT_CLEAN;
  }
  if (positionals.length === 0) throw new UsageError('cda watch needs at least one folder to watch.');
  const roots = positionals.map((root) => resolve(root));
  for (const root of roots) {
    const stat = await lstat(root).catch(() => undefined);
    if (!stat?.isDirectory()) throw new UsageError(`${root} is not a folder that can be watched.`);
  }
  const settings = values.config ? await loadSettings(values.config) : settingsSchema.parse({});
  const jsonLines = values['json-lines'] === true;
  const shown = values['mask-paths'] === true ? maskedEvent : (event: FileWatchEvent) => event;

  const watcher = startWatch({
    roots,
    exclude: [...settings.exclude, ...(values.exclude ?? [])],
    identity: settings.identity,
    ocr: values['no-ocr'] ? false : settings.ocr,
    ocrSettings: ocrFolders(configDir()),
    phoneRegions: settings.phoneRegions,
    minConfidence: settings.minConfidence,
    usePolling: values.poll === true ? true : undefined, // otherwise network drives only
    onEvent: (event) => io.stdout.write(jsonLines ? JSON.stringify(shown(event)) + '\n' : formatEvent(shown(event))),
    onError: (message) => io.stderr.write(`cda: ${message}\n`),
  });

  // Ctrl-C (or a service manager's SIGTERM) ends the watch: workers and watchers are closed first.
  const stopped = new Promise<void>((done) => {
    const stop = () => {
      process.removeListener('SIGINT', stop);
      process.removeListener('SIGTERM', stop);
      done();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await Promise.race([watcher.ready, stopped]);
  const watched = roots.length === 1 ? (values['mask-paths'] ? maskPath(roots[0]!) : roots[0]) : `${roots.length} folders`;
  io.stderr.write(`cda: watching ${watched}; press Ctrl-C to stop.\n`);
  await stopped;
  await watcher.close();
  const { inspected, openFindings } = watcher.status();
  io.stderr.write(`cda: stopped watching (${inspected} file(s) checked, ${openFindings} with customer data).\n`);
  return EXIT_CLEAN;
}

/** The event with its path masked: `path` then holds the masked path too (--mask-paths). */
export function maskedEvent(event: FileWatchEvent): FileWatchEvent {
  return { ...event, path: event.maskedPath };
}

const LABEL: Record<FileWatchEvent['type'], string> = { found: 'FOUND', cleared: 'cleared', clean: 'clean', problem: 'PROBLEM' };

export function formatEvent(event: FileWatchEvent): string {
  const time = event.at.slice(11, 19);
  const counts = CATEGORIES.filter((c) => event.findings[c] > 0).map((c) => `${event.findings[c]} ${c}${event.findings[c] === 1 ? '' : c === 'address' ? 'es' : 's'}`);
  const detail =
    event.type === 'found'
      ? `${event.risk} risk · ${counts.join(', ')}`
      : event.type === 'problem'
        ? (event.message ?? 'could not be checked')
        : event.type === 'cleared'
          ? 'no customer data any more'
          : 'no customer data';
  return `${time}  ${LABEL[event.type].padEnd(7)}  ${event.path}  (${detail})\n`;
}
