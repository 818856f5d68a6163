// `cda remediate --from SCAN.json [--delete-all-high] [--plan PLAN.json] [--apply PLAN.json] [--yes] [--log LOG.json]`
// Without --yes it only prints the plan (the dry run). With --yes it carries the plan out, rescans
// the roots to verify, and writes the log the attestation is built from.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { planSchema, type RemediationLog, type RemediationPlan } from '../../shared/remediation.js';
import { scanReportSchema } from '../../shared/scan-schema.js';
import { settingsSchema, type Settings } from '../../shared/settings.js';
import type { ScanReport } from '../../shared/types.js';
import { applyPlan, buildPlan, confirmChecklist, highRiskDecisions, previewPlan, verifyRemediation, type DecisionInput } from '../engine/remediate/index.js';
import { taskOptions } from '../engine/task-options.js';
import { archivePassphrase, defaultArchiveDir } from './archive-passphrase.js';
import { EXIT_CLEAN, EXIT_FOUND } from './exit-codes.js';
import { readJsonFile } from './json-input.js';
import { formatAction, formatChecklist, formatPreview, formatVerification } from './remediation-output.js';
import { loadSettings } from './scan-command.js';
import { UsageError } from './usage-error.js';

export const REMEDIATE_HELP = `Usage: cda remediate --from SCAN.json [--delete-all-high] [--plan PLAN.json] [--yes] [--log LOG.json]
       cda remediate --apply PLAN.json [--from SCAN.json] [--yes] [--log LOG.json]

Removes the customer data a scan found: securely deletes, redacts (CSV, TSV,
.xlsx), moves into an encrypted retention archive, or records why a file is
kept. Without --yes it only prints what it would do.

  --from SCAN.json        the result of 'cda scan --json' (with --apply: lets the
                          verifying rescan read only files that changed)
  --delete-all-high       plan to delete every high-risk file of the scan
  --plan PLAN.json        write the plan to this file; without --delete-all-high
                          every file with customer data is listed to edit: set
                          "decision" to delete, redact, archive or keep, and for
                          keep/archive a "reason" (tax-retention, legal-hold,
                          not-customer-data, test-data) and "until" (YYYY-MM-DD)
  --apply PLAN.json       carry out an edited plan
  --yes                   really do it (otherwise a dry run)
  --log LOG.json          write the session log (masked) for 'cda attest --log'
  --passes N              overwrite passes for deletion, 1 to 7 (default 1)
  --archive-dir DIR       where encrypted archive containers go
  --passphrase-file FILE  the archive passphrase (or CDA_ARCHIVE_PASSPHRASE)
  --confirmed ID          a finishing step you have done (repeatable; see the list)
  --config FILE           settings JSON as for 'cda scan' (your own details)
  --jobs N                parallel readers for the verifying rescan
  --no-verify             skip the verifying rescan
  -h, --help              show this help

Exit status: 0 everything planned was done (or can be, in a dry run),
1 something was refused or failed (each with its reason), 2 usage or fatal error.
`;

type Io = { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream };

export async function runRemediate(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    allowPositionals: false,
    options: {
      from: { type: 'string' },
      'delete-all-high': { type: 'boolean' },
      plan: { type: 'string' },
      apply: { type: 'string' },
      yes: { type: 'boolean' },
      log: { type: 'string' },
      passes: { type: 'string' },
      'archive-dir': { type: 'string' },
      'passphrase-file': { type: 'string' },
      confirmed: { type: 'string', multiple: true },
      config: { type: 'string' },
      jobs: { type: 'string' },
      'no-verify': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(REMEDIATE_HELP);
    return EXIT_CLEAN;
  }
  const passes = values.passes !== undefined ? wholeNumber(values.passes, '--passes', 1, 7) : undefined;
  const jobs = values.jobs !== undefined ? wholeNumber(values.jobs, '--jobs', 1, 32) : undefined;
  const settings: Settings = values.config ? await loadSettings(values.config) : settingsSchema.parse({});

  let plan: RemediationPlan;
  let template = false;
  // The scan the plan came from: with it, the verifying rescan reads only what changed.
  const scan = values.from ? ((await readJsonFile(values.from, scanReportSchema, 'The scan result')) as ScanReport) : undefined;
  if (values.apply) {
    if (values['delete-all-high']) throw new UsageError('--apply carries out a plan as written; --delete-all-high goes with --from.');
    plan = await readJsonFile(values.apply, planSchema, 'The plan');
  } else {
    if (!scan) throw new UsageError('cda remediate needs --from SCAN.json (or --apply PLAN.json).');
    if (!values['delete-all-high'] && !values.plan) {
      throw new UsageError('Say what to do: --delete-all-high, or --plan PLAN.json to write a plan to edit and then --apply it.');
    }
    template = !values['delete-all-high'];
    const decisions: DecisionInput[] = template
      ? scan.files.filter((f) => f.risk !== 'none').map((f) => ({ path: f.path, decision: 'keep' as const }))
      : highRiskDecisions(scan).map((d) => ({ ...d, ...(passes ? { passes } : {}) }));
    plan = buildPlan(scan, decisions);
    if (values.plan) {
      await writeFile(values.plan, JSON.stringify(plan, null, 2) + '\n', { mode: 0o600 });
      io.stderr.write(`cda: plan written to ${values.plan}\n`);
    }
  }
  if (passes) plan = { ...plan, items: plan.items.map((i) => (i.decision === 'delete' && !i.passes ? { ...i, passes } : i)) };
  if (plan.items.length === 0) {
    io.stdout.write('Nothing to do: the plan is empty.\n');
    return EXIT_CLEAN;
  }

  const analyze = taskOptions({ identity: settings.identity, minConfidence: settings.minConfidence, phoneRegions: settings.phoneRegions }).analyze;
  const preview = await previewPlan(plan, { analyze });
  io.stdout.write(formatPreview(preview));
  if (template) {
    io.stdout.write(`\nEvery file is listed as "keep" without a reason, which is refused. Edit ${values.plan} (decision, reason, until), then run:\n  cda remediate --apply ${values.plan} --yes --log LOG.json\n`);
    return EXIT_CLEAN;
  }
  if (!values.yes) {
    io.stdout.write('\nNothing was changed. Run again with --yes to carry out this plan.\n');
    return preview.refused > 0 ? EXIT_FOUND : EXIT_CLEAN;
  }

  const passphrase = await archivePassphrase(values['passphrase-file']);
  if (plan.items.some((i) => i.decision === 'archive') && !passphrase) {
    throw new UsageError('Archiving needs a passphrase: --passphrase-file FILE or CDA_ARCHIVE_PASSPHRASE.');
  }
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  let log: RemediationLog;
  try {
    io.stdout.write('\n');
    log = await applyPlan(plan, {
      signal: controller.signal,
      analyze,
      ...(passphrase ? { archive: { dir: values['archive-dir'] ?? defaultArchiveDir(), passphrase } } : {}),
      onAction: (record, index, total) => io.stdout.write(formatAction(record, plan.items[index]!.path, index, total)),
    });
    log = confirmChecklist(log, values.confirmed ?? []);
    if (!values['no-verify'] && !controller.signal.aborted) {
      io.stderr.write('cda: rescanning to verify…\n');
      const scanOptions = { jobs, identity: settings.identity, exclude: settings.exclude, ocr: settings.ocr, phoneRegions: settings.phoneRegions, minConfidence: settings.minConfidence, signal: controller.signal };
      const verified = await verifyRemediation(log, plan, scanOptions, scan && sameRoots(scan.roots, plan.roots) ? scan : undefined);
      log = verified.log;
      io.stderr.write(`cda: rescan read ${verified.filesRead} changed file${verified.filesRead === 1 ? '' : 's'}\n`);
    }
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
  if (values.log) await writeFile(values.log, JSON.stringify(log, null, 2) + '\n');
  const caveat = [...new Set(log.actions.flatMap((a) => (a.result === 'done' && a.mediumCaveat ? [a.mediumCaveat] : [])))];
  if (caveat.length > 0) io.stdout.write(`\nWhat deleting assured here:\n${caveat.map((c) => `  ${c}`).join('\n')}\n`);
  io.stdout.write(formatChecklist(log));
  io.stdout.write(formatVerification(log));
  if (!values.log) io.stdout.write('\nNo log was written (--log LOG.json keeps the record for the attestation).\n');
  return log.actions.every((a) => a.result === 'done') ? EXIT_CLEAN : EXIT_FOUND;
}

function sameRoots(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}

export function wholeNumber(text: string, flag: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} takes a whole number from ${min} to ${max}.`);
  return n;
}
