/**
 * Zod schemas for time in the policy data: the period a figure's source covers, and when an item can be applied for.
 * Both are data (nothing is evaluated as code); `src/engine/periods.ts` and `src/engine/windows.ts` evaluate them.
 */
import * as z from 'zod';
import { Confidence, Span, Text, id, isoDate } from './schema-basics.ts';

/**
 * The period a figure's source covers (both ends included; an open end is unbounded), the rule it comes from, and
 * how sure that figure is in that period. On a date outside every period of a figure the amount is "set by the
 * office", with the last published figure named.
 */
export const FigurePeriod = z
  .strictObject({
    from: isoDate.optional(),
    until: isoDate.optional(),
    /** The rule the figure comes from, in words, e.g. { zh: 2021年杭州规则, en: Hangzhou's 2021 rule }. */
    rule: Text,
    sources: z.array(z.string()).min(1, 'a period names the sources that give the figure for it'),
    confidence: Confidence,
    note: Text.optional(),
  })
  .refine((p) => !p.from || !p.until || p.from <= p.until, { message: 'a period ends on or after it starts', path: ['until'] });

/** The periods of one figure: in date order, not overlapping. */
export const FigurePeriods = z
  .array(FigurePeriod)
  .min(1)
  .superRefine((ps, ctx) => {
    ps.forEach((p, i) => {
      const prev = ps[i - 1];
      if (prev && (!prev.until || !p.from || p.from <= prev.until)) ctx.addIssue({ code: 'custom', path: [i, 'from'], message: 'periods are in date order and do not overlap (the one before needs an until, this one a later from)' });
    });
  });

const monthDay = z.string().regex(/^\d{2}-\d{2}$/, 'a day of the year is written MM-DD');

/** A yearly window (MM-DD to MM-DD, which may wrap over the new year): every year, or only in the year of a date fact
 * plus an offset ("毕业前一年的8月15日至9月15日": the graduation date's year − 1). */
const AnnualWindow = z.strictObject({
  annual: z.strictObject({
    from: monthDay,
    to: monthDay,
    year: z.strictObject({ fact: id, offset: z.int() }).optional(),
  }),
});

/** A day counted from the event: `plus` a span, then (`nextMonth`) the 1st of the following month, or (`endOf`) the
 * last day of a month so many years later ("次年12月底": endOf { month: 12, yearsLater: 1 }). */
const FromEvent = z
  .strictObject({
    plus: Span.optional(),
    nextMonth: z.literal(true).optional(),
    endOf: z.strictObject({ month: z.int().min(1).max(12), yearsLater: z.int().min(0) }).optional(),
  })
  .refine((d) => !(d.nextMonth && d.endOf), 'nextMonth and endOf do not go together');

/** A window counted from an event the user dates ("见习结束后半年内", "符合条件后的次月至次年12月底"), which may recur
 * (`repeat`: every 12 months, 3 times, for a claim per full year). */
const EventWindow = z.strictObject({
  event: z.strictObject({ fact: id }),
  repeat: z.strictObject({ every: Span, times: z.int().min(2) }).optional(),
  opens: FromEvent,
  closes: FromEvent,
});

/** When an application can be made: a condition of the item like any other (passed → not eligible now). */
export const WindowRule = z.union([AnnualWindow, EventWindow], { error: 'a window rule is { annual: … } or { event, opens, closes }' });

export type FigurePeriodT = z.infer<typeof FigurePeriod>;
export type WindowRuleT = z.infer<typeof WindowRule>;
