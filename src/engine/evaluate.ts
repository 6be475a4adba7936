/** Evaluates every item of a ruleset for one set of answers on one date: pure and deterministic. */
import type { AmountResult, Answers, ApplicantKindT, Evaluation, ItemResult, RuleItem, Ruleset, StatusT } from './types.ts';
import { type Context, makeContext } from './context.ts';
import { itemCondition } from './windows.ts';
import { withOverPeriod } from './over-period.ts';
import { periodConfidence } from './periods.ts';
import { evaluateAmount, type AmountEval } from './amount.ts';
import { withinLimits } from './amount-limits.ts';
import { collectBounds } from './bounds.ts';
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
  // No answers at all: what each item shows before the first question is its cap.
  const bare = makeContext(ruleset, {}, input.asOf, applicants);
  const chosen = input.audiences?.length ? new Set((ruleset.audiences ?? []).filter((a) => input.audiences!.includes(a.id)).flatMap((a) => a.items)) : undefined;
  const items = ruleset.items.map((item) => evaluateItem(item, ctx, applicants, chosen, bare));
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

/** Evaluates one item: status from its conditions, amount from its rule (kept within 0 and the cap that the rule
 * gives in `bare`, a context without answers). */
export function evaluateItem(item: RuleItem, ctx: Context, applicants: ApplicantKindT[], chosen: Set<string> | undefined, bare: Context): ItemResult {
  const { explanation, window } = itemCondition(item, ctx);
  const forWhom = item.applicant === 'both' ? applicants.length > 0 : applicants.includes(item.applicant);
  const applies = forWhom && (!chosen || chosen.has(item.id));
  const status: StatusT = !applies ? 'not-applicable' : explanation.value === true ? 'eligible' : explanation.value === false ? 'not-eligible' : 'needs-info';
  const near = applies && status === 'not-eligible' ? nearMiss(item, ctx) : undefined;
  const amountEval = amountOf(item, ctx, bare);
  const over = withOverPeriod(item, toResult(item, amountEval), ctx);
  return {
    id: item.id,
    status,
    applicant: item.applicant,
    confidence: item.confidence,
    amount: over.amount,
    explanation,
    missing: applies ? [...new Set([...explanation.missing, ...(near?.open ?? [])])] : [],
    amountMissing: applies && status !== 'not-eligible' && amountEval ? [...new Set([...amountEval.missing, ...over.missing])] : [],
    stacking: stackingFor(ctx.ruleset, item, ctx.asOf),
    ...(window ? { window } : {}),
    eligibleFrom: near?.date,
  };
}

function amountOf(item: RuleItem, ctx: Context, bare: Context): AmountEval | undefined {
  if (!item.amount) return undefined;
  const bounds = collectBounds(item.conditions, ctx.ruleset);
  return withinLimits(evaluateAmount(item.amount.rule, ctx, bounds), evaluateAmount(item.amount.rule, bare, bounds).hi);
}

const cents = (n: number) => Math.round(n * 100) / 100;

function toResult(item: RuleItem, e: AmountEval | undefined): AmountResult {
  if (!item.amount || !e) return { kind: 'none' };
  const common = {
    basis: item.amount.basis,
    maxPeriods: item.amount.maxPeriods,
    breakdown: e.lines,
    confidence: periodConfidence(e.basedOn, item.amount.confidence),
    sources: [...new Set([...item.amount.sources, ...(e.basedOn ?? []).flatMap((p) => p.sources)])],
    ...(e.basedOn?.length ? { periods: e.basedOn.map(({ rule, from, until, sources }) => ({ rule, from, until, sources })) } : {}),
    ...(e.unstated && e.lastPublished ? { lastPublished: e.lastPublished } : {}),
  };
  if (e.unstated) return { kind: 'notStated', ...(Number.isFinite(e.hi) ? { cap: cents(e.hi), ...(e.capLabel ? { capLabel: e.capLabel } : {}) } : {}), ...common };
  if (cents(e.lo) === cents(e.hi)) return { kind: 'exact', value: cents(e.lo), ...common };
  // A range from 0, or with no top, says nothing by itself: name the open answers it depends on instead.
  const open = (e.open ?? []).filter((f) => e.missing.includes(f));
  const dependsOn = open.length > 0 && (e.lo <= 0 || !Number.isFinite(e.hi)) ? { dependsOn: open } : {};
  const floor = e.floor && !Number.isFinite(e.hi) ? { floor: true as const } : {};
  return { kind: 'range', min: cents(e.lo), max: Number.isFinite(e.hi) ? cents(e.hi) : null, ...dependsOn, ...floor, ...common };
}
