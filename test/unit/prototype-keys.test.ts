/**
 * Safe on a shared counter PC: answers come from JSON (a draft, an answers file) and may hold keys such as
 * "constructor" or "__proto__". Only own keys count: the engine, the next-question ranking, the checklist and the
 * CLI's reader behave the same with or without such keys, and a fact may even be called by one of those names.
 */
import { isDeepStrictEqual } from 'node:util';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPolicies, withoutCases } from '../../src/build/load-policies.ts';
import { buildChecklist, LISTABLE } from '../../src/checklist/build-checklist.ts';
import { assertAnswersFit, readAnswersDocument } from '../../src/cli/answers-file.ts';
import { evaluate, givenAnswer, hasAnswer, ownValue, withAnswer } from '../../src/engine/index.ts';
import type { Answers, Evaluation, EvaluationInput, Ruleset } from '../../src/engine/index.ts';
import { APPLICANT_SETS } from '../support/random-answers.ts';
import { answerArbitraries } from '../support/answer-arbitraries.ts';
import { PROTOTYPE_NAMES, extrasArb, inverse, parsedObject, renamed, withExtras } from '../support/prototype-names.ts';
import { item, ruleset as miniRuleset } from './mini-ruleset.ts';

const ruleset = withoutCases(loadPolicies('policies'));
const { caseSeeds, slotsArb, toAnswers } = answerArbitraries(loadPolicies('policies'));
const RUNS: fc.Parameters<unknown> = { seed: Number(process.env.FC_SEED ?? 20260101), numRuns: 100 };

const inputArb: fc.Arbitrary<EvaluationInput> = fc
  .record({ s: slotsArb({ absent: 4, unknown: 1, value: 5 }, caseSeeds), applicants: fc.constantFrom(...APPLICANT_SETS) })
  .map(({ s, applicants }) => ({ answers: toAnswers(s.slots), asOf: s.asOf, applicants }));

/** The checklist of every item that can go on one. */
const checklistOf = (rs: Ruleset, e: Evaluation, answers: Answers) =>
  buildChecklist(rs, e, answers, e.items.filter((r) => LISTABLE.includes(r.status)).map((r) => r.id));

/** Fails with a readable difference, but compares quickly when there is none. */
function same(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toStrictEqual(expected);
}

describe('own-key helpers', () => {
  const parsed = parsedObject([['__proto__', 1], ['constructor', null], ['a', true]]) as Answers;

  it('see only own keys', () => {
    for (const name of PROTOTYPE_NAMES) {
      expect(hasAnswer({}, name), name).toBe(false);
      expect(givenAnswer({}, name), name).toBeUndefined();
      expect(ownValue({}, name), name).toBeUndefined();
    }
    expect([hasAnswer(parsed, '__proto__'), givenAnswer(parsed, '__proto__')]).toEqual([true, 1]);
    expect([hasAnswer(parsed, 'constructor'), givenAnswer(parsed, 'constructor')]).toEqual([true, null]);
    expect(givenAnswer(parsed, 'toString')).toBeUndefined();
  });

  it('add an answer as an own key, even "__proto__", and leave the prototype alone', () => {
    const next = withAnswer({ a: true }, '__proto__', 5);
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
    expect(Object.entries(next)).toEqual([['a', true], ['__proto__', 5]]);
    expect(Object.entries(withAnswer(parsed, 'a', false))).toEqual([['__proto__', 1], ['constructor', null], ['a', false]]);
  });
});

describe('extra prototype-named keys in the answers change nothing (fast-check, real ruleset)', () => {
  it('evaluate(), its ranked next questions and the checklist are the same with and without them', () => {
    fc.assert(
      fc.property(inputArb, extrasArb, (input, extras) => {
        const answers = withExtras(input.answers, extras) as Answers;
        const [plain, extra] = [evaluate(ruleset, input), evaluate(ruleset, { ...input, answers })];
        same(extra, plain);
        same(checklistOf(ruleset, extra, answers), checklistOf(ruleset, plain, input.answers));
      }),
      RUNS,
    );
  });
});

describe('a fact may be called by a prototype name (fast-check, real ruleset)', () => {
  // A grows-monthly count (near misses), a widely read yes/no, a date read as an age, the choice a parameter varies
  // by, and a count an amount is computed from.
  const RENAMES = new Map([
    ['months-insured-current-employer', '__proto__'],
    ['org-registered-in-hangzhou', 'constructor'],
    ['employee-birth-date', 'toString'],
    ['org-district', 'hasOwnProperty'],
    ['startup-qualifying-hires', 'valueOf'],
  ]);
  const back = inverse(RENAMES);
  const other = renamed(ruleset, RENAMES);

  it('the renaming is clean: every fact exists, and no prototype name is in the data already', () => {
    for (const id of RENAMES.keys()) expect(ruleset.facts.some((f) => f.id === id), id).toBe(true);
    const text = JSON.stringify(ruleset);
    for (const name of PROTOTYPE_NAMES) expect(text).not.toContain(JSON.stringify(name));
    same(renamed(other, back), ruleset);
  });

  it('gives the same results, questions and checklist, under the other names', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const answers = renamed(input.answers, RENAMES);
        const plain = evaluate(ruleset, input);
        const e = evaluate(other, { ...input, answers });
        same(renamed(e, back), plain);
        same(renamed(checklistOf(other, e, answers), back), checklistOf(ruleset, plain, input.answers));
      }),
      RUNS,
    );
  });

  it('e.g. an unanswered fact called "constructor" is asked, and reads as not answered yet', () => {
    const rs = renamed(miniRuleset([item('x', { conditions: { fact: 'flag', eq: true }, amount: { basis: 'once', rule: { fixed: 100 }, sources: ['S1'], confidence: 'official' } })]), new Map([['flag', 'constructor']]));
    const e = evaluate(rs, { answers: {}, asOf: '2025-06-30' });
    expect(e.next.map((q) => q.fact)).toEqual(['constructor']);
    expect(e.items[0]!.explanation.detail?.en).toBe('Not answered yet');
  });

  it('e.g. a near miss that hangs on an unanswered "constructor" asks it; a growing count called "__proto__" grows', () => {
    const c = { all: [{ fact: 'since', atLeastAgo: { months: 6 } }, { fact: 'flag', eq: true }] };
    const rs = renamed(miniRuleset([item('x', { conditions: c })]), new Map([['flag', 'constructor']]));
    const e = evaluate(rs, { answers: { since: '2025-03-15' }, asOf: '2025-06-30' });
    expect(e.items[0]).toMatchObject({ status: 'not-eligible', eligibleFrom: '2025-09-15', missing: ['constructor'] });
    expect(e.next.map((q) => q.fact)).toEqual(['constructor']);
    const grows = renamed(miniRuleset([item('x', { conditions: { fact: 'months', gte: 12 } })]), new Map([['months', '__proto__']]));
    const r = evaluate(grows, { answers: parsedObject([['__proto__', 9]]) as Answers, asOf: '2025-06-30' }).items[0]!;
    expect(r).toMatchObject({ status: 'not-eligible', eligibleFrom: '2025-09-30' });
  });
});

describe("the CLI's answers-file reader keeps and names every key", () => {
  const dir = mkdtempSync(join(tmpdir(), 'hz-proto-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  /** Writes the answers into a file as JSON text and reads it back. */
  const read = (answers: object, asOf: string) => {
    const path = join(dir, `answers-${n++}.json`);
    writeFileSync(path, `{"version":1,"asOf":${JSON.stringify(asOf)},"answers":${JSON.stringify(answers)}}`);
    return readAnswersDocument(path, 'answers.json');
  };
  const fitProblem = (rs: Ruleset, doc: ReturnType<typeof read>): string | undefined => {
    try {
      assertAnswersFit(rs, doc, 'answers.json');
      return undefined;
    } catch (e) {
      return (e as Error).message;
    }
  };

  it('reads the answers as given, the extra keys as own keys, and names each extra key as no question', () => {
    fc.assert(
      fc.property(inputArb, extrasArb, (input, extras) => {
        const plain = read(input.answers, input.asOf);
        const doc = read(withExtras(input.answers, extras), input.asOf);
        expect(Object.getPrototypeOf(doc.answers)).toBe(Object.prototype);
        same(Object.fromEntries(Object.entries(doc.answers).filter(([k]) => !PROTOTYPE_NAMES.includes(k as never))), plain.answers);
        same(new Map(Object.entries(doc.answers).filter(([k]) => PROTOTYPE_NAMES.includes(k as never))), new Map(extras.extras));
        // As for any id that is no question: the same words, with the name in place of the id.
        const ordinary = read(withExtras(input.answers, { ...extras, extras: extras.extras.map(([k, v]) => [`unknownFact_${k}`, v] as const) }), input.asOf);
        expect(fitProblem(ruleset, doc)).toBe(fitProblem(ruleset, ordinary)?.replace(/unknownFact_(\w+)/g, '$1'));
        expect(fitProblem(ruleset, plain)).toBeUndefined();
      }),
      { ...RUNS, numRuns: 50 },
    );
  });
});
