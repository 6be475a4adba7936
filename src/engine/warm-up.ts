/**
 * What the first evaluation would otherwise do in one long task on a slow phone (issue 14): compile the ruleset and
 * work out each item's cap on the date. Each step is cached where evaluate() finds it, so a caller can run them one by
 * one while the page is idle, before anyone is chosen; running them changes no result.
 */
import type { ApplicantKindT, Ruleset } from './types.ts';
import { compiled } from './compiled.ts';
import { capsOn } from './caps.ts';

/** The steps, each short enough to be its own task: the compiled rules, then the caps for each kind of applicant. */
export function warmUpSteps(ruleset: Ruleset, asOf: string): (() => void)[] {
  const caps = (applicants: ApplicantKindT[]) => () => void capsOn(ruleset, compiled(ruleset), asOf, applicants);
  return [() => void compiled(ruleset), caps(['person']), caps(['organisation'])];
}
