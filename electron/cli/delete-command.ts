// `cda delete FILE... --yes [--passes N] [--log LOG.json]`: secure deletion of files named on the
// command line, each within its own folder. Without --yes it only prints what it would do.
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { PlanItem, RemediationPlan } from '../../shared/remediation.js';
import { applyPlan, confirmChecklist, previewPlan } from '../engine/remediate/index.js';
import { guardFile } from '../engine/remediate/guard.js';
import { EXIT_CLEAN, EXIT_FOUND } from './exit-codes.js';
import { formatAction, formatChecklist, formatPreview, printable } from './remediation-output.js';
import { wholeNumber } from './remediate-command.js';
import { UsageError } from './usage-error.js';

export const DELETE_HELP = `Usage: cda delete FILE... [--yes] [--passes N] [--log LOG.json]

Securely deletes each file: overwrites it with random bytes, flushes, empties,
renames and removes it. Folders, shortcuts (symbolic links) and files with
several names (hard links) are never deleted. Without --yes it only prints
what it would do.

  --yes            really delete
  --passes N       overwrite passes, 1 to 7 (default 1: NIST SP 800-88 'clear')
  --log LOG.json   write the session log (masked) for 'cda attest --log'
  --confirmed ID   a finishing step you have done (repeatable)
  -h, --help       show this help

Exit status: 0 everything was deleted (or can be, without --yes), 1 something
was refused or failed, 2 usage or fatal error.
`;

type Io = { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream };

export async function runDelete(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      yes: { type: 'boolean' },
      passes: { type: 'string' },
      log: { type: 'string' },
      confirmed: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(DELETE_HELP);
    return EXIT_CLEAN;
  }
  if (positionals.length === 0) throw new UsageError('cda delete needs at least one file.');
  const passes = values.passes !== undefined ? wholeNumber(values.passes, '--passes', 1, 7) : 1;

  // Each file's own folder is its root; its fingerprint is taken now, so a file replaced between
  // this look and the deletion is refused.
  const roots = new Set<string>();
  const items: PlanItem[] = [];
  let refusedEarly = 0;
  for (const given of positionals) {
    const root = dirname(resolve(given));
    const looked = await guardFile({ path: given, roots: [root], mode: 'read' });
    if (!looked.ok) {
      io.stdout.write(`  cannot delete    ${printable(given)}\n                   ${looked.code}: ${looked.message}\n`);
      refusedEarly++;
      continue;
    }
    await looked.handle.close();
    roots.add(root);
    items.push({ path: given, sha256: looked.sha256, decision: 'delete', passes });
  }
  if (items.length === 0) return EXIT_FOUND;
  const plan: RemediationPlan = { schema: 'cda.plan/1', createdAt: new Date().toISOString(), roots: [...roots], scanStartedAt: new Date().toISOString(), items };
  const preview = await previewPlan(plan);
  io.stdout.write(formatPreview(preview));
  if (!values.yes) {
    io.stdout.write('\nNothing was deleted. Run again with --yes to delete.\n');
    return preview.refused + refusedEarly > 0 ? EXIT_FOUND : EXIT_CLEAN;
  }
  io.stdout.write('\n');
  let log = await applyPlan(plan, { onAction: (record, index, total) => io.stdout.write(formatAction(record, items[index]!.path, index, total)) });
  log = confirmChecklist(log, values.confirmed ?? []);
  if (values.log) await writeFile(values.log, JSON.stringify(log, null, 2) + '\n');
  io.stdout.write(formatChecklist(log));
  return refusedEarly === 0 && log.actions.every((a) => a.result === 'done') ? EXIT_CLEAN : EXIT_FOUND;
}
