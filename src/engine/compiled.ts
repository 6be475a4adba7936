/**
 * What an evaluation can know of a ruleset before any answer: lookups and per-item indexes, built once per set of rules
 * and kept in a WeakMap, so nothing outlives it or leaks into another. Its rules never change once built; the texts a
 * page puts in later (src/state/texts.ts) are only ever referenced here, never copied — so a shallow copy of the
 * ruleset, which the page evaluates after each text pack (to drop results that quote older texts), shares it.
 */
import { upstreamOf } from './gates.ts';
import type { Condition, ExclusionT } from './schema.ts';
import type { FactT, RuleItem, Ruleset } from './types.ts';
import type { FactBounds } from './amount.ts';
import { collectBounds } from './bounds.ts';
import { addDays, isRealDate } from './dates.ts';

/** A stacking rule as it bears on one item: its own, or another item's that names it. */
export interface StackingRef {
  x: ExclusionT;
  items: string[];
}

export interface CompiledItem {
  item: RuleItem;
  /** Bounds its own conditions put on its numeric facts. */
  bounds: FactBounds;
  stacking: StackingRef[];
  /** Every fact the item's result can depend on: those it names, their gates and derivation sources, and the facts
   * that place its parameters. Its result is a function of their answers, the date, the applicants and the audiences. */
  reads: string[];
  /** Conjuncts of its conditions that time cannot change: while one is false, no later date makes it eligible. */
  timeless: Condition[];
  /** Facts a conjunct compares: an answer to one alone may rule the item out (the question ranking asks them first). */
  decisive: Set<string>;
}

export interface Compiled {
  facts: Map<string, FactT>;
  /** Facts whose answer follows from another's, and those others: an answer outside it changes no other answer. */
  linked: Set<string>;
  /** In the ruleset's order. */
  items: CompiledItem[];
  /** Item id → its compiled form. */
  byId: Map<string, CompiledItem>;
  /** Fact id → its place in the catalogue (the ranking's last tie-break). */
  factOrder: Map<string, number>;
  /** Every date the rules name, and the day after it, sorted: between two of them, anything that compares the
   * evaluation date only with the rules' own dates (a parameter in force, a period, `evaluationDate`) is the same. */
  breaks: string[];
}

/** Kept by the items list, with the other parts it was built from: a copy that shares them all is not built again. */
const cache = new WeakMap<RuleItem[], { parts: unknown[]; compiled: Compiled }>();

export function compiled(ruleset: Ruleset): Compiled {
  const parts = [ruleset.facts, ruleset.definitions, ruleset.parameters];
  const kept = cache.get(ruleset.items);
  if (kept && kept.parts.every((p, i) => p === parts[i])) return kept.compiled;
  const c = compile(ruleset);
  cache.set(ruleset.items, { parts, compiled: c });
  return c;
}

/** What one item's indexes are built from besides the item: the facts (by id, and those time can change). Kept per facts
 * list, with the definitions and parameters, so items compiled ahead (compileItems) are found again. */
type ItemParts = { facts: Map<string, FactT>; changing: Set<string> };
const partsCache = new WeakMap<FactT[], { with: unknown[]; parts: ItemParts }>();
const itemCache = new WeakMap<RuleItem, { parts: ItemParts; compiled: Omit<CompiledItem, 'stacking'> }>();

function itemParts(ruleset: Ruleset): ItemParts {
  const kept = partsCache.get(ruleset.facts);
  if (kept && kept.with[0] === ruleset.definitions && kept.with[1] === ruleset.parameters) return kept.parts;
  const facts = new Map(ruleset.facts.map((f) => [f.id, f]));
  const parts = { facts, changing: timeVarying(facts) };
  partsCache.set(ruleset.facts, { with: [ruleset.definitions, ruleset.parameters], parts });
  return parts;
}

/** One item's own indexes (all but the stacking rules, which need every item). */
function compileItem(item: RuleItem, ruleset: Ruleset, parts: ItemParts): Omit<CompiledItem, 'stacking'> {
  const kept = itemCache.get(item);
  if (kept && kept.parts === parts) return kept.compiled;
  const compiled = {
    item,
    bounds: collectBounds(item.conditions, ruleset),
    reads: factsRead(item, ruleset, parts.facts),
    timeless: conjuncts(item.conditions, ruleset).filter((c) => timeless(c, ruleset, parts.changing)),
    decisive: new Set(conjuncts(item.conditions, ruleset).flatMap((c) => (c.fact !== undefined ? [c.fact] : []))),
  };
  itemCache.set(item, { parts, compiled });
  return compiled;
}

/** Builds the indexes of some items ahead of the first evaluation (a page's idle time), which then finds them. */
export function compileItems(ruleset: Ruleset, items: readonly RuleItem[]): void {
  const parts = itemParts(ruleset);
  for (const item of items) compileItem(item, ruleset, parts);
}

function compile(ruleset: Ruleset): Compiled {
  const parts = itemParts(ruleset);
  const { facts } = parts;
  const named = new Map<string, StackingRef[]>();
  for (const other of ruleset.items) {
    for (const x of other.exclusions ?? []) {
      for (const id of new Set(x.items)) {
        if (id === other.id) continue;
        const refs = named.get(id) ?? [];
        refs.push({ x, items: [other.id, ...x.items.filter((i) => i !== id)] });
        named.set(id, refs);
      }
    }
  }
  const items = ruleset.items.map((item) => ({
    ...compileItem(item, ruleset, parts),
    // Its own rules first, then those other items write about it, in the ruleset's order.
    stacking: [...(item.exclusions ?? []).map((x) => ({ x, items: x.items })), ...(named.get(item.id) ?? [])],
  }));
  const linked = new Set([...facts.values()].flatMap((f) => (upstreamOf(f).length > 0 ? [f.id, ...upstreamOf(f)] : [])));
  const byId = new Map(items.map((c) => [c.item.id, c]));
  const factOrder = new Map(ruleset.facts.map((f, i) => [f.id, i]));
  return { facts, linked, items, byId, factOrder, breaks: datesIn([ruleset.parameters, ruleset.definitions, ruleset.items.map(({ cases: _cases, ...rules }) => rules)]) };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function datesIn(data: unknown): string[] {
  const out = new Set<string>();
  const visit = (x: unknown): void => {
    if (typeof x === 'string' && ISO_DATE.test(x) && isRealDate(x)) out.add(x).add(addDays(x, 1));
    else if (x && typeof x === 'object') Object.values(x).forEach(visit);
  };
  visit(data);
  return [...out].sort();
}

/** How many of the rules' dates fall on or before the date: equal for two dates no rule's date separates. */
export function dateClass(c: Compiled, asOf: string): number {
  let [lo, hi] = [0, c.breaks.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.breaks[mid]! <= asOf) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Facts whose answer grows with time, and those that follow from them. */
function timeVarying(facts: Map<string, FactT>): Set<string> {
  const out = new Set([...facts.values()].filter((f) => f.grows).map((f) => f.id));
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of facts.values()) {
      if (upstreamOf(f).some((from) => out.has(from)) && !out.has(f.id)) {
        out.add(f.id);
        changed = true;
      }
    }
  }
  return out;
}

function conjuncts(c: Condition, ruleset: Ruleset): Condition[] {
  if (c.all) return c.all.flatMap((x) => conjuncts(x, ruleset));
  if (c.ref) return conjuncts(ruleset.definitions[c.ref]!.condition, ruleset);
  return [c];
}

/** Whether a condition reads neither the date (a span, an age, a parameter in force) nor an answer that grows. */
function timeless(c: Condition, ruleset: Ruleset, changing: Set<string>): boolean {
  const kids = [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])];
  if (kids.length > 0) return kids.every((k) => timeless(k, ruleset, changing));
  if (c.ref) return timeless(ruleset.definitions[c.ref]!.condition, ruleset, changing);
  if (c.askingAs) return true;
  if (c.evaluationDate || c.age || c.within || c.atLeastAgo || !c.fact || changing.has(c.fact)) return false;
  const operands = [c.eq, c.ne, c.lt, c.lte, c.gt, c.gte, c.onOrBefore, c.onOrAfter];
  return operands.every((o) => !o || typeof o !== 'object' || Array.isArray(o) || ('fact' in o && !changing.has(o.fact)));
}

/** Every fact id under a `fact` or `age` key of the item (through definitions), with what settles those facts. */
function factsRead(item: RuleItem, ruleset: Ruleset, facts: Map<string, FactT>): string[] {
  const out = new Set<string>();
  const addParam = (id: string) => {
    const by = ruleset.parameters[id]?.by;
    if (by !== undefined) addFact(by);
  };
  const addFact = (id: string) => {
    if (out.has(id)) return;
    out.add(id);
    const f = facts.get(id);
    for (const from of upstreamOf(f)) addFact(from);
    if (f?.sourcedBounds) [f.sourcedBounds.min.param, f.sourcedBounds.max.param].forEach(addParam);
  };
  const visit = (x: unknown): void => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(visit);
    for (const [k, v] of Object.entries(x)) {
      if ((k === 'fact' || k === 'age') && typeof v === 'string') addFact(v);
      else if (k === 'ref' && typeof v === 'string') visit(ruleset.definitions[v]?.condition);
      else if (k === 'param' && typeof v === 'string') addParam(v);
      else visit(v);
    }
  };
  const { cases: _cases, ...rules } = item;
  visit(rules);
  return [...out];
}
