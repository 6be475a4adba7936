/** Entry point of `npm run rules -- …`: hands the arguments to `run` and exits with its code. */
import { run } from './run.ts';

// Piped into `head` or a pager that quits early: stop quietly instead of printing a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  cwd: process.cwd(),
}).catch((e: unknown) => {
  // `run` never throws; this is the last guard, still without a stack trace.
  process.stderr.write(`rules: unexpected error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
  return 1;
});
