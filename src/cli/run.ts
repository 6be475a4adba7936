/** The policy authors' CLI as a function: `run(argv, io)` returns the exit code and never throws. */
import { PolicyError, formatIssue } from '../build/load-policies.ts';
import { checkCommand } from './check.ts';
import { testCommand } from './cases.ts';
import { evalCommand } from './eval-answers.ts';
import { CliError, EXIT, type Io } from './io.ts';
import { schemaCommand } from './json-schemas.ts';

/** What `rules help` prints. */
export const USAGE = `Usage: npm run rules -- <command> [options]

Commands:
  check                     validate every policy file; print one row per item and the totals
  test                      run every item's cases; end with "N passed, M failed"
       [--case FILE]          run a case file reported from a counter ("这个结果不对？") instead
  eval <answers.json>       evaluate an answers document; print the result as JSON
       [--date YYYY-MM-DD]    the evaluation date (default: the document's asOf, else today)
  schema [--check]          write policies/schema/*.json from the zod schemas
                            (--check: only say whether the files on disk are up to date)
  help                      this text

Options for every command but help:
  --policies DIR            the policies folder (default: ./policies)

Exit codes: 0 fine; 1 the policies are invalid, a case fails or the schemas are stale;
2 bad arguments or a malformed answers file.
`;

type Command = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  test: testCommand,
  eval: evalCommand,
  schema: schemaCommand,
};

/** Runs one command line; every error becomes a message on stderr and an exit code, never a stack trace. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const [name, ...args] = argv;
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      io.stdout(USAGE);
      return EXIT.ok;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) {
      io.stderr(`rules: unknown command ${JSON.stringify(name)}.\n\n${USAGE}`);
      return EXIT.usage;
    }
    return await command(args, io);
  } catch (e) {
    return report(e, io);
  }
}

/** Prints an error the way its kind deserves and returns the exit code. */
function report(e: unknown, io: Io): number {
  if (e instanceof CliError) {
    io.stderr(`${e.message}\n`);
    return e.code;
  }
  if (e instanceof PolicyError) {
    const n = e.issues.length;
    io.stderr(`${n} problem${n === 1 ? '' : 's'} in the policy files:\n${e.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}\n`);
    return EXIT.failed;
  }
  io.stderr(`rules: unexpected error: ${oneLine(e)}\n`);
  return EXIT.failed;
}

function oneLine(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message.split('\n')[0]}`;
  return String(e).split('\n')[0]!;
}
