/**
 * Which questions each audience can be asked, and which items' cards it can be shown (issue 14, bytes by need): the facts its items read, found by following
 * every id the items name — facts, other items, definitions, parameters, and the facts those name in turn (a gate, a
 * copied answer). Deliberately wide: an id named anywhere counts, so no question an audience can meet is left out; a
 * test checks the engine's own reads and questions against it. Build-time only.
 */
import type { Ruleset } from '../engine/types.ts';

/** Every string in `value`, keys included (a condition may name a fact as a key). */
function namesIn(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      namesIn(v, out);
    }
  }
  return out;
}

/** The facts an audience's items can ask about, and the items they lead to, for each audience of the ruleset. */
export function factsByAudience(ruleset: Ruleset): Map<string, { facts: Set<string>; items: Set<string> }> {
  const facts = new Map(ruleset.facts.map((f) => [f.id, f]));
  const items = new Map(ruleset.items.map((i) => [i.id, i]));
  const lookup = (name: string): unknown =>
    facts.get(name) ?? items.get(name) ?? (Object.hasOwn(ruleset.definitions, name) ? ruleset.definitions[name] : undefined) ?? (Object.hasOwn(ruleset.parameters, name) ? ruleset.parameters[name] : undefined);
  const out = new Map<string, { facts: Set<string>; items: Set<string> }>();
  for (const audience of ruleset.audiences ?? []) {
    const reached = new Set<string>();
    const reachedItems = new Set(audience.items);
    const seen = new Set<string>();
    const queue: unknown[] = audience.items.map((id) => items.get(id));
    while (queue.length > 0) {
      for (const name of namesIn(queue.pop(), new Set())) {
        if (seen.has(name)) continue;
        const found = lookup(name);
        if (found === undefined) continue;
        seen.add(name);
        if (facts.has(name)) reached.add(name);
        if (items.has(name)) reachedItems.add(name);
        queue.push(found);
      }
    }
    out.set(audience.id, { facts: reached, items: reachedItems });
  }
  return out;
}

/** The questions' Chinese in groups, and which groups each audience needs. */
export interface FactGrouping {
  /** Per fact, in the ruleset's order: its group, or -1 when its texts stay in the ruleset the app starts with. */
  of: number[];
  /** Per item, in the ruleset's order: the group that holds its card's words (conditions, amount, office, when to apply). */
  items: number[];
  /** Per audience id: the groups holding every question it can be asked, and its items' cards. */
  audiences: Record<string, number[]>;
}

/**
 * Groups the facts (and the items' cards) so that the first audience of the list needs one group: each goes to
 * the first audience (in the ruleset's order) that can reach it, what no audience reaches to a last group. `kept` facts
 * stay in the starting ruleset (a parameter's `by` fact, whose options About shows).
 */
export function groupFacts(ruleset: Ruleset, kept: ReadonlySet<string>): FactGrouping {
  const byAudience = factsByAudience(ruleset);
  const owners = [...byAudience.keys(), ''];
  const ownerOf = (id: string, kind: 'facts' | 'items') => owners.findIndex((a) => a === '' || byAudience.get(a)![kind].has(id));
  const factOwners = ruleset.facts.map((f) => (kept.has(f.id) ? -1 : ownerOf(f.id, 'facts')));
  const itemOwners = ruleset.items.map((i) => ownerOf(i.id, 'items'));
  const used = [...new Set([...factOwners, ...itemOwners].filter((o) => o >= 0))].sort((a, b) => a - b);
  const of = factOwners.map((o) => (o < 0 ? -1 : used.indexOf(o)));
  const items = itemOwners.map((o) => used.indexOf(o));
  const audiences = Object.fromEntries(
    [...byAudience].map(([a, reach]) => {
      const groups = [
        ...ruleset.facts.flatMap((f, i) => (reach.facts.has(f.id) && of[i]! >= 0 ? [of[i]!] : [])),
        ...ruleset.items.flatMap((it, i) => (reach.items.has(it.id) ? [items[i]!] : [])),
      ];
      return [a, [...new Set(groups)].sort((x, y) => x - y)];
    }),
  );
  return { of, items, audiences };
}
