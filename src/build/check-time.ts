/**
 * Cross-file checks of an item's time data: the sources of every figure period exist, a window rule dates itself
 * from a date fact this applicant is asked, and the counts an amount is taken over are number facts.
 */
import type { Amount, FactT, ItemT } from '../engine/schema.ts';
import type { Ruleset } from '../engine/types.ts';
import { amountChildren } from '../engine/rule-shape.ts';

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

/** Reports every problem of the item's periods, window rule and `amount.over`. */
export function checkItemTime(rs: Ruleset, facts: Map<string, FactT>, item: ItemT, report: Report): void {
  const fact = (id: string, type: FactT['type'], path: Path) => {
    const f = facts.get(id);
    if (!f) return report(path, `unknown fact ${id}`);
    if (f.type !== type) report(path, `${id} must be a ${type} fact (it is ${f.type})`);
    if (item.applicant !== 'both' && f.applicant !== item.applicant) report(path, `fact ${id} is asked of a ${f.applicant}, but this item's applicant is a ${item.applicant}`);
  };
  if (item.amount) walkPeriods(rs, item.amount.rule, ['amount', 'rule'], report);
  const over = item.amount?.over;
  if (over) {
    fact(over.periods.fact, 'number', ['amount', 'over', 'periods', 'fact']);
    if (over.persons) fact(over.persons.fact, 'number', ['amount', 'over', 'persons', 'fact']);
  }
  const rule = item.window?.rule;
  if (rule && 'annual' in rule && rule.annual.year) fact(rule.annual.year.fact, 'date', ['window', 'rule', 'annual', 'year', 'fact']);
  if (rule && 'event' in rule) fact(rule.event.fact, 'date', ['window', 'rule', 'event', 'fact']);
  if (item.window?.cite && !Object.hasOwn(rs.sources, item.window.cite.source)) report(['window', 'cite', 'source'], `unknown source ${item.window.cite.source}`);
}

function walkPeriods(rs: Ruleset, a: Amount, path: Path, report: Report): void {
  a.periods?.forEach((p, i) => p.sources.forEach((s, j) => Object.hasOwn(rs.sources, s) || report([...path, 'periods', i, 'sources', j], `unknown source ${s}`)));
  // Paths below the node are not tracked: a problem deeper down is reported at this node.
  amountChildren(a).forEach((child) => walkPeriods(rs, child, path, report));
}
