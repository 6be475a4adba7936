/** Issue 12 in the engine: a figure's periods, application windows as conditions, dated anchors, totals over a period. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';
import type { Amount } from '../../src/engine/schema.ts';
import { item, ruleset } from './mini-ruleset.ts';

const text = (zh: string) => ({ zh, en: zh });
const old2021 = { until: '2023-01-31', rule: text('2021年规则'), sources: ['S1'], confidence: 'official-old' as const };
const one = (rule: Amount, extra: object = {}) => ruleset([item('x', { amount: { basis: 'per-month', rule, sources: ['S1'], confidence: 'secondary', ...extra } })]);
const run = (rs: ReturnType<typeof ruleset>, answers: Record<string, unknown>, asOf: string) => evaluate(rs, { answers: answers as never, asOf });

describe('figure periods', () => {
  const rs = one({ fixed: 400, periods: [old2021] });
  it('inside its period a figure is exact and names the rule it rests on, at that rule’s confidence', () => {
    const r = run(rs, { flag: true }, '2023-01-31').items[0]!;
    expect(r.amount).toMatchObject({ kind: 'exact', value: 400, confidence: 'official-old', periods: [{ rule: text('2021年规则'), until: '2023-01-31' }] });
  });
  it('the day after, it is set by the office, names the last published figure, and enters no total', () => {
    const ev = run(rs, { flag: true }, '2023-02-01');
    expect(ev.items[0]!.amount).toMatchObject({ kind: 'notStated', lastPublished: { min: 400, max: 400, until: '2023-01-31', confidence: 'official-old', sources: ['S1'] } });
    expect(ev.totals).toEqual([]);
  });
  it('before every period there is no figure, and no last published one', () => {
    const r = run(one({ fixed: 3, periods: [{ from: '2023-02-01', rule: text('2023'), sources: ['S1'], confidence: 'secondary' }] }), { flag: true }, '2023-01-31').items[0]!;
    expect(r.amount.kind).toBe('notStated');
    expect(r.amount.kind === 'notStated' && r.amount.lastPublished).toBeFalsy();
  });
  it('a lapsed figure built on a parameter is computed as it stood on the period’s last day', () => {
    const r = run(one({ percent: 130, of: { param: 'minwage' }, periods: [old2021] }), { flag: true, place: 'city' }, '2025-06-01').items[0]!;
    expect(r.amount).toMatchObject({ kind: 'notStated', lastPublished: { min: 2964, max: 2964 } });
  });
  it('with several periods the one covering the date gives the confidence', () => {
    const periods = [old2021, { from: '2023-02-01', rule: text('推定沿用'), sources: ['S1'], confidence: 'inferred' as const }];
    expect(run(one({ fixed: 1, periods }), { flag: true }, '2024-01-01').items[0]!.amount).toMatchObject({ kind: 'exact', confidence: 'inferred' });
  });
  it('names the period a figure rests on by its dates, an open end as "from" or "until", and a lapsed one plainly', () => {
    const periods = [old2021, { from: '2023-02-01', rule: text('推定沿用'), sources: ['S1'], confidence: 'inferred' as const }];
    const lines = (asOf: string) => {
      const a = run(one({ fixed: 1, periods }), { flag: true }, asOf).items[0]!.amount;
      return a.kind === 'none' ? [] : a.breakdown.map((l) => l.zh);
    };
    expect(lines('2022-06-01')).toContain('依据：2021年规则（至 2023-01-31）');
    expect(lines('2024-01-01')).toContain('依据：推定沿用（2023-02-01 起）');
    expect(run(rs, { flag: true }, '2023-02-01').items[0]!.amount).toMatchObject({
      breakdown: [{ zh: '最近查到的标准：2021年规则，来源只核实到 2023-01-31；评估日适用的标准未能取得，金额由经办部门核定' }],
    });
  });
});

describe('application windows are conditions', () => {
  const graduating = ruleset([item('w', {
    amount: { basis: 'once', rule: { fixed: 3000 }, sources: ['S1'], confidence: 'secondary' },
    window: { text: text('毕业前一年8月15日至9月15日'), rule: { annual: { from: '08-15', to: '09-15', year: { fact: 'since', offset: -1 } } } },
  })]);
  it('not yet open: not eligible now, a near miss from the day it opens', () => {
    const r = run(graduating, { flag: true, since: '2026-06-30' }, '2025-08-14').items[0]!;
    expect(r).toMatchObject({ status: 'not-eligible', eligibleFrom: '2025-08-15', window: { state: 'not-yet', opens: '2025-08-15', closes: '2025-09-15' } });
  });
  it('open: eligible, and the result says when it closes', () => {
    const ev = run(graduating, { flag: true, since: '2026-06-30' }, '2025-09-15');
    expect(ev.items[0]).toMatchObject({ status: 'eligible', window: { state: 'open', closes: '2025-09-15' } });
    expect(ev.totals[0]).toMatchObject({ basis: 'once', sum: 3000 });
  });
  it('passed with no later window: not eligible, no near miss, nothing in the total', () => {
    const ev = run(graduating, { flag: true, since: '2026-06-30' }, '2025-09-16');
    expect(ev.items[0]).toMatchObject({ status: 'not-eligible', window: { state: 'passed', closes: '2025-09-15' } });
    expect(ev.items[0]!.eligibleFrom).toBeUndefined();
    expect(ev.totals).toEqual([]);
  });
  // Moved from dates.test.ts (inAnnualWindow, replaced by the window rules): yearly windows, one that wraps over the new year.
  it('checks yearly windows, including ones that wrap over the new year', () => {
    const yearly = (from: string, to: string) => ruleset([item('y', { window: { text: text('每年'), rule: { annual: { from, to } } } })]);
    const state = (from: string, to: string, d: string) => run(yearly(from, to), { flag: true }, d).items[0]!.window!.state;
    expect(state('08-15', '09-15', '2025-08-15')).toBe('open');
    expect(state('08-15', '09-15', '2025-09-16')).toBe('passed');
    expect(run(yearly('12-01', '01-31'), { flag: true }, '2025-01-05').items[0]!.window).toEqual({ state: 'open', opens: '2024-12-01', closes: '2025-01-31' });
    expect(run(yearly('12-01', '01-31'), { flag: true }, '2025-06-05').items[0]).toMatchObject({ status: 'not-eligible', eligibleFrom: '2025-12-01' });
  });
  it('an unanswered anchor leaves the item open and asks for it', () => {
    expect(run(graduating, { flag: true }, '2025-08-20').items[0]).toMatchObject({ status: 'needs-info', missing: ['since'] });
  });
  it('a window counted from an event: 次月至次年12月底, repeated for each 12-month block', () => {
    const rs = ruleset([item('b', {
      amount: { basis: 'once', rule: { fixed: 1 }, sources: ['S1'], confidence: 'secondary' },
      window: {
        text: text('每满12个月申请一次'),
        rule: { event: { fact: 'since' }, repeat: { every: { months: 12 }, times: 2 }, opens: { plus: { months: 12 }, nextMonth: true }, closes: { plus: { months: 12 }, endOf: { month: 12, yearsLater: 1 } } },
      },
    })]);
    const at = (d: string) => run(rs, { flag: true, since: '2024-07-01' }, d).items[0]!;
    expect(at('2025-07-31')).toMatchObject({ status: 'not-eligible', eligibleFrom: '2025-08-01' });
    expect(at('2025-08-01').window).toEqual({ state: 'open', opens: '2025-08-01', closes: '2026-12-31' });
    expect(at('2027-12-31').window).toEqual({ state: 'open', opens: '2026-08-01', closes: '2027-12-31' });
    expect(at('2028-01-01')).toMatchObject({ status: 'not-eligible', window: { state: 'passed', closes: '2027-12-31' } });
  });
});

describe('anchors: a date fact moved by a span', () => {
  const rs = ruleset([item('a', { conditions: { fact: 'since', onOrBefore: { fact: 'born', plus: { months: 24 } } }, amount: { basis: 'once', rule: { fixed: 1 }, sources: ['S1'], confidence: 'secondary' } })]);
  it('holds on the boundary day and fails the day after', () => {
    expect(run(rs, { born: '2024-06-30', since: '2026-06-30' }, '2027-01-01').items[0]!.status).toBe('eligible');
    expect(run(rs, { born: '2024-06-30', since: '2026-07-01' }, '2027-01-01').items[0]!.status).toBe('not-eligible');
  });
});

describe('totals over the period', () => {
  const rs = one({ fact: 'pay' }, { maxPeriods: 12, over: { periods: { fact: 'months' }, persons: { fact: 'base' } } });
  it('multiplies the rate by persons and months, capped, and says so in the breakdown', () => {
    const ev = run(rs, { flag: true, pay: 1800, months: 15, base: 3 }, '2025-01-01');
    const a = ev.items[0]!.amount;
    expect(a).toMatchObject({ kind: 'exact', value: 1800, over: { rate: 1800, periods: 12, asked: 15, max: 12, persons: 3, value: 64800 } });
    expect(a.kind !== 'none' && a.breakdown.at(-1)!.zh).toBe('每人每月 1,800 元 × 3 人 × 12 个月 = 64,800 元（最多 12 个月，所填 15 个月按 12 个月计）');
    expect(ev.totals).toEqual([{ basis: 'period', sum: 64800, items: ['x'], leftOut: [] }]);
  });
  it('without the counts it keeps the monthly rate and asks for them', () => {
    const ev = run(rs, { flag: true, pay: 1800 }, '2025-01-01');
    expect(ev.items[0]).toMatchObject({ amountMissing: ['months', 'base'] });
    expect(ev.totals).toEqual([{ basis: 'per-month', sum: 1800, items: ['x'], leftOut: [] }]);
  });
});
