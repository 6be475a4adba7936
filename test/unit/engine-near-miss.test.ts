/** Near misses: the date an item becomes eligible when only time changes, checked by evaluating again on that date. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';
import type { Condition } from '../../src/engine/schema.ts';
import type { Answers } from '../../src/engine/types.ts';
import { item, ruleset } from './mini-ruleset.ts';

function from(conditions: Condition, answers: Answers, asOf = '2025-06-30') {
  const r = evaluate(ruleset([item('x', { conditions })]), { answers, asOf }).items[0]!;
  return { status: r.status, eligibleFrom: r.eligibleFrom };
}

describe('eligible from', () => {
  it('a registration that matures: the day it has lasted 6 months', () => {
    expect(from({ fact: 'since', atLeastAgo: { months: 6 } }, { since: '2025-03-15' })).toEqual({ status: 'not-eligible', eligibleFrom: '2025-09-15' });
  });
  it('a count of months that grows: when it reaches the threshold', () => {
    expect(from({ fact: 'months', gte: 12 }, { months: 9 })).toEqual({ status: 'not-eligible', eligibleFrom: '2025-09-30' });
    expect(from({ fact: 'months', gt: 12 }, { months: 12 })).toEqual({ status: 'not-eligible', eligibleFrom: '2025-07-30' });
  });
  it('an age reached, and a rule that starts on a date', () => {
    expect(from({ age: 'born', gte: 45 }, { born: '1980-08-01' })).toMatchObject({ eligibleFrom: '2025-08-01' });
    expect(from({ evaluationDate: { onOrAfter: '2026-02-01' } }, {})).toMatchObject({ eligibleFrom: '2026-02-01' });
  });
  it('two conditions that mature at different dates: the later one', () => {
    const c: Condition = { all: [{ fact: 'since', atLeastAgo: { months: 6 } }, { fact: 'months', gte: 12 }] };
    expect(from(c, { since: '2025-03-15', months: 11 })).toMatchObject({ eligibleFrom: '2025-09-15' });
  });
  it('none where something other than time fails, or a window closes before the other condition matures', () => {
    expect(from({ all: [{ fact: 'since', atLeastAgo: { months: 6 } }, { fact: 'flag', eq: true }] }, { since: '2025-03-15', flag: false }).eligibleFrom).toBeUndefined();
    const closing: Condition = { all: [{ fact: 'since', atLeastAgo: { months: 6 } }, { fact: 'born', within: { months: 3 } }] };
    expect(from(closing, { since: '2025-03-15', born: '2025-06-01' }).eligibleFrom).toBeUndefined();
  });
  it('none beyond five years, and none for a count that does not grow', () => {
    expect(from({ fact: 'since', atLeastAgo: { years: 6 } }, { since: '2025-01-01' }).eligibleFrom).toBeUndefined();
    expect(from({ fact: 'pay', gte: 5000 }, { pay: 4000 }).eligibleFrom).toBeUndefined();
  });
  it('a question skipped because time ruled the item out comes back: it decides whether the near miss holds', () => {
    const c: Condition = { all: [{ fact: 'since', atLeastAgo: { months: 6 } }, { fact: 'flag', eq: true }] };
    const run = (answers: Answers) => evaluate(ruleset([item('x', { conditions: c })]), { answers, asOf: '2025-06-30' });
    const open = run({ since: '2025-03-15' });
    expect(open.items[0]).toMatchObject({ status: 'not-eligible', eligibleFrom: '2025-09-15', missing: ['flag'] });
    expect(open.next.map((q) => q.fact)).toEqual(['flag']);
    expect(run({ since: '2025-03-15', flag: true }).items[0]).toMatchObject({ eligibleFrom: '2025-09-15', missing: [] });
    // Behind "don't know" nothing can be asked, so no near miss is claimed.
    expect(run({ since: '2025-03-15', flag: null }).items[0]).toMatchObject({ eligibleFrom: undefined, missing: [] });
    expect(run({ since: '2025-03-15', flag: null }).next).toEqual([]);
  });
  it('only for items not eligible: an open item has none', () => {
    expect(from({ fact: 'months', gte: 12 }, {})).toEqual({ status: 'needs-info', eligibleFrom: undefined });
  });
});
