/** Pure readings of one item's result that the page shows: what failed, and what is still open. */
import type { Answers, ConditionResult, Evaluation, ItemResult } from '../engine/index.ts';

/** The conditions that make an item fail: the top level's false children, or the root itself when it is a leaf. */
export function failedConditions(result: ItemResult): ConditionResult[] {
  const root = result.explanation;
  return root.children?.filter((c) => c.value === false) ?? [root];
}

/**
 * Facts that would still settle the item (or narrow its amount), split into those not asked yet and
 * those the person answered "don't know" (the engine will not ask those again; the office must settle them).
 */
export function openFacts(result: ItemResult, answers: Answers): { toAsk: string[]; unknown: string[] } {
  const open = [...new Set([...result.missing, ...result.amountMissing])];
  return { toAsk: open.filter((f) => !(f in answers)), unknown: open.filter((f) => answers[f] === null) };
}

/**
 * The "cannot be combined" pairs worth telling a resident: every item of the group still possible (eligible or to be
 * confirmed) and at least one already eligible. After one answer everything is "to be confirmed", and a warning
 * about a choice nobody has yet would only push the results down.
 */
export function possibleConflicts(evaluation: Evaluation): Evaluation['conflicts'] {
  const status = new Map(evaluation.items.map((r) => [r.id, r.status]));
  return evaluation.conflicts.filter(
    (c) => c.items.every((id) => status.get(id) === 'eligible' || status.get(id) === 'needs-info') && c.items.some((id) => status.get(id) === 'eligible'),
  );
}
