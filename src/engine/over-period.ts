/**
 * Totals over the period (`amount.over`): a per-month or per-year rate times the months (years) and persons the
 * applicant asks about, the months capped by the item's `maxPeriods` — "每月 X 元 × N 个月 = Y 元". Only an exact rate
 * is multiplied; the counts are facts like any other, asked while they can still change the result.
 */
import type { AmountResult, RuleItem, TextT } from './types.ts';
import { type Context, answerOf } from './context.ts';
import { num } from './text.ts';

/** The rate taken over the period: what was multiplied, and the product. */
export interface OverPeriod {
  rate: number;
  /** The months (years) counted: those asked, capped by `max`. */
  periods: number;
  /** The months (years) the applicant asked about. */
  asked: number;
  max?: number;
  persons?: number;
  value: number;
}

/** The sentence of the product, e.g. "每人每月 1,800 元 × 3 人 × 12 个月 = 64,800 元（最多 12 个月）". */
export function overText(o: OverPeriod, basis: 'per-month' | 'per-year'): TextT {
  const month = basis === 'per-month';
  const [unitZh, unitEn] = month ? ['个月', o.periods === 1 ? 'month' : 'months'] : ['年', o.periods === 1 ? 'year' : 'years'];
  const each = o.persons !== undefined ? '每人' : '';
  const zh = `${each}${month ? '每月' : '每年'} ${num(o.rate)} 元${o.persons !== undefined ? ` × ${o.persons} 人` : ''} × ${o.periods} ${unitZh} = ${num(o.value)} 元`;
  const en = `CNY ${num(o.rate)} ${month ? 'a month' : 'a year'}${o.persons !== undefined ? ` per person × ${o.persons} ${o.persons === 1 ? 'person' : 'people'}` : ''} × ${o.periods} ${unitEn} = CNY ${num(o.value)}`;
  if (o.max === undefined) return { zh, en };
  const capped = o.asked > o.max;
  return {
    zh: `${zh}（最多 ${o.max} ${unitZh}${capped ? `，所填 ${o.asked} ${unitZh}按 ${o.max} ${unitZh}计` : ''}）`,
    en: `${en} (at most ${o.max} ${month ? 'months' : 'years'}${capped ? `; the ${o.asked} asked about count as ${o.max}` : ''})`,
  };
}

/** The total over the period, for an exact rate whose counts are answered; and the counts still to ask, for a rate or
 * range (an amount set by the office has none). */
export function overPeriod(item: RuleItem, amount: { kind: AmountResult['kind']; value?: number }, ctx: Context): { over?: OverPeriod; missing: string[] } {
  const over = item.amount?.over;
  if (!over || amount.kind === 'none' || amount.kind === 'notStated') return { missing: [] };
  const asked = answerOf(ctx, over.periods.fact);
  const persons = over.persons ? answerOf(ctx, over.persons.fact) : undefined;
  const missing = [...(typeof asked === 'number' ? [] : [over.periods.fact]), ...(over.persons && typeof persons !== 'number' ? [over.persons.fact] : [])];
  if (amount.kind !== 'exact' || missing.length > 0) return { missing };
  const rate = amount.value!;
  const max = item.amount!.maxPeriods;
  const periods = Math.min(asked as number, max ?? Infinity);
  const value = Math.round(rate * periods * (typeof persons === 'number' ? persons : 1) * 100) / 100;
  return { over: { rate, periods, asked: asked as number, ...(max !== undefined ? { max } : {}), ...(typeof persons === 'number' ? { persons } : {}), value }, missing: [] };
}
