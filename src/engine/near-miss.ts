/**
 * For an item not eligible today: the earliest date on which it would be, if nothing changes but time — a date
 * condition that matures ("登记失业满6个月"), an age reached, a rule that starts, an application window that opens,
 * or a month count that grows ("连续缴纳社保满12个月"). Every candidate date is checked by evaluating the item again on that date, so a
 * near miss is never claimed for an item that another condition (or a window that closes meanwhile) rules out.
 */
import type { Condition } from './schema.ts';
import type { AnswerValueT } from './types.ts';
import type { CompiledItem } from './compiled.ts';
import { type Context, answerOf, contextOn, parameterState } from './context.ts';
import { check } from './truth.ts';
import { itemCheck, windowDates } from './windows.ts';
import { addDays, addMonths, addSpan, monthsBetween } from './dates.ts';

/** How far ahead to look: the policy's own periods run to 3 years, a few 5. */
const HORIZON_YEARS = 5;

/** A near miss: the date from which time no longer rules the item out, and the questions still open on that date. */
export interface NearMiss {
  date: string;
  /** Facts not yet answered that decide it then; empty when the item would simply be eligible. */
  open: string[];
}

/**
 * The earliest date (after the evaluation date) on which the item would no longer fail, or undefined. Where it would
 * then still hang on unanswered facts, those come back as `open`, so the interview goes on to ask them: a question
 * skipped because the item failed today can decide whether it is a near miss.
 */
export function nearMiss({ item, timeless }: CompiledItem, ctx: Context): NearMiss | undefined {
  // A condition that time cannot change and that fails today fails on every later date too.
  if (timeless.some((c) => check(c, ctx).value === false)) return undefined;
  const horizon = addMonths(ctx.asOf, 12 * HORIZON_YEARS);
  const candidates = [...new Set([...datesFrom(item.conditions, ctx), ...windowDates(item, ctx)])].filter((d) => d > ctx.asOf && d <= horizon).sort();
  for (const date of candidates) {
    const later = itemCheck(item, grown(ctx, date)).check;
    if (later.value === true) return { date, open: [] };
    if (later.value === null) {
      // Only facts never answered can still be asked; behind a "don't know" no near miss is claimed.
      const open = later.missing.filter((f) => !ctx.given.has(f));
      return open.length > 0 ? { date, open } : undefined;
    }
  }
  return undefined;
}

// The contexts on later dates, per evaluation: the items' near-miss searches share them (and the answers grown by
// the same number of months).
const later = new WeakMap<Context, { byDate: Map<string, Context>; byMonths: Map<number, Context> }>();

/** The context on a later date: every monthly count has grown by the months in between. */
function grown(ctx: Context, date: string): Context {
  let known = later.get(ctx);
  if (!known) later.set(ctx, (known = { byDate: new Map(), byMonths: new Map() }));
  let out = known.byDate.get(date);
  if (out) return out;
  const months = monthsBetween(ctx.asOf, date);
  const same = known.byMonths.get(months);
  if (same) out = { ...same, asOf: date };
  else {
    const changes = new Map<string, AnswerValueT>();
    for (const id of ctx.given.keys()) {
      const v = ctx.valid.get(id);
      const fact = ctx.facts.get(id);
      if (fact?.grows === 'monthly' && typeof v === 'number') changes.set(id, Math.min(v + months, fact.max ?? Infinity));
    }
    out = contextOn(ctx, date, changes);
    known.byMonths.set(months, out);
  }
  known.byDate.set(date, out);
  return out;
}

/** Dates on which some leaf of the condition could turn true; a few days' slack covers month-end clamping. */
function datesFrom(c: Condition, ctx: Context): string[] {
  const kids = [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])];
  if (kids.length > 0) return kids.flatMap((k) => datesFrom(k, ctx));
  if (c.ref) return datesFrom(ctx.ruleset.definitions[c.ref]!.condition, ctx);
  const slack = (d: string | undefined) => (d ? [d, addDays(d, 1), addDays(d, 2), addDays(d, 3)] : []);
  if (c.evaluationDate?.onOrAfter) return [c.evaluationDate.onOrAfter];
  const subject = c.fact ?? c.age;
  if (!subject) return [];
  const v = answerOf(ctx, subject);
  if (c.age && typeof v === 'string') {
    const years = typeof c.gte === 'number' ? c.gte : typeof c.gt === 'number' ? c.gt + 1 : undefined;
    return years === undefined ? [] : slack(addMonths(v, 12 * years));
  }
  if (c.atLeastAgo && typeof v === 'string') return slack(addSpan(v, c.atLeastAgo));
  if (typeof v === 'number' && ctx.facts.get(subject)?.grows === 'monthly') {
    const target = threshold(c, ctx);
    if (target === undefined || v >= target) return [];
    return [addMonths(ctx.asOf, Math.ceil(target - v))];
  }
  return [];
}

/** The count a gte / gt comparison needs, with a parameter read as it stands today. */
function threshold(c: Condition, ctx: Context): number | undefined {
  const operand = c.gte ?? c.gt;
  let n: number | undefined;
  if (typeof operand === 'number') n = operand;
  else if (operand && typeof operand === 'object' && 'param' in operand) {
    const state = parameterState(ctx, ctx.ruleset.parameters[operand.param]!);
    n = state.known ? (state.entry?.value ?? undefined) : undefined;
  }
  if (n === undefined) return undefined;
  return c.gt !== undefined ? Math.floor(n) + 1 : n;
}
