/**
 * The amount invariant over the whole ruleset: for random answers and evaluation dates in 2023–2027, no item's amount
 * (an exact figure, a range's ends, a "set by the office" cap) is below 0 or above the item's cap — the most it shows
 * before any question is answered, on the same date and for the same applicants, where that is finite.
 * Fixed seed; set FC_SEED to explore other runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPolicies } from '../../src/build/load-policies.ts';
import { evaluate } from '../../src/engine/index.ts';
import type { AmountResult, ApplicantKindT } from '../../src/engine/index.ts';
import { APPLICANT_SETS } from '../support/random-answers.ts';
import { answerArbitraries } from '../support/answer-arbitraries.ts';

const ruleset = loadPolicies('policies');
const { caseSeeds, slotsArb, toAnswers } = answerArbitraries(ruleset);
/** One evaluation of the whole ruleset a run (plus a cached one per date for the caps). */
const NUM_RUNS = 1000;
const RUNS: fc.Parameters<unknown> = { seed: Number(process.env.FC_SEED ?? 20260101), numRuns: NUM_RUNS };
const DATES = { from: '2023-01-01', to: '2027-12-31' };

/** The figures an amount shows: an exact value, a range's ends (an open top is no figure), a known cap. */
function figures(a: AmountResult): number[] {
  if (a.kind === 'exact') return [a.value];
  if (a.kind === 'range') return a.max === null ? [a.min] : [a.min, a.max];
  if (a.kind === 'notStated') return a.cap === undefined ? [] : [a.cap];
  return [];
}

/** The most an amount can come to: undefined when the top is open. */
function top(a: AmountResult): number | undefined {
  if (a.kind === 'exact') return a.value;
  if (a.kind === 'range') return a.max ?? undefined;
  if (a.kind === 'notStated') return a.cap;
  return undefined;
}

const capCache = new Map<string, Map<string, number | undefined>>();
/** Each item's cap on a date: the top of what it shows with no answers at all. */
function capsOn(asOf: string, applicants: ApplicantKindT[] | undefined): Map<string, number | undefined> {
  const key = `${asOf} ${applicants?.join('+') ?? 'default'}`;
  let caps = capCache.get(key);
  if (!caps) {
    caps = new Map(evaluate(ruleset, { answers: {}, asOf, applicants }).items.map((r) => [r.id, top(r.amount)]));
    capCache.set(key, caps);
  }
  return caps;
}

const inputArb = fc
  .record({ s: slotsArb({ absent: 3, unknown: 1, value: 6 }, caseSeeds, DATES), applicants: fc.constantFrom(...APPLICANT_SETS) })
  .map(({ s, applicants }) => ({ answers: toAnswers(s.slots), asOf: s.asOf, applicants }));

describe('amount invariant (fast-check, real ruleset)', () => {
  it(`no amount is below 0 or above its item's cap (${NUM_RUNS} runs)`, () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const caps = capsOn(input.asOf, input.applicants);
        for (const r of evaluate(ruleset, input).items) {
          const cap = caps.get(r.id);
          for (const x of figures(r.amount)) {
            const where = `${r.id} (${r.status}): ${JSON.stringify({ ...r.amount, breakdown: undefined })}, cap ${cap ?? 'none'}`;
            expect(x, where).toBeGreaterThanOrEqual(0);
            if (cap !== undefined) expect(x, where).toBeLessThanOrEqual(cap);
          }
        }
      }),
      RUNS,
    );
  });
});
