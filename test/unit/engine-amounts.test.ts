import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';
import type { Amount, Condition } from '../../src/engine/schema.ts';
import type { Answers } from '../../src/engine/types.ts';
import { item, ruleset } from './mini-ruleset.ts';

function amountOf(rule: Amount, answers: Answers, conditions: Condition = { fact: 'flag', eq: true }, asOf = '2025-06-30') {
  const rs = ruleset([item('x', { conditions, amount: { basis: 'once', rule, sources: ['S1'], confidence: 'official' } })]);
  return evaluate(rs, { answers: { flag: true, ...answers }, asOf }).items[0]!;
}

describe('amounts', () => {
  it('gives a fixed sum exactly', () => expect(amountOf({ fixed: 3000 }, {}).amount).toMatchObject({ kind: 'exact', value: 3000 }));

  it('pays per full step, up to a number of steps', () => {
    const rule: Amount = { steps: { count: { fact: 'months' }, size: 12, each: 2000, maxSteps: 3 } };
    expect(amountOf(rule, { months: 11 }).amount).toMatchObject({ kind: 'exact', value: 0 });
    expect(amountOf(rule, { months: 24 }).amount).toMatchObject({ kind: 'exact', value: 4000 });
    expect(amountOf(rule, { months: 120 }).amount).toMatchObject({ kind: 'exact', value: 6000 });
    expect(amountOf(rule, { months: 24 }).amount).toMatchObject({ breakdown: [{ zh: expect.stringContaining('2 × 2,000 = 4,000') }] });
  });

  it('says each labelled step in its unit: its own, its fact’s, else yuan', () => {
    const rule: Amount = {
      times: [
        { fixed: 6, label: { zh: '月数', en: 'Months' }, unit: { zh: '个月', en: 'months' } },
        { min: [{ fact: 'pay', label: { zh: '实际缴费', en: 'Paid' } }, { fixed: 300, label: { zh: '每月上限', en: 'Monthly cap' } }] },
      ],
    };
    const rs = ruleset([item('x', { conditions: { fact: 'flag', eq: true }, amount: { basis: 'once', rule, sources: ['S1'], confidence: 'official' } })]);
    rs.facts = rs.facts.map((f) => (f.id === 'pay' ? { ...f, unit: { zh: '元/月', en: 'CNY a month' } } : f));
    const a = evaluate(rs, { answers: { flag: true, pay: 250 }, asOf: '2025-06-30' }).items[0]!.amount;
    expect(a).toMatchObject({ kind: 'exact', value: 1500 });
    const lines = a.kind === 'exact' ? a.breakdown : [];
    expect(lines.map((l) => l.zh)).toEqual(expect.arrayContaining(['月数：6 个月', '实际缴费：250 元/月', '每月上限：300 元']));
    expect(lines.map((l) => l.en)).toEqual(expect.arrayContaining(['Months: 6 months', 'Paid: 250 CNY a month', 'Monthly cap: CNY 300']));
  });

  it('says a parameter’s value with how sure it is in words and its sources by title, leaving out a source it does not know', () => {
    const a = amountOf({ param: 'wage' }, {}).amount;
    expect(a.kind === 'exact' && a.breakdown.map((l) => l.zh)).toEqual(['wage：8,300 元（2024-01-01 起，转载；来源：source one）']);
    expect(a.kind === 'exact' && a.breakdown.map((l) => l.en)).toEqual(['wage: 8,300 元 (from 2024-01-01, reprint; source: source one)']);
    const rs = ruleset([item('x', { conditions: { fact: 'flag', eq: true }, amount: { basis: 'once', rule: { param: 'wage' }, sources: ['S1'], confidence: 'official' } })]);
    rs.sources = {};
    const bare = evaluate(rs, { answers: { flag: true }, asOf: '2025-06-30' }).items[0]!.amount;
    expect(bare.kind === 'exact' && bare.breakdown.map((l) => l.zh)).toEqual(['wage：8,300 元（2024-01-01 起，转载）']);
  });

  it('gives a range while a fact is missing, narrowed by the item’s own conditions', () => {
    const rule: Amount = { steps: { count: { fact: 'months' }, size: 12, each: 2000, maxSteps: 3 } };
    const r = amountOf(rule, {}, { fact: 'months', gte: 12 });
    expect(r.amount).toMatchObject({ kind: 'range', min: 2000, max: 6000 });
    expect(r.amountMissing).toEqual(['months']);
  });

  it('computes a percentage of an amount the user enters, capped by a ratio', () => {
    const rule: Amount = { percent: 50, of: { times: [{ fact: 'pay' }, { min: [{ fixed: 1 }, { divide: [{ fixed: 8000 }, { fact: 'base' }] }] }] } };
    expect(amountOf(rule, { pay: 1500, base: 5000 }).amount).toMatchObject({ kind: 'exact', value: 750 });
    expect(amountOf(rule, { pay: 1500, base: 16000 }).amount).toMatchObject({ kind: 'exact', value: 375 });
    // A cap over a zero base never binds: the answer settles the amount rather than leaving a range.
    expect(amountOf(rule, { pay: 1500, base: 0 }).amount).toMatchObject({ kind: 'exact', value: 750 });
    // The base has no sourced bounds here (the real contribution base has: see engine-sourced-bounds.test.ts), so the
    // input limit of 1,000,000 no longer makes up a floor of 6: the amount is at most 750 and depends on the base.
    expect(amountOf(rule, { pay: 1500 }).amount).toMatchObject({ kind: 'range', min: 0, max: 750, dependsOn: ['base'] });
  });

  it('looks up a figure by a choice, or spans the table while unanswered', () => {
    const rule: Amount = { lookup: { fact: 'level', table: { junior: 1000, senior: 2000 } } };
    expect(amountOf(rule, { level: 'senior' }).amount).toMatchObject({ kind: 'exact', value: 2000 });
    expect(amountOf(rule, {}).amount).toMatchObject({ kind: 'range', min: 1000, max: 2000 });
  });

  it('uses the bracket a value falls in', () => {
    const rule: Amount = { brackets: { of: { fact: 'months' }, table: [{ from: 0, amount: { fixed: 0 } }, { from: 3, amount: { fixed: 2000 } }, { from: 10, amount: { fixed: 5000 } }] } };
    expect(amountOf(rule, { months: 2 }).amount).toMatchObject({ value: 0 });
    expect(amountOf(rule, { months: 3 }).amount).toMatchObject({ value: 2000 });
    expect(amountOf(rule, { months: 10 }).amount).toMatchObject({ value: 5000 });
    expect(amountOf(rule, {}).amount).toMatchObject({ kind: 'range', min: 0, max: 5000 });
  });

  it('takes the branch whose condition holds, and spans the open branches otherwise', () => {
    const rule: Amount = { switch: [{ when: { fact: 'other', eq: true }, then: { fixed: 800 } }], else: { fixed: 600 } };
    expect(amountOf(rule, { other: true }).amount).toMatchObject({ kind: 'exact', value: 800 });
    expect(amountOf(rule, { other: false }).amount).toMatchObject({ kind: 'exact', value: 600 });
    const open = amountOf(rule, {});
    expect(open.amount).toMatchObject({ kind: 'range', min: 600, max: 800 });
    expect(open.amountMissing).toEqual(['other']);
  });

  it('says "set by the office" with any known cap, never a figure', () => {
    expect(amountOf({ notStated: true }, {}).amount).toMatchObject({ kind: 'notStated' });
    expect(amountOf({ notStated: true }, {}).amount).not.toHaveProperty('cap');
    expect(amountOf({ notStated: true, cap: { fixed: 5000 } }, {}).amount).toMatchObject({ kind: 'notStated', cap: 5000 });
    expect(amountOf({ min: [{ notStated: true }, { fixed: 5000 }] }, {}).amount).toMatchObject({ kind: 'notStated', cap: 5000 });
  });

  it('names what a cap limits where the data says, through a switch whose branches share it', () => {
    const label = { zh: '可贷款额度最高', en: 'loans of up to' };
    const capped = { notStated: true, cap: { fixed: 500000, label } } as const;
    const plain = amountOf(capped, {}).amount;
    expect(plain).toMatchObject({ kind: 'notStated', cap: 500000, capLabel: label });
    expect(plain.kind === 'notStated' && plain.breakdown.map((l) => l.zh)).toEqual(['金额由经办部门核定（可贷款额度最高 500,000 元）']);
    const rule = { switch: [{ when: { fact: 'flag', eq: true }, then: capped }], else: capped };
    expect(amountOf(rule, {}).amount).toMatchObject({ kind: 'notStated', cap: 500000, capLabel: label });
    expect(amountOf({ notStated: true, cap: { fixed: 5000 } }, {}).amount).not.toHaveProperty('capLabel');
  });

  it('treats a parameter with no known value as set by the office', () => {
    expect(amountOf({ param: 'wage' }, {}, undefined, '2026-06-01').amount).toMatchObject({ kind: 'notStated' });
    expect(amountOf({ param: 'wage' }, {}, undefined, '2025-06-01').amount).toMatchObject({ kind: 'exact', value: 8300 });
  });

  it('takes a place-dependent parameter for the answered place, and spans the places while unanswered', () => {
    const rule: Amount = { percent: 70, of: { param: 'minwage' } };
    expect(amountOf(rule, { place: 'city' }, undefined, '2023-06-01').amount).toMatchObject({ kind: 'exact', value: 1596 });
    expect(amountOf(rule, { place: 'city' }).amount).toMatchObject({ kind: 'exact', value: 1743 });
    // The county's figure is unknown: set by the office, never the city's.
    expect(amountOf(rule, { place: 'county' }).amount).toMatchObject({ kind: 'notStated' });
    const open = amountOf(rule, {});
    expect(open.amount).toMatchObject({ kind: 'range', min: 1743, max: null });
    expect(open.amountMissing).toEqual(['place']);
  });

  it('a status item has no amount', () => {
    const rs = ruleset([item('s', { kind: 'status' })]);
    expect(evaluate(rs, { answers: { flag: true }, asOf: '2025-01-01' }).items[0]!.amount).toEqual({ kind: 'none' });
  });
});
