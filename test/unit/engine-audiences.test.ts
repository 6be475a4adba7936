/** Audiences: a graduate is asked about graduates' items only; a founder who employs people gets both sides. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';
import { item, ruleset } from './mini-ruleset.ts';

const rs = {
  ...ruleset([
    item('grad', { conditions: { fact: 'flag', eq: true } }),
    item('founder', { conditions: { fact: 'other', eq: true } }),
    item('employer', { applicant: 'organisation', conditions: { fact: 'org-flag', eq: true } }),
  ]),
  audiences: [
    { id: 'graduate', applicant: 'person' as const, label: { zh: '毕业生', en: 'Graduate' }, items: ['grad'] },
    { id: 'founder', applicant: 'person' as const, label: { zh: '创业者', en: 'Founder' }, items: ['founder', 'grad'] },
    { id: 'enterprise', applicant: 'organisation' as const, label: { zh: '企业', en: 'Enterprise' }, items: ['employer'] },
  ],
};
const run = (audiences: string[] | undefined, applicants?: ('person' | 'organisation')[]) =>
  evaluate(rs, { answers: {}, asOf: '2025-06-30', audiences, applicants });

describe('audiences', () => {
  it('only the chosen audiences’ items apply, and only their questions are asked', () => {
    const e = run(['graduate'], ['person']);
    expect(e.items.map((i) => [i.id, i.status])).toEqual([['grad', 'needs-info'], ['founder', 'not-applicable'], ['employer', 'not-applicable']]);
    expect(e.next.map((q) => q.fact)).toEqual(['flag']);
  });
  it('a founder who also employs people gets both sides in one run', () => {
    const e = run(['founder', 'enterprise'], ['person', 'organisation']);
    expect(e.items.every((i) => i.status === 'needs-info')).toBe(true);
    expect(e.next.map((q) => q.fact).sort()).toEqual(['flag', 'org-flag', 'other']);
  });
  it('no audience chosen means every item of the asking applicants', () => {
    expect(run(undefined, ['person']).items.filter((i) => i.status !== 'not-applicable').map((i) => i.id)).toEqual(['grad', 'founder']);
    expect(run([], undefined).items.filter((i) => i.status !== 'not-applicable')).toHaveLength(3);
  });
});
