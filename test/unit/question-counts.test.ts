/**
 * Issue 13: how many questions each persona is asked, replayed through the engine as the page asks them
 * (test/support/interview.ts): the six e2e personas and a founder with 3 employees, "don't know" to anything they do
 * not know. Prints persona → questions asked, "don't know" count and the progress line's estimate at the start.
 * Targets: median ≤ 12, none above 20; the estimate is nearer the truth than the count of every open question
 * (before: 20, 36, 15, 37, 13, 20, 37 at the start against 11, 14, 9, 20, 12, 9, 20 asked).
 */
import { describe, expect, it } from 'vitest';
import { loadPolicies, withoutCases } from '../../src/build/load-policies.ts';
import { evaluate, questionsLeft } from '../../src/engine/index.ts';
import { interview } from '../support/interview.ts';
import { FOUNDER_EMPLOYER, PERSONAS } from '../e2e/personas.ts';

const ruleset = withoutCases(loadPolicies('policies'));
const FOUNDER_3 = { ...FOUNDER_EMPLOYER, id: 'founder-3-employees', answers: { ...FOUNDER_EMPLOYER.answers, 'startup-qualifying-hires': 3 } };
/** Today's counts (before issue 13: 15, 23, 14, 46, 27, 9, 46), so they can only go down. */
const CEILING: Record<string, number> = {
  'fresh-graduate': 11,
  'flexible-graduate': 14,
  'unemployed-woman-47': 9,
  'founder-with-employees': 20,
  'enterprise-hiring-hard-to-employ': 12,
  'internship-base': 9,
  'founder-3-employees': 20,
};

describe('questions asked per persona', () => {
  const rows = [...PERSONAS, FOUNDER_3].map((p) => {
    const r = interview(ruleset, p.answers, p.audiences, p.asOf);
    // What the progress line says before the first answer, as the page evaluates it.
    const applicants = [...new Set((ruleset.audiences ?? []).filter((a) => p.audiences.includes(a.id)).map((a) => a.applicant))];
    const first = evaluate(ruleset, { answers: {}, asOf: p.asOf, applicants, audiences: p.audiences });
    return {
      persona: p.id,
      asked: r.asked.length,
      dontKnow: r.asked.filter((f) => !Object.hasOwn(p.answers, f)).length,
      estimated: questionsLeft(first.next),
      openQuestions: first.next.length,
      questions: r.asked,
    };
  });
  console.table(rows.map(({ questions: _q, ...row }) => row));
  for (const row of rows) {
    it(`${row.persona}: at most ${CEILING[row.persona]} questions`, () => expect(row.asked).toBeLessThanOrEqual(CEILING[row.persona]!));
  }
  it('issue 13 targets: median ≤ 12, none above 20', () => {
    const sorted = rows.map((r) => r.asked).sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(12);
    expect(Math.max(...sorted)).toBeLessThanOrEqual(20);
  });
  it('the estimate at the start is within half of the questions asked, and far nearer than the count of open questions', () => {
    const error = (key: 'estimated' | 'openQuestions') => rows.reduce((sum, r) => sum + Math.abs(r[key] - r.asked), 0);
    for (const r of rows) expect(Math.abs(r.estimated - r.asked), r.persona).toBeLessThanOrEqual(Math.ceil(r.asked / 2));
    expect(error('estimated') * 2).toBeLessThan(error('openQuestions'));
  });
  it('a gate comes before its details: is-college-graduate before graduation-date', () => {
    for (const r of rows) {
      const g = r.questions.indexOf('is-college-graduate');
      const d = r.questions.indexOf('graduation-date');
      if (d >= 0) expect(g, r.persona).toBeGreaterThanOrEqual(0), expect(g, r.persona).toBeLessThan(d);
    }
  });
  it('groups are one question: the yes/no per group is never asked on its own', () => {
    const derived = ['is-migrant-worker', 'self-employed-veteran', 'is-researcher', 'student-at-hz-college-or-technical-school', 'org-employs-dispatched-domestic-workers', 'first-startup', 'founder-is-legal-rep', 'business-operating-normally', 'starting-business-in-hz', 'employee-is-legal-rep'];
    for (const r of rows) expect(r.questions.filter((q) => derived.includes(q)), r.persona).toEqual([]);
  });
  it("a founder's own business is described once: its type, place and district are not asked again", () => {
    for (const r of rows.filter((x) => x.persona.startsWith('founder'))) {
      expect(r.questions).toContain('org-is-own-business');
      expect(r.questions.filter((q) => ['org-type', 'org-registered-in-hangzhou', 'org-district'].includes(q))).toEqual([]);
    }
  });
  it('an employer asked about alone is never asked whether it is the business they founded', () => {
    const employer = rows.find((r) => r.persona === 'enterprise-hiring-hard-to-employ')!;
    expect(employer.questions).not.toContain('org-is-own-business');
    expect(employer.questions).toEqual(expect.arrayContaining(['org-type', 'org-registered-in-hangzhou', 'org-district']));
  });
});
