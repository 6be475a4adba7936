/** Evaluates every item of a ruleset for one set of answers on one date: pure and deterministic. */
import type { AmountResult, Answers, ApplicantKindT, ConditionResult, Evaluation, ItemResult, Ruleset, StatusT, TextT } from './types.ts';
import { type Context, makeContext } from './context.ts';
import { type CompiledItem, compiled } from './compiled.ts';
import { capsOn } from './caps.ts';
import { reuseOr } from './reuse.ts';
import { itemCheck, itemExplanation } from './windows.ts';
import { overPeriod, overText } from './over-period.ts';
import { periodConfidence } from './periods.ts';
import { evaluateAmount, type AmountEval } from './amount.ts';
import { withinLimits } from './amount-limits.ts';
import { findConflicts, stackingFor } from './exclusions.ts';
import { rankQuestions } from './next-questions.ts';
import { nearMiss } from './near-miss.ts';
import { totalsOf } from './totals.ts';

export interface EvaluationInput {
  answers: Answers;
  /** The evaluation date (YYYY-MM-DD); the engine never reads the clock. */
  asOf: string;
  /** Who is asking; items for other applicants come out as not applicable. Defaults to both. */
  applicants?: ApplicantKindT[];
  /** The audiences chosen (ruleset.audiences ids): only their items apply. Absent or empty: every item. */
  audiences?: string[];
}

/** Evaluates all items, finds conflicts between them and ranks the questions still worth asking. */
export function evaluate(ruleset: Ruleset, input: EvaluationInput): Evaluation {
  const applicants = input.applicants ?? ['person', 'organisation'];
  const ctx = makeContext(ruleset, input.answers, input.asOf, applicants);
  const chosen = input.audiences?.length ? new Set((ruleset.audiences ?? []).filter((a) => input.audiences!.includes(a.id)).flatMap((a) => a.items)) : undefined;
  const rules = compiled(ruleset);
  const caps = capsOn(ruleset, rules, input.asOf, applicants);
  const items = rules.items.map((c) => {
    const forWhom = c.item.applicant === 'both' ? applicants.length > 0 : applicants.includes(c.item.applicant);
    const applies = forWhom && (!chosen || chosen.has(c.item.id));
    return reuseOr(c, ctx, applies, () => evaluateItem(c, ctx, applies, caps.get(c.item.id) ?? Infinity));
  });
  const conflicts = findConflicts(ruleset, items, input.asOf);
  return {
    rulesetId: ruleset.id,
    rulesetVersion: ruleset.version,
    rulesetHash: ruleset.hash,
    asOf: input.asOf,
    applicants,
    items,
    conflicts,
    // A total never adds two items that no source says can be combined.
    totals: totalsOf(items, [...conflicts, ...findConflicts(ruleset, items, input.asOf, 'unverified')]),
    next: rankQuestions(ctx, items, input.answers),
  };
}

/** Evaluates one item: status from its conditions, amount from its rule (kept within 0 and its cap). The explanation's
 * parts and the breakdown are written when first read. */
function evaluateItem(c: CompiledItem, ctx: Context, applies: boolean, cap: number): ItemResult {
  const { item } = c;
  const { check, window } = itemCheck(item, ctx);
  const status: StatusT = !applies ? 'not-applicable' : check.value === true ? 'eligible' : check.value === false ? 'not-eligible' : 'needs-info';
  const near = applies && status === 'not-eligible' ? nearMiss(c, ctx) : undefined;
  const amountEval = item.amount ? withinLimits(evaluateAmount(item.amount.rule, ctx, c.bounds), cap) : undefined;
  const { amount, missing } = toResult(c, amountEval, ctx, cap);
  let explanation: ConditionResult | undefined;
  return {
    id: item.id,
    status,
    applicant: item.applicant,
    confidence: item.confidence,
    amount,
    get explanation() { return (explanation ??= itemExplanation(item, ctx, check)); },
    missing: applies ? [...new Set([...check.missing, ...(near?.open ?? [])])] : [],
    amountMissing: applies && status !== 'not-eligible' && amountEval ? [...new Set([...amountEval.missing, ...missing])] : [],
    stacking: stackingFor(c, ctx.asOf),
    ...(window ? { window } : {}),
    eligibleFrom: near?.date,
  };
}

const cents = (n: number) => Math.round(n * 100) / 100;

/** The amount as the result gives it, with its total over the period, and the counts still to ask for that total. */
function toResult({ item, bounds }: CompiledItem, e: AmountEval | undefined, ctx: Context, cap: number): { amount: AmountResult; missing: string[] } {
  if (!item.amount || !e) return { amount: { kind: 'none' }, missing: [] };
  const { rule, basis, maxPeriods } = item.amount;
  const head = figure(e);
  const { over, missing } = overPeriod(item, head, ctx);
  // The steps in words: the same evaluation again, writing them.
  const breakdown = (): TextT[] => {
    const lines = withinLimits(evaluateAmount(rule, { ...ctx, words: true }, bounds), cap).lines;
    return over ? [...lines, overText(over, basis === 'per-year' ? 'per-year' : 'per-month')] : lines;
  };
  let lines: TextT[] | undefined;
  const tail = {
    confidence: periodConfidence(e.basedOn, item.amount.confidence),
    sources: [...new Set([...item.amount.sources, ...(e.basedOn ?? []).flatMap((p) => p.sources)])],
    ...(e.basedOn?.length ? { periods: e.basedOn.map(({ rule, from, until, sources }) => ({ rule, from, until, sources })) } : {}),
    ...(e.unstated && e.lastPublished ? { lastPublished: e.lastPublished } : {}),
    ...(over ? { over } : {}),
  };
  // `breakdown` keeps its place among the keys (JSON.stringify writes them in order) as a getter.
  const amount = { ...head, basis, maxPeriods, get breakdown() { return (lines ??= breakdown()); }, ...tail } as AmountResult;
  return { amount, missing };
}

/** The kind of amount and its figures. */
function figure(e: AmountEval) {
  if (e.unstated) return { kind: 'notStated' as const, ...(Number.isFinite(e.hi) ? { cap: cents(e.hi), ...(e.capLabel ? { capLabel: e.capLabel } : {}) } : {}) };
  if (cents(e.lo) === cents(e.hi)) return { kind: 'exact' as const, value: cents(e.lo) };
  // A range from 0, or with no top, says nothing by itself: name the open answers it depends on instead.
  const open = (e.open ?? []).filter((f) => e.missing.includes(f));
  const dependsOn = open.length > 0 && (e.lo <= 0 || !Number.isFinite(e.hi)) ? { dependsOn: open } : {};
  const floor = e.floor && !Number.isFinite(e.hi) ? { floor: true as const } : {};
  return { kind: 'range' as const, min: cents(e.lo), max: Number.isFinite(e.hi) ? cents(e.hi) : null, ...dependsOn, ...floor };
}
