/**
 * A figure's periods (`periods:` on an amount node): the dates its sources cover. Inside a period the figure is
 * computed as usual and carries that period's rule and confidence; outside every period it is "set by the office",
 * and the figure last published before the evaluation date is kept aside — computed as it stood on that period's last
 * day — for the result to name. It never becomes the amount, so it never enters a total.
 */
import type { Amount, FigurePeriodT } from './schema.ts';
import type { ConfidenceT, TextT } from './types.ts';
import { type Context, say } from './context.ts';
import type { AmountEval, FactBounds } from './amount.ts';
import { fill, t } from './text.ts';

/** The last figure published before the evaluation date, for a result whose figure has lapsed. */
export interface LastPublished {
  min: number;
  /** null: no known top (a floor, or a figure that depends on a place not answered). */
  max: number | null;
  rule: TextT;
  from?: string;
  until?: string;
  sources: string[];
  confidence: ConfidenceT;
}

/** Whether a period covers a date (both ends included). */
export function covers(p: FigurePeriodT, date: string): boolean {
  return (!p.from || p.from <= date) && (!p.until || date <= p.until);
}

/** A period in words, e.g. "2021年杭州规则（2021-01-01 至 2023-01-31）". */
export function periodText(p: FigurePeriodT): TextT {
  // An open end is said as "from" or "until", not as "…"; a period open at both ends is the rule alone.
  const { from, until } = p;
  if (!from && !until) return p.rule;
  const span = !until ? t(`${from} 起`, `from ${from}`) : !from ? t(`至 ${until}`, `until ${until}`) : t(`${from} 至 ${until}`, `${from} to ${until}`);
  return fill(t('{}（{}）', '{} ({})'), p.rule, span);
}

// The node less its periods, made once per node of a ruleset (keyed by the node, so it goes with its ruleset).
const bare = new WeakMap<Amount, Amount>();
function withoutPeriods(a: Amount): Amount {
  let node = bare.get(a);
  if (!node) {
    const { periods: _periods, ...rest } = a;
    bare.set(a, (node = rest));
  }
  return node;
}

/** Evaluates a node that carries `periods`, with `evaluate` for the node itself (its periods taken off). */
export function inPeriods(a: Amount, ctx: Context, bounds: FactBounds, evaluate: (a: Amount, ctx: Context, bounds: FactBounds) => AmountEval): AmountEval {
  const periods = a.periods ?? [];
  const node = withoutPeriods(a);
  const current = periods.find((p) => covers(p, ctx.asOf));
  if (current) {
    const out = evaluate(node, ctx, bounds);
    return { ...out, basedOn: [...(out.basedOn ?? []), current], lines: [...say(ctx, () => fill(t('依据：{}', 'Based on: {}'), periodText(current))), ...out.lines] };
  }
  const last = periods.filter((p) => p.until !== undefined && p.until < ctx.asOf).at(-1);
  const lapsed = say(ctx, () => last
    ? fill(t('最近查到的标准：{}，来源只核实到 {}；评估日适用的标准未能取得，金额由经办部门核定', 'The last figures found: {}, confirmed by the sources only up to {}; the figure for the evaluation date could not be found, so the office sets the amount'), last.rule, t(last.until!, last.until!))
    : t('评估日没有已公布的标准，金额由经办部门核定', 'No figure is published for the evaluation date; the office sets the amount'));
  const unstated: AmountEval = { lo: 0, hi: Infinity, unstated: true, missing: [], lines: lapsed };
  if (!last) return unstated;
  // The figure as it stood on the last day its source covers (a parameter such as the minimum wage then, too).
  const then = evaluate(node, { ...ctx, asOf: last.until! }, bounds);
  if (then.unstated) return unstated;
  const lastPublished: LastPublished = {
    min: Math.round(then.lo * 100) / 100,
    max: Number.isFinite(then.hi) ? Math.round(then.hi * 100) / 100 : null,
    rule: last.rule,
    ...(last.from ? { from: last.from } : {}),
    until: last.until!,
    sources: last.sources,
    confidence: last.confidence,
  };
  return { ...unstated, lastPublished };
}

const ORDER: ConfidenceT[] = ['official', 'official-old', 'secondary', 'inferred', 'unknown'];

/** The confidence of a figure that rests on these periods: the weakest of theirs (else the amount's own). */
export function periodConfidence(basedOn: FigurePeriodT[] | undefined, own: ConfidenceT): ConfidenceT {
  if (!basedOn?.length) return own;
  return basedOn.map((p) => p.confidence).reduce((a, b) => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a));
}
