// The `cda` command over the same engine as the app. Results to stdout, progress to stderr.
import { TOOL_VERSION, RULES_VERSION } from './engine/tool-info.js';
import { EXIT_CLEAN, EXIT_USAGE } from './cli/exit-codes.js';
import { runScan } from './cli/scan-command.js';
import { UsageError } from './cli/usage-error.js';

const HELP = `cda — Customer Data Auditor ${TOOL_VERSION}

Finds customer data (names, phone numbers, email and postal addresses) that
marketplace sellers must not keep on their computers.

Usage:
  cda scan <path>... [--json FILE] [--exclude GLOB]... [--jobs N] [--config FILE] [--no-ocr] [--index]
  cda attest --scan SCAN.json [--log LOG.json] --seller "BUSINESS" --attester "PERSON" [--reference REF] --out REPORT.pdf
  cda verify REPORT.pdf|REPORT.json... [--key PUBLIC_KEY] [--csv FILE]
  cda remediate --from SCAN.json [--delete-all-high] [--plan PLAN.json] [--apply PLAN.json] [--yes] [--log LOG.json]
  cda delete FILE... [--yes]
  cda archive list|extract|destroy
  cda watch <path>... [--json-lines] [--exclude GLOB]... [--config FILE] [--poll]
  cda --version
  cda <command> --help

Exit status: 0 clean, 1 customer data found, 2 usage or fatal error.
`;

type Io = { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream };

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout.write(HELP);
        return command === undefined ? EXIT_USAGE : EXIT_CLEAN;
      case '-v':
      case '--version':
        io.stdout.write(`${TOOL_VERSION} (rules ${RULES_VERSION})\n`);
        return EXIT_CLEAN;
      case 'scan':
        return await runScan(rest, io);
      case 'attest': return await (await import('./cli/attest-command.js')).runAttest(rest, io);
      case 'verify': return await (await import('./cli/verify-command.js')).runVerify(rest, io);
      case 'remediate': return await (await import('./cli/remediate-command.js')).runRemediate(rest, io);
      case 'delete': return await (await import('./cli/delete-command.js')).runDelete(rest, io);
      case 'archive': return await (await import('./cli/archive-command.js')).runArchive(rest, io);
      case 'watch': return await (await import('./cli/watch-command.js')).runWatch(rest, io);
      default:
        throw new UsageError(`Unknown command '${command}'. Run 'cda --help' for the list.`);
    }
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr.write(`cda: ${(error as Error).message}\n`);
      return EXIT_USAGE;
    }
    // A fatal error in our own code: its message never holds file content (the engine does not put any there).
    io.stderr.write(`cda: fatal: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code: unknown = error instanceof TypeError ? (error as TypeError & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
