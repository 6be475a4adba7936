/**
 * fast-check arbitraries of answer sets drawn from a ruleset's own fact catalogue (see random-answers.ts for the
 * domains), seeded by the items' own cases so that eligible profiles are common. Shared by the property tests.
 */
import fc from 'fast-check';
import { checkAnswer } from '../../src/engine/index.ts';
import type { Answers, AnswerValueT, Ruleset } from '../../src/engine/index.ts';
import { AS_OF_RANGE, DATE_RANGE, RECENT_DATE_RANGE, dayToIso, factDomains, isoToDay, type FactDomain } from './random-answers.ts';

/** undefined = not asked, null = "don't know". */
export type Slot = AnswerValueT | null | undefined;
/** Relative weights of a fact left unasked, answered "don't know", or given a value. */
export type Mix = { absent: number; unknown: number; value: number };
/** A span of days, inclusive. */
export type DayRange = { from: string; to: string };

/** A day in the range, as YYYY-MM-DD. */
export const dayIn = (r: DayRange) => fc.integer({ min: isoToDay(r.from), max: isoToDay(r.to) }).map(dayToIso);
const withNotable = <T>(base: fc.Arbitrary<T>, notable: T[]) => (notable.length > 0 ? fc.oneof(base, fc.constantFrom(...notable)) : base);
const INT32 = 2 ** 31 - 1;

/** A valid value of a fact: its type, within its bounds, from its options. */
function valueArb(d: FactDomain): fc.Arbitrary<AnswerValueT> {
  switch (d.type) {
    case 'boolean':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...d.options);
    case 'multi':
      return fc.shuffledSubarray(d.options);
    case 'date':
      return withNotable(fc.oneof(dayIn(DATE_RANGE), dayIn(RECENT_DATE_RANGE)), d.notable);
    case 'number': {
      const [lo, hi] = [Math.ceil(d.min), Math.floor(d.max)];
      const whole = lo >= -INT32 && hi <= INT32 ? fc.integer({ min: lo, max: hi }) : fc.double({ min: lo, max: hi, noNaN: true }).map(Math.round);
      const base = d.integer ? whole : fc.oneof(whole, fc.double({ min: d.min, max: d.max, noNaN: true }));
      // The bounds themselves (0 months, a base of 0) are the classic edge: weight them on their own.
      return fc.oneof({ weight: 2, arbitrary: withNotable<number>(base, d.notable) }, { weight: 1, arbitrary: fc.constantFrom(d.min, d.max) });
    }
  }
}

/** One fact's slot: not asked, "don't know", or a valid value, in the given proportions. */
export const slotArb = (d: FactDomain, mix: Mix): fc.Arbitrary<Slot> =>
  fc.oneof(
    { withCrossShrink: true }, // a failing answer shrinks to "not asked" where it can
    { weight: mix.absent, arbitrary: fc.constant(undefined) },
    { weight: mix.unknown, arbitrary: fc.constant(null) },
    { weight: mix.value, arbitrary: valueArb(d) },
  );

/** An item's case as a seed: its valid answers, its date, and whether it expects eligibility. */
export interface CaseSeed {
  asOf: string;
  facts: Map<string, AnswerValueT | null>;
  eligible: boolean;
}

/** The arbitraries of one ruleset's answers. */
export function answerArbitraries(ruleset: Ruleset) {
  const domains = factDomains(ruleset);
  const ids = domains.map((d) => d.id);

  /** The items' own cases, keeping only answers that `checkAnswer` accepts. */
  const factsById = new Map(ruleset.facts.map((f) => [f.id, f]));
  const caseSeeds: CaseSeed[] = ruleset.items.flatMap((item) =>
    (item.cases ?? []).map((c) => {
      const ok = Object.entries(c.facts).filter(([id, v]) => factsById.has(id) && (v === null || checkAnswer(factsById.get(id)!, v) === undefined));
      return { asOf: c.asOf, facts: new Map(ok), eligible: c.expect.status === 'eligible' };
    }),
  );

  /**
   * One slot per fact and an evaluation date: purely random, or a case's answers with some replaced at random.
   * With `dates`, every evaluation date falls in it (cases dated outside it are left out); else random dates fall
   * in AS_OF_RANGE and a case keeps its own date.
   */
  function slotsArb(mix: Mix, seeds: CaseSeed[], dates?: DayRange): fc.Arbitrary<{ slots: Slot[]; asOf: string }> {
    const range = dates ?? AS_OF_RANGE;
    const random = fc.record({ slots: fc.tuple(...domains.map((d) => slotArb(d, mix))), asOf: dayIn(range) });
    const usable = dates ? seeds.filter((s) => s.asOf >= dates.from && s.asOf <= dates.to) : seeds;
    if (usable.length === 0) return random;
    const fromCase = fc.constantFrom(...usable).chain((seed) =>
      fc.record({
        slots: fc.tuple(
          ...domains.map((d) =>
            seed.facts.has(d.id) ? fc.oneof({ weight: 15, arbitrary: fc.constant(seed.facts.get(d.id)!) }, { weight: 1, arbitrary: slotArb(d, mix) }) : slotArb(d, mix),
          ),
        ),
        asOf: fc.oneof({ weight: 3, arbitrary: fc.constant(seed.asOf) }, { weight: 1, arbitrary: dayIn(range) }),
      }),
    );
    return fc.oneof(random, fromCase);
  }

  /** The answers of the slots that are set (and `keep`), keyed by fact id. */
  const toAnswers = (slots: Slot[], keep: (i: number) => boolean = () => true): Answers => {
    // Judged on all the slots, not only those kept, so a subset of the slots gives a subset of the answers.
    const given = new Map(slots.flatMap((v, i) => (v !== undefined && v !== null ? [[ids[i]!, v] as const] : [])));
    // Issue 13: a fact that follows from another answer (a ticked box, a closed gate's `otherwise`) is never asked
    // once that answer is given, so no user can contradict it: leave such pairs out.
    const settledBy = (id: string) => {
      const f = factsById.get(id);
      if (f?.derivedFrom) return 'includes' in f.derivedFrom ? f.derivedFrom.includes.fact : f.derivedFrom.sameAs.when.fact;
      return f?.otherwise !== undefined ? f.onlyIf?.fact : undefined;
    };
    return Object.fromEntries(
      slots.flatMap((v, i) => {
        const up = settledBy(ids[i]!);
        return v !== undefined && keep(i) && !(up !== undefined && given.has(up)) ? [[ids[i]!, v]] : [];
      }),
    );
  };

  return { domains, ids, caseSeeds, slotsArb, toAnswers };
}
