/** Totals: exact amounts of eligible items by basis, never adding two items the person must choose between. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';
import type { Amount } from '../../src/engine/schema.ts';
import type { RuleItem } from '../../src/engine/types.ts';
import { item, ruleset } from './mini-ruleset.ts';

const paying = (id: string, rule: Amount, basis: 'once' | 'per-month' = 'once', over: Partial<RuleItem> = {}) =>
  item(id, { amount: { basis, rule, sources: ['S1'], confidence: 'official' }, ...over });
const cite = { source: 'S1' };

describe('totals', () => {
  it('adds exact amounts by basis and leaves out ranges, unknowns and items not yet eligible', () => {
    const rs = ruleset([
      paying('a', { fixed: 3000 }),
      paying('b', { fixed: 2000 }),
      paying('m', { fixed: 500 }, 'per-month'),
      paying('open', { fact: 'pay' }),
      paying('office', { notStated: true }),
      paying('later', { fixed: 9999 }, 'once', { conditions: { fact: 'other', eq: true } }),
    ]);
    const totals = evaluate(rs, { answers: { flag: true }, asOf: '2025-06-30' }).totals;
    expect(totals).toEqual([
      { basis: 'once', sum: 5000, items: ['a', 'b'], leftOut: [] },
      { basis: 'per-month', sum: 500, items: ['m'], leftOut: [] },
    ]);
  });
  it('counts only the larger of two items that cannot be combined', () => {
    const rs = ruleset([
      paying('small', { fixed: 2000 }, 'once', { exclusions: [{ items: ['big'], rule: 'not-combinable', cite }] }),
      paying('big', { fixed: 3000 }),
      paying('other', { fixed: 100 }),
    ]);
    const e = evaluate(rs, { answers: { flag: true }, asOf: '2025-06-30' });
    expect(e.conflicts).toHaveLength(1);
    expect(e.totals).toEqual([{ basis: 'once', sum: 3100, items: ['big', 'other'], leftOut: ['small'] }]);
  });
});
