/**
 * Bounds that an item's own conditions put on its numeric facts. While a fact is unanswered, the amount
 * range is the one the item pays *if* it turns out eligible: "at least 12 months" makes the lower end 12.
 */
import type { Condition } from './schema.ts';
import type { Ruleset } from './types.ts';
import type { FactBounds } from './amount.ts';

/** Collects the bounds implied by the conjunctive part of a condition (through `all` and named definitions). */
export function collectBounds(c: Condition, ruleset: Ruleset, into: FactBounds = new Map()): FactBounds {
  if (c.all) for (const child of c.all) collectBounds(child, ruleset, into);
  else if (c.ref) collectBounds(ruleset.definitions[c.ref]!.condition, ruleset, into);
  else if (c.fact) narrow(c, into, ruleset.facts.find((f) => f.id === c.fact)?.integer === true);
  return into;
}

function narrow(c: Condition, into: FactBounds, integer: boolean): void {
  const b = into.get(c.fact!) ?? { lo: -Infinity, hi: Infinity };
  // An integer fact above 11 is at least 12; a real one is only bounded by 11.
  const step = (v: number) => (integer && Number.isInteger(v) ? 1 : 0);
  if (typeof c.gte === 'number') b.lo = Math.max(b.lo, c.gte);
  else if (typeof c.gt === 'number') b.lo = Math.max(b.lo, c.gt + step(c.gt));
  else if (typeof c.lte === 'number') b.hi = Math.min(b.hi, c.lte);
  else if (typeof c.lt === 'number') b.hi = Math.min(b.hi, c.lt - step(c.lt));
  else if (typeof c.eq === 'number') {
    b.lo = Math.max(b.lo, c.eq);
    b.hi = Math.min(b.hi, c.eq);
  } else return;
  into.set(c.fact!, b);
}
