import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';
import type { Condition } from '../../src/engine/schema.ts';
import type { Answers } from '../../src/engine/types.ts';
import { item, ruleset } from './mini-ruleset.ts';

function check(conditions: Condition, answers: Answers, asOf = '2025-06-30') {
  const rs = ruleset([item('x', { conditions })]);
  return evaluate(rs, { answers, asOf }).items[0]!;
}

describe('three-valued logic', () => {
  const both: Condition = { all: [{ fact: 'flag', eq: true }, { fact: 'other', eq: true }] };
  const either: Condition = { any: [{ fact: 'flag', eq: true }, { fact: 'other', eq: true }] };

  it('an unknown fact is neither true nor false', () => {
    const r = check(both, { flag: true });
    expect(r.status).toBe('needs-info');
    expect(r.missing).toEqual(['other']);
  });
  it('a false part settles all, and nothing is then missing', () => {
    const r = check(both, { flag: false });
    expect(r.status).toBe('not-eligible');
    expect(r.missing).toEqual([]);
    expect(r.explanation.children!.map((c) => c.value)).toEqual([false, null]);
  });
  it('a true part settles any', () => expect(check(either, { other: true }).status).toBe('eligible'));
  it('"don\'t know" (null), a wrong type and an out-of-bounds value all read as unknown', () => {
    expect(check(either, { flag: null, other: false }).status).toBe('needs-info');
    expect(check(either, { flag: 'yes', other: false } as never).status).toBe('needs-info');
    expect(check({ fact: 'months', gte: 12 }, { months: 500 }).status).toBe('needs-info');
    expect(check({ fact: 'level', notIn: ['senior'] }, { level: 'banana' }).status).toBe('needs-info');
    expect(check({ fact: 'since', within: { months: 24 } }, { since: '2024-02-30' }).explanation.detail!.zh).toBe('回答无效，按未回答处理');
  });
  it('not inverts, keeping unknown', () => {
    expect(check({ not: { fact: 'flag', eq: true } }, { flag: false }).status).toBe('eligible');
    expect(check({ not: { fact: 'flag', eq: true } }, {}).status).toBe('needs-info');
  });
  it('a named definition is evaluated in place and explained by its label', () => {
    const r = check({ ref: 'flagged' }, { flag: true });
    expect(r.status).toBe('eligible');
    expect(r.explanation.text.zh).toBe('flagged');
    expect(r.explanation.cite).toEqual({ source: 'S1' });
  });
  it('says an excluded option quoted, and the evaluation date’s bounds in words', () => {
    expect(check({ fact: 'level', ne: 'junior' }, { level: 'senior' }).explanation.text).toEqual({ zh: '「level」：不是“初级”', en: '“level”: not “初级”' });
    const dated = check({ evaluationDate: { onOrAfter: '2023-02-01', before: '2026-02-01' } }, {}).explanation.text;
    expect(dated).toEqual({ zh: '评估日期在 2023-02-01 或之后、2026-02-01 之前', en: 'The evaluation date is on or after 2023-02-01 and before 2026-02-01' });
    // Several options answered: '、' in Chinese, '; ' in English (an English option may hold a comma).
    const tags = check({ fact: 'tags', includes: 'a' }, { tags: ['a', 'b'] }).explanation.detail!;
    expect(tags).toEqual({ zh: '回答：甲、乙', en: 'Answer: 甲; 乙' });
    // One year, two months: English counts them.
    expect(check({ fact: 'since', atLeastAgo: { years: 1 } }, {}).explanation.text.en).toContain('at least 1 year before');
    expect(check({ fact: 'since', within: { months: 2 } }, {}).explanation.text.en).toContain('2 months');
  });
});

describe('comparisons', () => {
  it('compares numbers at the boundary', () => {
    expect(check({ fact: 'months', gte: 12 }, { months: 12 }).status).toBe('eligible');
    expect(check({ fact: 'months', gte: 12 }, { months: 11 }).status).toBe('not-eligible');
    expect(check({ fact: 'months', lt: 12 }, { months: 12 }).status).toBe('not-eligible');
  });
  it('compares against the parameter value in force on the evaluation date', () => {
    const c: Condition = { fact: 'pay', lt: { param: 'wage' } };
    expect(check(c, { pay: 8100 }, '2023-12-31').status).toBe('not-eligible');
    expect(check(c, { pay: 8100 }, '2024-01-01').status).toBe('eligible');
    expect(check(c, { pay: 8100 }, '2024-01-01').explanation.detail!.zh).toContain('8,300');
  });
  it('a parameter with no known value leaves the condition open, with no question to ask', () => {
    const r = check({ fact: 'pay', lt: { param: 'wage' } }, { pay: 100 }, '2026-03-01');
    expect(r.status).toBe('needs-info');
    expect(r.missing).toEqual([]);
    expect(r.explanation.unknownParams).toEqual(['wage']);
  });
  it('a parameter that varies by place asks for the place first', () => {
    const c: Condition = { fact: 'pay', gte: { param: 'minwage' } };
    const open = check(c, { pay: 2500 });
    expect(open.status).toBe('needs-info');
    expect(open.missing).toEqual(['place']);
    expect(check(c, { pay: 2500, place: 'city' }).status).toBe('eligible');
    expect(check(c, { pay: 2400, place: 'city' }).status).toBe('not-eligible');
    expect(check(c, { pay: 2400, place: 'city' }, '2023-12-31').status).toBe('eligible');
    expect(check(c, { pay: 2500, place: 'county' }).explanation.unknownParams).toEqual(['minwage']);
  });
  it('a parameter before its first value is unknown too', () => {
    expect(check({ fact: 'pay', lt: { param: 'wage' } }, { pay: 100 }, '2022-06-01').explanation.unknownParams).toEqual(['wage']);
  });
  it('counts date windows inclusively on the boundary day', () => {
    const within: Condition = { fact: 'since', within: { months: 24 } };
    expect(check(within, { since: '2023-06-30' }).status).toBe('eligible');
    expect(check(within, { since: '2023-06-29' }).status).toBe('not-eligible');
    expect(check(within, { since: '2025-07-01' }).status).toBe('not-eligible'); // in the future
    const ago: Condition = { fact: 'since', atLeastAgo: { months: 6 } };
    expect(check(ago, { since: '2024-12-30' }).status).toBe('eligible');
    expect(check(ago, { since: '2024-12-31' }).status).toBe('not-eligible');
  });
  it('compares fixed dates and other facts', () => {
    expect(check({ fact: 'since', onOrAfter: '2023-02-01' }, { since: '2023-02-01' }).status).toBe('eligible');
    expect(check({ fact: 'since', onOrBefore: { fact: 'born' } }, { since: '2000-01-01' }).missing).toEqual(['born']);
    expect(check({ fact: 'since', onOrBefore: { fact: 'born' } }, { since: '2000-01-01', born: '2000-01-02' }).status).toBe('eligible');
  });
  it('computes age in completed years', () => {
    expect(check({ age: 'born', gte: 45 }, { born: '1980-06-30' }).status).toBe('eligible');
    expect(check({ age: 'born', gte: 45 }, { born: '1980-07-01' }).status).toBe('not-eligible');
  });
  it('handles choices and multiple choices', () => {
    expect(check({ fact: 'level', in: ['senior'] }, { level: 'senior' }).status).toBe('eligible');
    expect(check({ fact: 'level', notIn: ['senior'] }, { level: 'senior' }).status).toBe('not-eligible');
    expect(check({ fact: 'tags', includesAny: ['b'] }, { tags: ['a', 'b'] }).status).toBe('eligible');
    expect(check({ fact: 'tags', includes: 'b' }, { tags: [] }).status).toBe('not-eligible');
  });
  it('checks the evaluation date itself', () => {
    const c: Condition = { evaluationDate: { onOrAfter: '2023-02-01', before: '2026-02-01' } };
    expect(check(c, {}, '2023-02-01').status).toBe('eligible');
    expect(check(c, {}, '2026-02-01').status).toBe('not-eligible');
  });
  it('explains a comparison in both languages, with the answer given', () => {
    const r = check({ fact: 'months', gte: 12 }, { months: 11 });
    expect(r.explanation.text).toEqual({ zh: '「months」 达到 12', en: '“months” is at least 12' });
    expect(r.explanation.detail).toEqual({ zh: '回答：11', en: 'Answer: 11' });
  });
});

describe('items open to persons and organisations', () => {
  const conditions: Condition = {
    any: [
      { all: [{ askingAs: 'person' }, { fact: 'flag', eq: true }] },
      { all: [{ askingAs: 'organisation' }, { fact: 'org-flag', eq: true }] },
    ],
  };
  const run = (applicants: ('person' | 'organisation')[], answers: Answers) =>
    evaluate(ruleset([item('both', { applicant: 'both', conditions })]), { answers, asOf: '2025-06-30', applicants }).items[0]!;

  it('asks each side only of the applicant who is asking', () => {
    expect(run(['person'], {}).missing).toEqual(['flag']);
    expect(run(['organisation'], {}).missing).toEqual(['org-flag']);
    expect(run(['person', 'organisation'], {}).missing).toEqual(['flag', 'org-flag']);
  });
  it('either side can make the item eligible, and the explanation says as whom', () => {
    expect(run(['organisation'], { 'org-flag': true }).status).toBe('eligible');
    expect(run(['person'], { 'org-flag': true, flag: false }).status).toBe('not-eligible');
    const text = run(['person'], { flag: true }).explanation.children![0]!.children![0]!.text;
    expect(text).toEqual({ zh: '以个人身份申请', en: 'Applying as a person' });
  });
});
