// `cda scan <path>... [--json FILE] [--exclude GLOB]... [--jobs N] [--config FILE] [--no-ocr] [--strict] [--index]`
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { settingsSchema, type Settings } from '../../shared/settings.js';
import { ocrFolders } from '../engine/ocr/ocr-folders.js';
import { scan } from '../engine/scan.js';
import { ScanIndex } from '../engine/scan-index/scan-index.js';
import { configDir } from './config-dir.js';
import { EXIT_CLEAN, EXIT_FOUND } from './exit-codes.js';
import { progressPrinter } from './progress-line.js';
import { formatScanSummary } from './scan-summary.js';
import { UsageError } from './usage-error.js';

export const SCAN_HELP = `Usage: cda scan <path>... [options]

Checks the files in each folder for customer names, phone numbers, email
addresses and postal addresses. Nothing is changed, copied or uploaded.

Options:
  --json FILE       also write the full result as cda.scan/1 JSON (masked values only)
  --exclude GLOB    skip files or folders matching GLOB (repeatable)
  --jobs N          number of parallel readers (default: one per CPU core)
  --config FILE     settings JSON: your own business identity, exclusions, regions
  --no-ocr          do not read text in images (they are then reported as not inspected)
  --strict          exit 1 also when some files could not be inspected
  --index           read only new and changed files; unchanged ones take their
                    result from the scan index in your config folder
  -h, --help        show this help

Exit status: 0 no customer data found, 1 customer data found, 2 usage or fatal error.
`;

export async function runScan(args: string[], io: { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'string' },
      exclude: { type: 'string', multiple: true },
      jobs: { type: 'string' },
      config: { type: 'string' },
      'no-ocr': { type: 'boolean' },
      strict: { type: 'boolean' },
      index: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(SCAN_HELP);
    return EXIT_CLEAN;
  }
  if (positionals.length === 0) throw new UsageError('cda scan needs at least one folder or file to scan.');
  const settings = values.config ? await loadSettings(values.config) : settingsSchema.parse({});
  const jobs = values.jobs !== undefined ? parseJobs(values.jobs) : settings.jobs;

  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  const printer = progressPrinter(io.stderr);
  // The index holds keyed path hashes and masked results only (electron/engine/scan-index).
  const index = values.index
    ? await ScanIndex.open(ScanIndex.folderIn(configDir())).catch(() => {
        io.stderr.write('cda: the scan index folder could not be used; every file is read.\n');
        return undefined;
      })
    : undefined;
  try {
    const report = await scan({
      // cda.scan/1 records absolute roots: a plan or rescan made elsewhere must mean the same folders.
      roots: positionals.map((root) => resolve(root)),
      exclude: [...settings.exclude, ...(values.exclude ?? [])],
      jobs,
      identity: settings.identity,
      ocr: values['no-ocr'] ? false : settings.ocr,
      // OCR results are cached by content hash in the user's config folder, never the working directory.
      ocrSettings: ocrFolders(configDir()),
      phoneRegions: settings.phoneRegions,
      minConfidence: settings.minConfidence,
      signal: controller.signal,
      onProgress: (p) => printer.update(p),
      index,
    });
    printer.end();
    if (index) {
      const used = index.lastScan();
      io.stderr.write(`Scan index: ${used.read} file(s) read, ${used.reused} unchanged file(s) reused${used.saved ? '' : ' (the index could not be saved)'}.\n`);
    }
    if (values.json) await writeFile(values.json, JSON.stringify(report, null, 2) + '\n');
    io.stdout.write(formatScanSummary(report));
    const found = report.summary.filesWithCustomerData > 0;
    const incomplete = report.summary.filesNotInspected > 0 || report.cancelled === true;
    return found || (values.strict && incomplete) ? EXIT_FOUND : EXIT_CLEAN;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}

export async function loadSettings(path: string): Promise<Settings> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new UsageError(`The settings file ${path} could not be read as JSON.`);
  }
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`The settings file ${path} is not valid: ${issue?.path.join('.') || 'root'}: ${issue?.message ?? 'invalid'}.`);
  }
  return parsed.data;
}

function parseJobs(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 32) throw new UsageError('--jobs takes a whole number from 1 to 32.');
  return n;
}
