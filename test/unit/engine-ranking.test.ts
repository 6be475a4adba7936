import { describe, expect, it } from 'vitest';
import { evaluate, questionsLeft } from '../../src/engine/index.ts';
import { item, ruleset } from './mini-ruleset.ts';

const amount = (fixed: number) => ({ basis: 'once' as const, rule: { fixed }, sources: ['S1'], confidence: 'official' as const });

describe('next questions', () => {
  const rs = ruleset([
    item('a', { conditions: { all: [{ fact: 'flag', eq: true }, { fact: 'other', eq: true }] }, amount: amount(1000) }),
    item('b', { conditions: { fact: 'flag', eq: true }, amount: amount(500) }),
    item('c', { conditions: { fact: 'months', gte: 3 }, amount: amount(9000) }),
    item('org', { applicant: 'organisation', conditions: { fact: 'pay', gte: 1 }, amount: amount(1) }),
  ]);

  it('ranks by items settled, then by money at stake', () => {
    const e = evaluate(rs, { answers: {}, asOf: '2025-01-01', applicants: ['person'] });
    expect(e.next.map((q) => q.fact)).toEqual(['flag', 'months', 'other']);
    expect(e.next[0]).toEqual({ fact: 'flag', items: ['a', 'b'], money: 1500, rulesOut: ['a', 'b'] });
  });
  it('asks a condition every way in needs before one that is only one way in, though that one concerns more items', () => {
    const rs2 = ruleset([
      // flag: "recognised", needed by x whatever else holds; other: a group that is one way into x and into y.
      item('x', { conditions: { all: [{ fact: 'flag', eq: true }, { any: [{ fact: 'other', eq: true }, { fact: 'level', eq: 'senior' }] }] }, amount: amount(100) }),
      item('y', { conditions: { any: [{ fact: 'other', eq: true }, { fact: 'months', gte: 3 }] }, amount: amount(100) }),
    ]);
    const e = evaluate(rs2, { answers: {}, asOf: '2025-01-01', applicants: ['person'] });
    expect(e.next.map((q) => [q.fact, q.items.length, q.rulesOut])).toEqual([
      ['flag', 1, ['x']],
      ['other', 2, []],
      ['months', 1, []],
      ['level', 1, []],
    ]);
    // "No" settles x at once; only y's questions are left.
    expect(evaluate(rs2, { answers: { flag: false }, asOf: '2025-01-01', applicants: ['person'] }).next.map((q) => q.fact)).toEqual(['other', 'months']);
  });
  it('estimates the questions to come: one that may rule an item out leaves later ones on it less likely to be asked', () => {
    expect(questionsLeft([])).toBe(0);
    const q = (fact: string, items: string[], rulesOut: string[]) => ({ fact, items, money: 0, rulesOut });
    // Two questions that each decide item a: the second is asked only if the first kept a open (0.6).
    expect(questionsLeft([q('p', ['a'], ['a']), q('r', ['a'], ['a'])])).toBe(2); // 1 + 0.6
    expect(questionsLeft([q('p', ['a'], ['a']), q('r', ['a'], ['a']), q('s', ['a'], ['a']), q('t', ['a'], ['a'])])).toBe(2); // 1 + .6 + .36 + .22
    // Questions that cannot rule anything out are all expected.
    expect(questionsLeft([q('p', ['a'], []), q('r', ['a'], []), q('s', ['b'], [])])).toBe(3);
  });
  it('offers only facts that can still change a result', () => {
    const e = evaluate(rs, { answers: { flag: false }, asOf: '2025-01-01', applicants: ['person'] });
    expect(e.next.map((q) => q.fact)).toEqual(['months']);
  });
  it('never offers a fact answered "don\'t know" again, though it stays missing', () => {
    const e = evaluate(rs, { answers: { flag: null }, asOf: '2025-01-01', applicants: ['person'] });
    expect(e.next.map((q) => q.fact)).not.toContain('flag');
    expect(e.items.find((i) => i.id === 'b')!.missing).toEqual(['flag']);
  });
  it('leaves out items for applicants who are not asking', () => {
    const e = evaluate(rs, { answers: {}, asOf: '2025-01-01', applicants: ['person'] });
    expect(e.items.find((i) => i.id === 'org')!.status).toBe('not-applicable');
    expect(e.next.map((q) => q.fact)).not.toContain('pay');
  });
});

describe('exclusions', () => {
  const rs = ruleset([
    item('a', {
      amount: amount(1),
      exclusions: [
        { items: ['b'], rule: 'not-combinable', until: '2023-01-31', cite: { source: 'S1' } },
        { items: ['b'], rule: 'combinable', from: '2023-02-01', cite: { source: 'S1' } },
      ],
    }),
    item('b', { conditions: { fact: 'other', eq: true }, amount: amount(1) }),
  ]);

  it('reports a conflict while the rule is in force, certain only when both are eligible', () => {
    expect(evaluate(rs, { answers: { flag: true, other: true }, asOf: '2023-01-31' }).conflicts).toEqual([{ items: ['a', 'b'], certain: true, scope: undefined, cite: { source: 'S1' } }]);
    expect(evaluate(rs, { answers: { flag: true }, asOf: '2023-01-31' }).conflicts[0]!.certain).toBe(false);
  });
  it('has no conflict once the items may be combined, and says so on the item', () => {
    const e = evaluate(rs, { answers: { flag: true, other: true }, asOf: '2023-02-01' });
    expect(e.conflicts).toEqual([]);
    expect(e.items[0]!.stacking).toEqual([{ rule: 'combinable', items: ['b'], limit: undefined, scope: undefined, cite: { source: 'S1' } }]);
    // Written once on a, the rule holds for b too, naming a.
    expect(e.items[1]!.stacking).toEqual([{ rule: 'combinable', items: ['a'], limit: undefined, scope: undefined, cite: { source: 'S1' } }]);
  });
  it('has no conflict when the other item is ruled out', () => {
    expect(evaluate(rs, { answers: { flag: true, other: false }, asOf: '2023-01-01' }).conflicts).toEqual([]);
  });
});

describe('application windows', () => {
  // The window is now a condition (issue 12): outside it the item is not eligible now, and the result dates it.
  it('says whether a yearly window is open on the evaluation date, and when it closes or opens again', () => {
    const rs = ruleset([item('w', { amount: amount(1), window: { text: { zh: '8月', en: 'August' }, rule: { annual: { from: '08-15', to: '09-15' } } } })]);
    const open = evaluate(rs, { answers: {}, asOf: '2025-08-15' }).items[0]!;
    expect(open.window).toEqual({ state: 'open', opens: '2025-08-15', closes: '2025-09-15' });
    const passed = evaluate(rs, { answers: {}, asOf: '2025-09-16' }).items[0]!;
    expect(passed.window).toEqual({ state: 'passed', opens: '2025-08-15', closes: '2025-09-15', nextOpens: '2026-08-15' });
    expect(passed.status).toBe('not-eligible');
    expect(passed.eligibleFrom).toBe('2026-08-15');
  });
});

describe('results', () => {
  it('carry the ruleset version and hash and the evaluation date', () => {
    const e = evaluate(ruleset([]), { answers: {}, asOf: '2025-01-01' });
    expect(e).toMatchObject({ rulesetVersion: '2026.1.0', rulesetHash: 'abc', asOf: '2025-01-01', applicants: ['person', 'organisation'] });
  });
});
