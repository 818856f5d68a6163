// `cda verify REPORT.pdf|REPORT.json... [--key PUBLIC_KEY] [--csv FILE]`
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseExpectedKey } from '../engine/attest/keys.js';
import { verifyReportFile } from '../engine/attest/verify.js';
import { EXIT_CLEAN, EXIT_FOUND } from './exit-codes.js';
import { UsageError } from './usage-error.js';
import { formatBatch, formatCsv, formatDetail, type Checked } from './verify-output.js';

export const VERIFY_HELP = `Usage: cda verify REPORT.pdf|REPORT.json... [--key PUBLIC_KEY] [--csv FILE]

Checks signed attestation reports offline: that each is a cda.attestation/1
report, that its signature matches its content, that a PDF's pages belong to
its attached signed JSON, and (with --key) that it was signed with the
seller's key. Prints the verdict and a summary; one row per report when
several are given.

Options:
  --key KEY     the seller's key: its fingerprint, its public key (base64),
                or a file holding either
  --csv FILE    also write the results as CSV (one row per report)
  -h, --help    show this help

Exit status: 0 every report verified, 1 a report did not verify, 2 usage error.
`;

type Io = { stdout: { write(text: string): unknown }; stderr: { write(text: string): unknown } };

export async function runVerify(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      key: { type: 'string' },
      csv: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(VERIFY_HELP);
    return EXIT_CLEAN;
  }
  if (positionals.length === 0) throw new UsageError('cda verify needs at least one report (REPORT.pdf or REPORT.json).');
  const expectedFingerprint = values.key !== undefined ? await resolveKey(values.key) : undefined;

  const checked: Checked[] = [];
  for (const file of positionals) checked.push({ file, outcome: await verifyReportFile(file, { expectedFingerprint }) });

  const keyChecked = expectedFingerprint !== undefined;
  io.stdout.write(checked.length === 1 ? formatDetail(checked[0]!, keyChecked) : formatBatch(checked, keyChecked));
  if (values.csv) {
    try {
      await writeFile(values.csv, formatCsv(checked));
    } catch (error) {
      throw new UsageError(`The CSV file ${values.csv} cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
  }
  return checked.every((c) => c.outcome.ok) ? EXIT_CLEAN : EXIT_FOUND;
}

/** `--key` is a fingerprint or public key, or a file holding one. */
async function resolveKey(value: string): Promise<string> {
  const direct = parseExpectedKey(value);
  if (direct) return direct;
  let content: string;
  try {
    content = await readFile(value, 'utf8');
  } catch {
    throw new UsageError('--key takes the seller\'s key fingerprint (64 hex digits), public key (base64), or a file holding either.');
  }
  const fromFile = parseExpectedKey(content);
  if (!fromFile) throw new UsageError(`The key file ${value} holds no key fingerprint or public key.`);
  return fromFile;
}
