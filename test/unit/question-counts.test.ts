/**
 * Issue 13: how many questions each persona is asked, replayed through the engine as the page asks them
 * (test/support/interview.ts): the six e2e personas and a founder with 3 employees, "don't know" to anything they do
 * not know. Prints persona → questions asked, "don't know" count. The ceilings are today's counts, so the numbers can
 * only go down; the targets (median ≤ 12, none above 20) are not met yet for the founders (see the todo).
 */
import { describe, expect, it } from 'vitest';
import { loadPolicies, withoutCases } from '../../src/build/load-policies.ts';
import { interview } from '../support/interview.ts';
import { FOUNDER_EMPLOYER, PERSONAS } from '../e2e/personas.ts';

const ruleset = withoutCases(loadPolicies('policies'));
const FOUNDER_3 = { ...FOUNDER_EMPLOYER, id: 'founder-3-employees', answers: { ...FOUNDER_EMPLOYER.answers, 'startup-qualifying-hires': 3 } };
const CEILING: Record<string, number> = {
  'fresh-graduate': 12,
  'flexible-graduate': 18,
  'unemployed-woman-47': 11,
  'founder-with-employees': 36,
  'enterprise-hiring-hard-to-employ': 18,
  'internship-base': 9,
  'founder-3-employees': 36,
};

describe('questions asked per persona', () => {
  const rows = [...PERSONAS, FOUNDER_3].map((p) => {
    const r = interview(ruleset, p.answers, p.audiences, p.asOf);
    return { persona: p.id, asked: r.asked.length, dontKnow: r.asked.filter((f) => !Object.hasOwn(p.answers, f)).length, questions: r.asked };
  });
  console.table(rows.map(({ persona, asked, dontKnow }) => ({ persona, asked, dontKnow })));
  for (const row of rows) {
    it(`${row.persona}: at most ${CEILING[row.persona]} questions`, () => expect(row.asked).toBeLessThanOrEqual(CEILING[row.persona]!));
  }
  it('a gate comes before its details: is-college-graduate before graduation-date', () => {
    for (const r of rows) {
      const g = r.questions.indexOf('is-college-graduate');
      const d = r.questions.indexOf('graduation-date');
      if (d >= 0) expect(g, r.persona).toBeGreaterThanOrEqual(0), expect(g, r.persona).toBeLessThan(d);
    }
  });
  it.todo('issue 13 target: median ≤ 12 and no persona above 20 (the founders are at 36)');
});
