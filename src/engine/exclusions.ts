/** Stacking rules between items (不重复享受, "combinable from 2023-02-01"), applied on the evaluation date. */
import type { Conflict, ItemResult, Ruleset, StackingNote } from './types.ts';
import type { CompiledItem } from './compiled.ts';

function inForce(rule: { from?: string; until?: string }, asOf: string): boolean {
  return (!rule.from || asOf >= rule.from) && (!rule.until || asOf <= rule.until);
}

/** The item's stacking rules in force on the date: its own, and those of other items that name it (a rule is written
 * once, on one side, and holds for both). */
export function stackingFor(item: CompiledItem, asOf: string): StackingNote[] {
  return item.stacking.filter(({ x }) => inForce(x, asOf)).map(({ x, items }) => ({ rule: x.rule, items, limit: x.limit, scope: x.scope, cite: x.cite }));
}

const LIVE = new Set(['eligible', 'needs-info']);

/** Pairs (or groups) of live items that a rule in force says cannot be combined: the user must choose. With
 * `unverified`, the pairs whose combination no source settles (totals count only the larger of them). */
export function findConflicts(ruleset: Ruleset, results: ItemResult[], asOf: string, rule: 'not-combinable' | 'unverified' = 'not-combinable'): Conflict[] {
  const byId = new Map(results.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const out: Conflict[] = [];
  for (const item of ruleset.items) {
    const self = byId.get(item.id)!;
    if (!LIVE.has(self.status)) continue;
    for (const x of item.exclusions ?? []) {
      if (x.rule !== rule || !inForce(x, asOf)) continue;
      const others = x.items.map((id) => byId.get(id)).filter((r): r is ItemResult => !!r && LIVE.has(r.status));
      if (others.length === 0) continue;
      const ids = [self.id, ...others.map((o) => o.id)].sort();
      const key = ids.join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ items: ids, certain: [self, ...others].every((r) => r.status === 'eligible'), scope: x.scope, cite: x.cite });
    }
  }
  return out;
}
