/** `rules eval <answers.json> [--date YYYY-MM-DD]`: evaluates a saved answers document and prints the Evaluation as JSON. */
import { resolve } from 'node:path';
import { evaluate } from '../engine/evaluate.ts';
import { isRealDate } from '../engine/dates.ts';
import { assertAnswersFit, readAnswersDocument } from './answers-file.ts';
import { type Io, EXIT, inputError, localToday, shownPath } from './io.ts';
import { POLICIES_OPTION, loadRuleset, parseCommand } from './options.ts';

const USAGE = 'usage: npm run rules -- eval <answers.json> [--date YYYY-MM-DD]';

/** Runs `rules eval`; the date is --date, else the document's asOf, else today (the CLI may read the clock). */
export async function evalCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand('eval', args, { ...POLICIES_OPTION, date: { type: 'string' } }, 1);
  const file = positionals[0];
  if (file === undefined) throw inputError(`rules eval: which answers file? ${USAGE}`);
  if (values.date !== undefined) checkDateOption(values.date);
  const path = resolve(io.cwd, file);
  const shown = shownPath(io.cwd, path);
  const doc = readAnswersDocument(path, shown);
  const ruleset = loadRuleset(io, values.policies);
  assertAnswersFit(ruleset, doc, shown);
  const asOf = values.date ?? doc.asOf ?? (io.today ?? localToday)();
  const evaluation = evaluate(ruleset, { answers: doc.answers, asOf, ...(doc.applicants ? { applicants: doc.applicants } : {}) });
  io.stdout(`${JSON.stringify(evaluation, null, 2)}\n`);
  return EXIT.ok;
}

function checkDateOption(date: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw inputError(`rules eval: --date ${JSON.stringify(date)} is not a date written YYYY-MM-DD (e.g. --date 2025-06-30).`);
  if (!isRealDate(date)) throw inputError(`rules eval: --date ${date} is not a real calendar date (check the month and the day).`);
}
