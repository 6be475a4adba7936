/** Gates and derivations (issue 13): a gate is asked before its details, a closed or unknown gate hides them, a
 * ticked box settles the yes/no it stands for, and a question a person must look up comes after the ones they know. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';
import type { FactT, Ruleset } from '../../src/engine/types.ts';
import { item, ruleset } from './mini-ruleset.ts';

const text = (zh: string) => ({ zh, en: zh });
const f = (id: string, type: FactT['type'], extra: Partial<FactT> = {}): FactT => ({ id, applicant: 'person', type, label: text(id), ...extra });

function rs(): Ruleset {
  const base = ruleset([
    item('flex', { conditions: { all: [{ fact: 'works-flexibly', eq: true }, { fact: 'listed-job', eq: true }] } }),
    item('group', { conditions: { fact: 'hired-graduate', eq: true } }),
    item('base', { conditions: { fact: 'contribution-base', gte: 1 } }),
  ]);
  return {
    ...base,
    facts: [
      f('listed-job', 'boolean', { onlyIf: { fact: 'works-flexibly', eq: true } }),
      f('works-flexibly', 'boolean'),
      f('contribution-base', 'number', { min: 0, effort: 'lookup' }),
      f('hired-graduate', 'boolean', { derivedFrom: { includes: { fact: 'groups', option: 'graduate' } } }),
      f('groups', 'multi', { options: [{ value: 'graduate', label: text('g') }, { value: 'veteran', label: text('v') }] }),
    ],
  };
}
const run = (answers: Record<string, unknown>) => evaluate(rs(), { answers: answers as never, asOf: '2025-06-30' });

describe('gates and derivations', () => {
  it('asks the gate, not its detail, while the gate is open; the looked-up figure comes last', () => {
    const next = run({}).next.map((q) => q.fact);
    expect(next).toEqual(['works-flexibly', 'groups', 'contribution-base']);
    expect(next).not.toContain('listed-job');
    expect(next).not.toContain('hired-graduate');
  });
  it('asks the detail once the gate says yes, and never when it says no or "don\'t know"', () => {
    expect(run({ 'works-flexibly': true }).next.map((q) => q.fact)).toContain('listed-job');
    expect(run({ 'works-flexibly': false }).next.map((q) => q.fact)).not.toContain('listed-job');
    expect(run({ 'works-flexibly': null }).next.map((q) => q.fact)).not.toContain('listed-job');
  });
  it('a ticked box settles the yes/no it stands for, either way; "don\'t know" leaves it open and unasked', () => {
    const status = (groups: unknown) => run({ groups }).items.find((i) => i.id === 'group')!.status;
    expect(status(['graduate'])).toBe('eligible');
    expect(status(['veteran'])).toBe('not-eligible');
    expect(status([])).toBe('not-eligible');
    expect(status(null)).toBe('needs-info');
    expect(run({ groups: null }).next.map((q) => q.fact)).not.toContain('hired-graduate');
  });
  it('the ticked box wins over an answer given to the derived fact itself; without the box, that answer holds', () => {
    expect(run({ groups: [], 'hired-graduate': true }).items.find((i) => i.id === 'group')!.status).toBe('not-eligible');
    expect(run({ 'hired-graduate': true }).items.find((i) => i.id === 'group')!.status).toBe('eligible');
  });
});

/** A founder who also asks as the employer of their own business (issue 13): the organisation's district copies
 * the founder's once they say it is their business; asked alone, an organisation is never asked that. */
describe('copied answers (sameAs)', () => {
  const copy = (): Ruleset => {
    const base = ruleset([
      item('person-side', { conditions: { fact: 'where', eq: 'county' } }),
      item('org-side', { applicant: 'organisation', conditions: { fact: 'org-where', eq: 'county' } }),
    ]);
    const places = [{ value: 'city', label: text('市区') }, { value: 'county', label: text('县') }];
    return {
      ...base,
      facts: [
        f('where', 'choice', { options: places }),
        f('own', 'choice', { applicant: 'organisation', options: [{ value: 'yes', label: text('是') }, { value: 'no', label: text('否') }] }),
        f('org-where', 'choice', { applicant: 'organisation', options: places, derivedFrom: { sameAs: { fact: 'where', when: { fact: 'own', eq: 'yes' } } } }),
      ],
    };
  };
  const go = (answers: Record<string, unknown>, applicants: ('person' | 'organisation')[] = ['person', 'organisation']) =>
    evaluate(copy(), { answers: answers as never, asOf: '2025-06-30', applicants });
  const asked = (e: ReturnType<typeof go>) => e.next.map((q) => q.fact);
  const status = (e: ReturnType<typeof go>, id: string) => e.items.find((i) => i.id === id)!.status;

  it('an organisation asked about alone is asked the fact itself, never whether it is the business founded', () => {
    expect(asked(go({}, ['organisation']))).toEqual(['org-where']);
  });
  it('once the founder has answered, the organisation is asked whether it is theirs, and then copies the answer', () => {
    expect(asked(go({ where: 'county' }))).toEqual(['own']);
    const e = go({ where: 'county', own: 'yes' });
    expect(asked(e)).toEqual([]);
    expect(status(e, 'org-side')).toBe('eligible');
  });
  it('another organisation is asked the fact itself; a yes with the source still open asks the source', () => {
    expect(asked(go({ where: 'county', own: 'no' }))).toEqual(['org-where']);
    expect(status(go({ where: 'county', own: 'no', 'org-where': 'city' }), 'org-side')).toBe('not-eligible');
    expect(asked(go({ own: 'yes' }))).toEqual(['where']);
    expect(asked(go({ own: 'yes', where: null }))).toEqual(['org-where']);
  });
});
