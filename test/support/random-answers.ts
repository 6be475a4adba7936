/**
 * Random answers drawn from a ruleset's own fact catalogue, shared by the benchmark and the property tests:
 * each fact's domain (type, bounds, options) plus the "notable" values its conditions compare against, so the
 * generators grow with the ruleset and still reach the edges (12 months, 1,000 staff, a parameter's figure).
 */
import type { Answers, AnswerValueT, ApplicantKindT, FactT, Ruleset } from '../../src/engine/index.ts';
import type { Amount, Condition } from '../../src/engine/schema.ts';

/** Answers are dated between these days (inclusive). */
export const DATE_RANGE = { from: '1950-01-01', to: '2030-12-31' } as const;
/** Dates in the last few years before the evaluation dates, where "within 24 months" lives. */
export const RECENT_DATE_RANGE = { from: '2015-01-01', to: '2030-12-31' } as const;
/** Evaluation dates are drawn between these days (inclusive). */
export const AS_OF_RANGE = { from: '2022-01-01', to: '2027-12-31' } as const;
/** Who may be asking: `undefined` is the engine's default (both). */
export const APPLICANT_SETS: readonly (ApplicantKindT[] | undefined)[] = [undefined, ['person'], ['organisation'], ['person', 'organisation']];

/** How far an unbounded number fact is drawn from its one known bound (or from 0). */
const DEFAULT_SPAN = 1e6;

/** What a fact can be answered with, and the values its conditions single out. */
export type FactDomain =
  | { id: string; type: 'boolean' }
  | { id: string; type: 'number'; min: number; max: number; integer: boolean; notable: number[] }
  | { id: string; type: 'date'; notable: string[] }
  | { id: string; type: 'choice' | 'multi'; options: string[] };

const DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
export function isoToDay(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY;
}

/** The ISO date `n` days after 1970-01-01. */
export function dayToIso(n: number): string {
  return new Date(n * DAY).toISOString().slice(0, 10);
}

/** The domain of every fact in the catalogue, in catalogue order. */
export function factDomains(ruleset: Ruleset): FactDomain[] {
  const literals = harvestLiterals(ruleset);
  return ruleset.facts.map((f) => domainOf(f, literals.get(f.id) ?? []));
}

function domainOf(f: FactT, literals: unknown[]): FactDomain {
  switch (f.type) {
    case 'boolean':
      return { id: f.id, type: 'boolean' };
    case 'choice':
    case 'multi':
      return { id: f.id, type: f.type, options: (f.options ?? []).map((o) => o.value) };
    case 'date': {
      const days = literals.filter((x): x is string => typeof x === 'string').map(isoToDay).filter(Number.isFinite);
      const near = days.flatMap((d) => [d - 1, d, d + 1]).map(dayToIso);
      return { id: f.id, type: 'date', notable: uniqueSorted(near.filter((d) => d >= DATE_RANGE.from && d <= DATE_RANGE.to)) };
    }
    case 'number': {
      const min = f.min ?? (f.max !== undefined ? f.max - DEFAULT_SPAN : -DEFAULT_SPAN);
      const max = f.max ?? min + 2 * DEFAULT_SPAN;
      const integer = f.integer === true;
      const step = integer ? 1 : 0.01;
      const near = literals.filter((x): x is number => typeof x === 'number').flatMap((v) => [v - step, v, v + step]);
      const cents = [min, max, ...near].map((v) => Math.round(v * 100) / 100);
      const valid = cents.filter((v) => v >= min && v <= max && (!integer || Number.isInteger(v)));
      return { id: f.id, type: 'number', min, max, integer, notable: uniqueSorted(valid) };
    }
  }
}

function uniqueSorted<T extends number | string>(xs: T[]): T[] {
  return [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const COMPARATORS = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'onOrBefore', 'onOrAfter'] as const;

/** Literal operands (and the figures of compared parameters) per fact, from every condition in the ruleset. */
function harvestLiterals(ruleset: Ruleset): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  const visit = (c: Condition): void => {
    for (const child of [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])]) visit(child);
    if (!c.fact) return;
    const found = out.get(c.fact) ?? [];
    for (const op of COMPARATORS) {
      const operand = c[op];
      if (typeof operand === 'number' || typeof operand === 'string') found.push(operand);
      else if (operand && typeof operand === 'object' && 'param' in operand) {
        for (const v of ruleset.parameters[operand.param]?.values ?? []) if (v.value !== null) found.push(v.value);
      }
    }
    out.set(c.fact, found);
  };
  const visitAmount = (a: Amount): void => {
    for (const b of a.switch ?? []) {
      visit(b.when);
      visitAmount(b.then);
    }
    const children = [a.of, a.else, a.cap, a.steps?.count, a.brackets?.of, ...(a.brackets?.table.map((r) => r.amount) ?? [])];
    for (const x of [...children, ...(a.times ?? []), ...(a.divide ?? []), ...(a.sum ?? []), ...(a.min ?? []), ...(a.max ?? [])]) if (x) visitAmount(x);
  };
  for (const d of Object.values(ruleset.definitions)) visit(d.condition);
  for (const item of ruleset.items) {
    visit(item.conditions);
    if (item.amount) visitAmount(item.amount.rule);
  }
  return out;
}

/** A seeded PRNG (mulberry32): the same seed gives the same sequence on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const between = (rng: () => number, lo: number, hi: number): number => lo + rng() * (hi - lo);
const dayBetween = (rng: () => number, from: string, to: string): string => dayToIso(Math.floor(between(rng, isoToDay(from), isoToDay(to) + 1)));

/** A valid random value for a fact: its type, within its bounds, an option it offers. */
export function randomValue(d: FactDomain, rng: () => number): AnswerValueT {
  switch (d.type) {
    case 'boolean':
      return rng() < 0.5;
    case 'choice':
      return pick(rng, d.options);
    case 'multi':
      return d.options.filter(() => rng() < 0.5);
    case 'date':
      if (d.notable.length > 0 && rng() < 0.2) return pick(rng, d.notable);
      return rng() < 0.5 ? dayBetween(rng, DATE_RANGE.from, DATE_RANGE.to) : dayBetween(rng, RECENT_DATE_RANGE.from, RECENT_DATE_RANGE.to);
    case 'number': {
      const r = rng();
      if (d.notable.length > 0 && r < 0.3) return pick(rng, d.notable);
      // Half the draws stay near the lower bound, where most thresholds (months, headcounts) are.
      const hi = r < 0.65 ? Math.min(d.max, d.min + 100) : d.max;
      if (d.integer) return Math.floor(between(rng, Math.ceil(d.min), Math.floor(hi) + 1));
      return Math.max(d.min, Math.min(hi, Math.round(between(rng, d.min, hi) * 100) / 100));
    }
  }
}

/** How often a fact is left unasked or answered "don't know"; the rest get a valid value. */
export interface AnswerMix {
  absent: number;
  unknown: number;
}

/** One random answer set: each fact independently absent, `null`, or a valid value. */
export function randomAnswers(domains: FactDomain[], rng: () => number, mix: AnswerMix = { absent: 0.4, unknown: 0.1 }): Answers {
  const answers: Answers = {};
  for (const d of domains) {
    const r = rng();
    if (r < mix.absent) continue;
    answers[d.id] = r < mix.absent + mix.unknown ? null : randomValue(d, rng);
  }
  return answers;
}

/** A random evaluation date between 2022 and 2027. */
export function randomAsOf(rng: () => number): string {
  return dayBetween(rng, AS_OF_RANGE.from, AS_OF_RANGE.to);
}

/** A random choice of who is asking. */
export function randomApplicants(rng: () => number): ApplicantKindT[] | undefined {
  return pick(rng, APPLICANT_SETS);
}
