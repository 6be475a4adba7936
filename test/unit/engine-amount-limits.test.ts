/** The amount invariant: never below 0, never above the item's cap (what it shows before any answer). */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';
import { withinLimits } from '../../src/engine/amount-limits.ts';
import type { AmountEval } from '../../src/engine/amount.ts';
import type { Amount, Condition } from '../../src/engine/schema.ts';
import type { Answers } from '../../src/engine/types.ts';
import { item, ruleset } from './mini-ruleset.ts';

const interval = (lo: number, hi: number, unstated = false): AmountEval => ({ lo, hi, unstated, missing: [], lines: [] });
const lines = (e: AmountEval) => e.lines.map((l) => l.en);

describe('withinLimits', () => {
  it('leaves an amount within [0, cap] as it is', () => {
    const e = interval(0, 5000);
    expect(withinLimits(e, 5000)).toBe(e);
    expect(withinLimits(interval(10, Infinity), Infinity)).toMatchObject({ lo: 10, hi: Infinity, lines: [] });
  });

  it('raises what is below 0 to 0, and says so', () => {
    const e = withinLimits(interval(-1000, -1000), 20000);
    expect(e).toMatchObject({ lo: 0, hi: 0 });
    expect(lines(e)).toEqual(['An amount is never below CNY 0']);
    expect(withinLimits(interval(-1000, 19000), 20000)).toMatchObject({ lo: 0, hi: 19000 });
  });

  it('lowers what is above the cap to the cap, and says so', () => {
    const e = withinLimits(interval(3000, 50000), 20000);
    expect(e).toMatchObject({ lo: 3000, hi: 20000 });
    expect(lines(e)).toEqual(['Not more than the item’s cap of CNY 20,000']);
    expect(withinLimits(interval(0, 8000, true), 5000)).toMatchObject({ lo: 0, hi: 5000, unstated: true });
  });

  it('takes a cap below 0 as 0', () => expect(withinLimits(interval(-5, 10), -1)).toMatchObject({ lo: 0, hi: 0 }));
});

describe('evaluate keeps every amount within its limits', () => {
  function amountOf(rule: Amount, answers: Answers, conditions: Condition) {
    const rs = ruleset([item('x', { conditions, amount: { basis: 'once', rule, sources: ['S1'], confidence: 'official' } })]);
    return evaluate(rs, { answers, asOf: '2025-06-30' }).items[0]!;
  }
  // 1000 × months − 1000: 2000 at the item's threshold of 3, but −1000 for 0 months.
  const perMonth: Amount = { sum: [{ times: [{ fact: 'months' }, { fixed: 1000 }] }, { fixed: -1000 }] };

  it('shows 0, never a negative sum, for answers outside the item’s conditions', () => {
    const r = amountOf(perMonth, { months: 0 }, { fact: 'months', gte: 3 });
    expect(r.status).toBe('not-eligible');
    expect(r.amount).toMatchObject({ kind: 'exact', value: 0 });
    expect(r.amount.kind === 'exact' && r.amount.breakdown.map((l) => l.zh)).toContain('金额不低于 0 元');
    expect(amountOf(perMonth, { months: 3 }, { fact: 'months', gte: 3 }).amount).toMatchObject({ kind: 'exact', value: 2000 });
  });

  it('starts a range at 0 where the formula would dip below it', () => {
    // No source bounds the months from above (an input limit is no source), so the top is open: "depends on" them.
    expect(amountOf(perMonth, {}, { fact: 'flag', eq: true }).amount).toMatchObject({ kind: 'range', min: 0, max: null, dependsOn: ['months'] });
  });

  it('never shows more than the item shows before any answer', () => {
    const rule: Amount = { times: [{ fact: 'months' }, { fixed: 1000 }] };
    const atMost10: Condition = { fact: 'months', lte: 10 };
    expect(amountOf(rule, {}, atMost10).amount).toMatchObject({ kind: 'range', min: 0, max: 10000 });
    const r = amountOf(rule, { months: 50 }, atMost10);
    expect(r.status).toBe('not-eligible');
    expect(r.amount).toMatchObject({ kind: 'exact', value: 10000 });
    expect(amountOf(rule, { months: 7 }, atMost10).amount).toMatchObject({ kind: 'exact', value: 7000 });
  });
});
