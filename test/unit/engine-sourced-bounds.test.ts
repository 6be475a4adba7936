/**
 * Ranges only from sourced bounds (issue 12): an unanswered figure ranges between the parameters a source gives for it,
 * or the amount "depends on" it; a floor the source states is "不低于", never exact; and a total never adds two items
 * no source says can be combined.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';
import { Citation } from '../../src/engine/schema.ts';
import type { Amount } from '../../src/engine/schema.ts';
import type { FactT, RuleItem, Ruleset } from '../../src/engine/types.ts';
import { item, ruleset } from './mini-ruleset.ts';

const paying = (id: string, rule: Amount, over: Partial<RuleItem> = {}) =>
  item(id, { amount: { basis: 'per-month', rule, sources: ['S1'], confidence: 'official' }, ...over });

/** The mini ruleset, with `base` bounded by two dated parameters (a floor and a ceiling, as the contribution base). */
function withBounds(items: RuleItem[]): Ruleset {
  const rs = ruleset(items);
  const dated = (id: string, a: number, b: number) => ({
    id, label: { zh: id, en: id }, unit: { zh: '元/月', en: 'CNY/month' },
    values: [
      { from: '2024-01-01', value: a, sources: ['S1'], confidence: 'secondary' as const },
      { from: '2025-01-01', value: b, sources: ['S1'], confidence: 'secondary' as const },
    ],
  });
  rs.parameters.floor = dated('floor', 4812, 4986);
  rs.parameters.ceiling = dated('ceiling', 24930, 25299);
  rs.facts = rs.facts.map((f): FactT => (f.id === 'base' ? { ...f, sourcedBounds: { min: { param: 'floor' }, max: { param: 'ceiling' } } } : f));
  return rs;
}

const amountOf = (rs: Ruleset, id: string, answers: Record<string, number | boolean>, asOf = '2025-06-30') =>
  evaluate(rs, { answers, asOf }).items.find((r) => r.id === id)!.amount;

describe('an unanswered figure ranges only between sourced bounds', () => {
  it('a contribution base ranges between the floor and ceiling in force that day, not its input limit', () => {
    const rs = withBounds([paying('pct', { percent: 10, of: { fact: 'base' } })]);
    expect(amountOf(rs, 'pct', { flag: true })).toMatchObject({ kind: 'range', min: 498.6, max: 2529.9 });
    expect(amountOf(rs, 'pct', { flag: true }, '2024-12-31')).toMatchObject({ kind: 'range', min: 481.2, max: 2493 });
    expect(amountOf(rs, 'pct', { flag: true })).not.toHaveProperty('dependsOn');
  });
  it('a figure no source bounds makes the amount "depend on" it, never a range up to its input limit', () => {
    const rs = withBounds([paying('paid', { fact: 'pay' })]);
    expect(amountOf(rs, 'paid', { flag: true })).toMatchObject({ kind: 'range', min: 0, max: null, dependsOn: ['pay'] });
  });
  it('a sourced cap still gives the top: "at most", depending on the open answer', () => {
    const rs = withBounds([paying('capped', { min: [{ fixed: 3000 }, { fact: 'pay' }] })]);
    expect(amountOf(rs, 'capped', { flag: true })).toMatchObject({ kind: 'range', min: 0, max: 3000, dependsOn: ['pay'] });
  });
  it("a range the item's own conditions close (months ≥ 12, at most 3 × 2000) is a plain range", () => {
    const rs = withBounds([
      paying('steps', { steps: { count: { fact: 'months' }, size: 12, each: 2000, maxSteps: 3 } }, { conditions: { fact: 'months', gte: 12 } }),
    ]);
    const a = amountOf(rs, 'steps', {});
    expect(a).toMatchObject({ kind: 'range', min: 2000, max: 6000 });
    expect(a).not.toHaveProperty('dependsOn');
  });
  it('an answered figure is exact; one above the ceiling is held to what the ceiling gives (the item cap)', () => {
    const rs = withBounds([paying('pct', { percent: 10, of: { fact: 'base' } })]);
    expect(amountOf(rs, 'pct', { flag: true, base: 10000 })).toMatchObject({ kind: 'exact', value: 1000 });
    expect(amountOf(rs, 'pct', { flag: true, base: 100000 })).toMatchObject({ kind: 'exact', value: 2529.9 });
  });
});

describe('floors and unverified combinations', () => {
  it('a stated floor ("不低于") is a range with no top, marked as a floor, and never enters a total', () => {
    const rs = withBounds([paying('floor', { atLeast: { percent: 130, of: { fixed: 2280 } } })]);
    const ev = evaluate(rs, { answers: { flag: true }, asOf: '2025-06-30' });
    expect(ev.items[0]!.amount).toMatchObject({ kind: 'range', min: 2964, max: null, floor: true });
    expect(ev.items[0]!.amountMissing).toEqual([]);
    expect(ev.totals).toEqual([]);
  });
  it('two items whose combination is unverified: the total counts only the larger, and no conflict is announced', () => {
    const cite = { source: 'S1' };
    const once = (id: string, v: number, over: Partial<RuleItem> = {}) =>
      item(id, { amount: { basis: 'once', rule: { fixed: v }, sources: ['S1'], confidence: 'official' }, ...over });
    const rs = ruleset([once('dibao', 6000, { exclusions: [{ items: ['grad'], rule: 'unverified', cite }] }), once('grad', 1000)]);
    const ev = evaluate(rs, { answers: { flag: true }, asOf: '2025-06-30' });
    expect(ev.totals).toEqual([{ basis: 'once', sum: 6000, items: ['dibao'], leftOut: ['grad'] }]);
    expect(ev.conflicts).toEqual([]);
    expect(ev.items.find((r) => r.id === 'grad')!.stacking).toMatchObject([{ rule: 'unverified', items: ['dibao'] }]);
  });
  it('a citation may be marked as a paraphrase, but only when it has a quote', () => {
    expect(Citation.safeParse({ source: 'S1', quote: '大意', paraphrase: true }).success).toBe(true);
    expect(Citation.safeParse({ source: 'S1', paraphrase: true }).success).toBe(false);
    expect(Citation.safeParse({ source: 'S1', quote: 'x', paraphrase: false }).success).toBe(false);
  });
});
