/** Read-only lookups into the compiled ruleset (facts, items, sources by id), built once at start-up. */
import type { FactT, RuleItem, Ruleset, SourceT, TextT } from '../engine/index.ts';

/** Lookups the UI needs to put names and labels on the engine's ids. */
export interface Catalog {
  ruleset: Ruleset;
  fact(id: string): FactT;
  item(id: string): RuleItem;
  source(id: string): SourceT | undefined;
  channel(id: string): TextT | undefined;
}

/** Builds the lookups; an unknown fact or item id is a build error, so it throws rather than guesses. */
export function makeCatalog(ruleset: Ruleset): Catalog {
  const facts = new Map(ruleset.facts.map((f) => [f.id, f]));
  const items = new Map(ruleset.items.map((i) => [i.id, i]));
  const channels = new Map(ruleset.channels.map((c) => [c.id, c.label]));
  const must = <T>(m: Map<string, T>, id: string, what: string): T => {
    const v = m.get(id);
    if (v === undefined) throw new Error(`unknown ${what} ${id}`);
    return v;
  };
  return {
    ruleset,
    fact: (id) => must(facts, id, 'fact'),
    item: (id) => must(items, id, 'item'),
    source: (id) => ruleset.sources[id],
    channel: (id) => channels.get(id),
  };
}
