/** What kind of amount an item has, read from its rule's shape (nothing is evaluated): for the coverage table and the
 * "About these rules" page. */
import type { Amount } from './schema.ts';
import type { RuleItem } from './types.ts';

/** `formula`, `formula+notStated` (a branch is set by the office), `notStated`, `notStated+cap`, or `none` (a status). */
export type AmountShape = 'formula' | 'formula+notStated' | 'notStated' | 'notStated+cap' | 'none';

export function amountShape(item: RuleItem): AmountShape {
  if (!item.amount) return 'none';
  const rule = item.amount.rule;
  if (rule.notStated) return rule.cap ? 'notStated+cap' : 'notStated';
  return hasNotStated(rule) ? 'formula+notStated' : 'formula';
}

/** The sub-expressions of an amount node. */
export function amountChildren(a: Amount): Amount[] {
  return [
    ...(a.of ? [a.of] : []),
    ...(a.times ?? []), ...(a.divide ?? []), ...(a.sum ?? []), ...(a.min ?? []), ...(a.max ?? []),
    ...(a.steps ? [a.steps.count] : []),
    ...(a.brackets ? [a.brackets.of, ...a.brackets.table.map((r) => r.amount)] : []),
    ...(a.switch ?? []).map((b) => b.then),
    ...(a.else ? [a.else] : []),
    ...(a.cap ? [a.cap] : []),
    ...(a.atLeast ? [a.atLeast] : []),
  ];
}

function hasNotStated(a: Amount): boolean {
  return a.notStated === true || amountChildren(a).some(hasNotStated);
}
