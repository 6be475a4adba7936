/**
 * What the first evaluation would otherwise do in one long task on a slow phone (issue 14): compile the ruleset and
 * work out each item's cap on the date. Each step is cached where evaluate() finds it, so a caller can run them one by
 * one while the page is idle, before anyone is chosen; running them changes no result.
 */
import type { ApplicantKindT, Ruleset } from './types.ts';
import { compiled, compileItems } from './compiled.ts';
import { capsOn } from './caps.ts';

/** Items compiled per step: about 10 ms on a phone-speed CPU. */
const BATCH = 8;

/** The steps, each short enough to be its own task: the items' indexes a few at a time, the compiled rules, then the
 * caps for each kind of applicant. */
export function warmUpSteps(ruleset: Ruleset, asOf: string): (() => void)[] {
  const batches = Array.from({ length: Math.ceil(ruleset.items.length / BATCH) }, (_, i) => ruleset.items.slice(i * BATCH, (i + 1) * BATCH));
  const caps = (applicants: ApplicantKindT[]) => () => void capsOn(ruleset, compiled(ruleset), asOf, applicants);
  return [...batches.map((b) => () => compileItems(ruleset, b)), () => void compiled(ruleset), caps(['person']), caps(['organisation'])];
}
