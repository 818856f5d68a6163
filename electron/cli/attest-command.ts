// `cda attest --scan SCAN.json [--log LOG.json] --seller "BUSINESS" --attester "PERSON" [--reference REF] [--hostname NAME] --out REPORT.pdf`
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { remediationLogSchema } from '../../shared/remediation.js';
import { scanReportSchema } from '../../shared/scan-schema.js';
import type { ScanReport } from '../../shared/types.js';
import { AttestInputError, buildPayload } from '../engine/attest/build.js';
import { fileKeyStore, formatFingerprint, loadOrCreateSigningKey } from '../engine/attest/keys.js';
import { attestationJson, renderReportPdf } from '../engine/attest/pdf.js';
import { reportCode } from '../engine/attest/report-code.js';
import { signPayload } from '../engine/attest/sign.js';
import { configDir } from './config-dir.js';
import { EXIT_CLEAN } from './exit-codes.js';
import { UsageError } from './usage-error.js';

export const ATTEST_HELP = `Usage: cda attest --scan SCAN.json [--log LOG.json] --seller "BUSINESS"
                  --attester "PERSON" [--reference REF] --out REPORT.pdf

Writes a signed attestation report: REPORT.pdf for people, with the signed
REPORT.json attached to it, and REPORT.json beside it. Paths are masked and
files named by hash: the report holds no customer details.

Options:
  --scan FILE        the scan result (cda scan --json FILE)
  --log FILE         the remediation log (cda remediate --log FILE), if any
  --seller TEXT      your business name
  --attester TEXT    the person attesting
  --reference TEXT   the account manager's request reference (optional)
  --hostname TEXT    the computer's name to print (default: only its hash)
  --out FILE         the PDF to write; the JSON goes beside it
  -h, --help         show this help

The report is signed with this installation's key, created on first use in
the config folder (${configDir()}, or $CDA_CONFIG_DIR).

Exit status: 0 report written, 2 usage error or a file not in its format.
`;

type Io = { stdout: { write(text: string): unknown }; stderr: { write(text: string): unknown } };

export async function runAttest(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      scan: { type: 'string' },
      log: { type: 'string' },
      seller: { type: 'string' },
      attester: { type: 'string' },
      reference: { type: 'string' },
      hostname: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(ATTEST_HELP);
    return EXIT_CLEAN;
  }
  if (positionals.length > 0) throw new UsageError(`cda attest takes no file arguments (got '${positionals[0]}'); pass the scan with --scan.`);
  const scanPath = required(values.scan, '--scan SCAN.json');
  const out = required(values.out, '--out REPORT.pdf');
  const seller = text(required(values.seller, '--seller "BUSINESS"'), '--seller');
  const attester = text(required(values.attester, '--attester "PERSON"'), '--attester');
  const reference = values.reference !== undefined ? text(values.reference, '--reference') : undefined;
  if (!/\.pdf$/i.test(out)) throw new UsageError('--out names the PDF to write and must end in .pdf (REPORT.json is written beside it).');
  const jsonOut = out.replace(/\.pdf$/i, '.json');

  // The schema checks the shape; `format` is an open string in it and a FileFormat in the type.
  const scan = (await readContract(scanPath, 'scan result', 'cda.scan/1', scanReportSchema, 'cda scan <folder> --json SCAN.json')) as ScanReport;
  const log = values.log ? await readContract(values.log, 'remediation log', 'cda.remediation-log/1', remediationLogSchema, 'cda remediate --from SCAN.json --log LOG.json') : undefined;

  let payload;
  try {
    payload = buildPayload({ scan, log, seller: { business: seller, attester, reference }, hostname: values.hostname });
  } catch (error) {
    if (error instanceof AttestInputError) throw new UsageError(error.message);
    throw error;
  }
  const key = await loadOrCreateSigningKey(fileKeyStore(configDir()));
  const attestation = signPayload(payload, key);
  const pdf = await renderReportPdf(attestation, { fileName: basename(out) });
  await writeAtomically(jsonOut, attestationJson(attestation));
  await writeAtomically(out, pdf);

  io.stdout.write(
    [
      payload.verdictLine,
      '',
      `Wrote ${out}`,
      `  and ${jsonOut}`,
      `Report code      ${reportCode(attestation)}`,
      `Key fingerprint  ${formatFingerprint(key.fingerprint)}`,
      `Public key       ${key.publicKeyBase64}`,
      key.created ? `A new signing key was created at ${fileKeyStore(configDir()).location}.` : undefined,
      'Give the account manager your key fingerprint separately; they check the report with:',
      `  cda verify ${basename(out)} --key <fingerprint>`,
      '',
    ]
      .filter((line) => line !== undefined)
      .join('\n'),
  );
  return EXIT_CLEAN;
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`cda attest needs ${flag}. Run 'cda attest --help' for the options.`);
  return value;
}

function text(value: string, flag: string): string {
  const trimmed = value.trim();
  if (trimmed.length > 200) throw new UsageError(`${flag} is limited to 200 characters.`);
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) throw new UsageError(`${flag} cannot hold control characters or line breaks.`);
  return trimmed;
}

/** Reads a JSON file that must be one of our own contracts, refusing anything else in a sentence. */
async function readContract<T extends z.ZodType>(path: string, what: string, schema: string, validator: T, howToMake: string): Promise<z.infer<T>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`The ${what} ${path} does not exist.`);
    if (code !== undefined) throw new UsageError(`The ${what} ${path} cannot be read (${code}).`);
    throw new UsageError(`The ${what} ${path} is not JSON. Make one with: ${howToMake}`);
  }
  const found = typeof raw === 'object' && raw !== null && 'schema' in raw ? (raw as { schema: unknown }).schema : undefined;
  if (found !== schema) {
    const is = typeof found === 'string' ? `a ${found.slice(0, 40)} file` : 'not in any format cda writes';
    throw new UsageError(`${path} is ${is}, not a ${schema} ${what}. Make one with: ${howToMake}`);
  }
  const parsed = validator.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`The ${what} ${path} is damaged: ${issue?.path.join('.') || 'root'}: ${issue?.message ?? 'invalid'}.`);
  }
  return parsed.data;
}

async function writeAtomically(path: string, data: string | Buffer): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, data);
  await rename(temp, path);
}
