/**
 * The sum of the exact amounts the person can apply for, by basis (one-off, accrued, per month, per year): the
 * figures of "可以申请" added up. Where items cannot be combined, only the larger of them counts, and the total
 * says which were left out — it never adds two benefits the person has to choose between.
 */
import type { AmountBasisT, Conflict, ItemResult } from './types.ts';

export interface Total {
  basis: AmountBasisT;
  sum: number;
  /** The items added. */
  items: string[];
  /** Eligible items with an exact amount left out because a larger one excludes them. */
  leftOut: string[];
}

export function totalsOf(items: ItemResult[], conflicts: Conflict[]): Total[] {
  const exact = items.filter((r) => r.status === 'eligible' && r.amount.kind === 'exact');
  const value = (r: ItemResult) => (r.amount.kind === 'exact' ? r.amount.value : 0);
  const basisOf = (r: ItemResult) => (r.amount.kind === 'exact' ? r.amount.basis : 'once');
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
