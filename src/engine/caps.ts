/**
 * Each item's cap: the most its rule gives before any question is answered, on a date, for the applicants asking (the
 * limit `withinLimits` keeps its amount under). Without answers, the date counts only against the rules' own dates
 * (parameters in force, periods, `evaluationDate`), so the caps are kept per compiled ruleset for each span between those.
 */
import type { ApplicantKindT, Ruleset } from './types.ts';
import { dateClass, type Compiled } from './compiled.ts';
import { evaluateAmount } from './amount.ts';
import { makeContext } from './context.ts';

/** Spans (with applicants) kept per compiled ruleset: a session uses one or two, a benchmark a few hundred. */
const KEPT = 1024;

const cache = new WeakMap<Compiled, Map<string, Map<string, number>>>();

/** The caps of every item with an amount, on the date, for the applicants. */
export function capsOn(ruleset: Ruleset, compiled: Compiled, asOf: string, applicants: ApplicantKindT[]): Map<string, number> {
  let byDate = cache.get(compiled);
  if (!byDate) cache.set(compiled, (byDate = new Map()));
  const key = `${dateClass(compiled, asOf)} ${applicants.join(',')}`;
  let caps = byDate.get(key);
  if (!caps) {
    // No answers at all: what each item shows before the first question.
    const bare = makeContext(ruleset, {}, asOf, applicants);
    caps = new Map(compiled.items.filter((c) => c.item.amount).map((c) => [c.item.id, evaluateAmount(c.item.amount!.rule, bare, c.bounds).hi]));
    if (byDate.size >= KEPT) byDate.clear();
    byDate.set(key, caps);
  }
  return caps;
}
