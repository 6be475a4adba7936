/**
 * The sum of the exact amounts the person can apply for now, by basis (one-off, accrued, per month, per year, and
 * over the period asked about): the figures of "可以申请" added up. An item outside its application window, or whose
 * figure has lapsed ("set by the office"), is not among them. Where items cannot be combined, only the larger of them counts, and the total
 * says which were left out — it never adds two benefits the person has to choose between.
 */
import type { AmountBasisT, Conflict, ItemResult } from './types.ts';

export interface Total {
  /** `period`: per-month and per-year items taken over the months (years) and persons asked about (`amount.over`);
   * a per-month or per-year total adds only the rates of items for which no period was given. */
  basis: AmountBasisT | 'period';
  sum: number;
  /** The items added. */
  items: string[];
  /** Eligible items with an exact amount left out because a larger one excludes them. */
  leftOut: string[];
}

export function totalsOf(items: ItemResult[], conflicts: Conflict[]): Total[] {
  const exact = items.filter((r) => r.status === 'eligible' && r.amount.kind === 'exact');
  const value = (r: ItemResult) => (r.amount.kind === 'exact' ? (r.amount.over?.value ?? r.amount.value) : 0);
  const basisOf = (r: ItemResult): Total['basis'] => (r.amount.kind !== 'exact' ? 'once' : r.amount.over ? 'period' : r.amount.basis);
  const byId = new Map(exact.map((r) => [r.id, r]));
  const leftOut = new Set<string>();
  for (const c of conflicts) {
    if (!c.certain) continue;
    // Among the conflicting items of one basis, keep the largest (the first in the ruleset's order on a tie).
    const rows = c.items.map((id) => byId.get(id)).filter((r): r is ItemResult => !!r);
    for (const basis of new Set(rows.map(basisOf))) {
      const same = rows.filter((r) => basisOf(r) === basis);
      const keep = same.reduce((a, b) => (value(b) > value(a) ? b : a));
      for (const r of same) if (r !== keep) leftOut.add(r.id);
    }
  }
  const out: Total[] = [];
  for (const r of exact) {
    const basis = basisOf(r);
    let t = out.find((x) => x.basis === basis);
    if (!t) out.push((t = { basis, sum: 0, items: [], leftOut: [] }));
    if (leftOut.has(r.id)) t.leftOut.push(r.id);
    else {
      t.sum = Math.round((t.sum + value(r)) * 100) / 100;
      t.items.push(r.id);
    }
  }
  return out.filter((t) => t.items.length > 0);
}
