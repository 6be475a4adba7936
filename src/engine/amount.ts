/**
 * Amount expressions evaluated as intervals: a known fact gives a point, an unknown one its bounds,
 * so an amount is exact, a min–max range while facts are missing, or "set by the office" — never a guess.
 */
import type { Amount, Condition, FigurePeriodT } from './schema.ts';
import { inPeriods, type LastPublished } from './periods.ts';
import type { TextT } from './types.ts';
import { type Context, answerOf, factOf, parameterState, say } from './context.ts';
import { explainCondition } from './conditions.ts';
import { check } from './truth.ts';
import { describeParameterValue, describeUnknownParameter, optionLabel } from './describe.ts';
import { fill, num, t, yuan } from './text.ts';
import { ownValue } from './own-keys.ts';

/** An amount's possible values; `unstated` marks a sum the office sets (hi is then its cap, if any). */
export interface Interval {
  lo: number;
  hi: number;
  unstated: boolean;
}

/** The evaluation of an amount: its interval, the facts that would narrow it, and its steps in words. */
export interface AmountEval extends Interval {
  missing: string[];
  lines: TextT[];
  /** What an unstated amount's cap limits, where the data says (e.g. the loan, not the interest subsidy). */
  capLabel?: TextT;
  /** Unanswered facts no source bounds from above: while they stay open the amount "depends on" them, not a range. */
  open?: string[];
  /** The top is open because the source states a floor ("不低于"), not because an answer is missing. */
  floor?: boolean;
  /** The periods (of the figures' sources) the amount rests on, on the evaluation date. */
  basedOn?: FigurePeriodT[];
  /** For a figure that has lapsed: the one last published, which the amount does not use. */
  lastPublished?: LastPublished;
}

/** Bounds an item's own conditions put on unknown facts (e.g. "months ≥ 12" while months is unanswered). */
export type FactBounds = Map<string, { lo: number; hi: number }>;

// 0 × ∞ counts as 0: an unbounded count of a zero rate is still nothing.
const mul = (a: number, b: number): number => (a === 0 || b === 0 ? 0 : a * b);

/** Evaluates an amount expression over the context; its steps in words only where the context asks for them. */
export function evaluateAmount(a: Amount, ctx: Context, bounds: FactBounds): AmountEval {
  if (a.periods) return inPeriods(a, ctx, bounds, evaluateAmount);
  const out = evalNode(a, ctx, bounds);
  if (ctx.words && a.label && out.lo === out.hi && !out.unstated) out.lines.push(fill(t('{}：{}', '{}: {}'), a.label, inUnit(out.lo, a, ctx)));
  return out;
}

/** A labelled step's figure in its unit: the step's own, its fact's, else yuan. */
function inUnit(v: number, a: Amount, ctx: Context): TextT {
  const unit = a.unit ?? (a.fact !== undefined ? factOf(ctx, a.fact).unit : undefined);
  return unit ? fill(t(`${num(v)} {}`, `${num(v)} {}`), unit) : yuan(v);
}

function point(v: number, lines: TextT[] = []): AmountEval {
  return { lo: v, hi: v, unstated: false, missing: [], lines };
}

function combine(parts: AmountEval[], lo: number, hi: number, lines: TextT[] = []): AmountEval {
  return {
    lo,
    hi,
    unstated: parts.some((p) => p.unstated),
    missing: union(parts.map((p) => p.missing)),
    lines: [...parts.flatMap((p) => p.lines), ...lines],
    capLabel: parts.find((p) => p.unstated && p.capLabel && p.hi === hi)?.capLabel,
    open: union(parts.map((p) => p.open)),
    floor: parts.some((p) => p.floor),
    basedOn: union(parts.map((p) => p.basedOn)),
    lastPublished: parts.find((p) => p.lastPublished)?.lastPublished,
  };
}

/** The lists joined without repeats; most are empty, so most joins build no set. */
function union<T>(lists: (T[] | undefined)[]): T[] {
  const full = lists.filter((l): l is T[] => l !== undefined && l.length > 0);
  return full.length === 0 ? [] : [...new Set(full.length === 1 ? full[0] : full.flat())];
}

function evalNode(a: Amount, ctx: Context, bounds: FactBounds): AmountEval {
  if (a.fixed !== undefined) return point(a.fixed);
  if (a.param !== undefined) return parameter(a.param, ctx);
  if (a.fact !== undefined) return factValue(a.fact, ctx, bounds);
  const sub = (x: Amount) => evaluateAmount(x, ctx, bounds);
  if (a.percent !== undefined) {
    const x = sub(a.of!);
    const percent = a.percent;
    const lines = x.lo === x.hi && !x.unstated ? say(ctx, () => t(`${num(x.lo)} × ${num(percent)}% = ${num((x.lo * percent) / 100)}`, `${num(x.lo)} × ${num(percent)}% = ${num((x.lo * percent) / 100)}`)) : [];
    return combine([x], (x.lo * percent) / 100, (x.hi * percent) / 100, lines);
  }
  if (a.times) {
    const [x, y] = a.times.map(sub) as [AmountEval, AmountEval];
    const products = [mul(x.lo, y.lo), mul(x.lo, y.hi), mul(x.hi, y.lo), mul(x.hi, y.hi)];
    return combine([x, y], Math.min(...products), Math.max(...products));
  }
  if (a.divide) {
    const [x, y] = a.divide.map(sub) as [AmountEval, AmountEval];
    // x ÷ 0 is unbounded (a cap over a zero base never binds); 0 ÷ 0 is taken as 0.
    const over = (n: number, d: number) => (d > 0 ? n / d : n > 0 ? Infinity : 0);
    return combine([x, y], over(x.lo, y.hi), over(x.hi, y.lo));
  }
  if (a.sum) {
    const xs = a.sum.map(sub);
    return combine(xs, xs.reduce((s, x) => s + x.lo, 0), xs.reduce((s, x) => s + x.hi, 0));
  }
  if (a.min || a.max) {
    const xs = (a.min ?? a.max)!.map(sub);
    const pick = a.min ? Math.min : Math.max;
    return combine(xs, pick(...xs.map((x) => x.lo)), pick(...xs.map((x) => x.hi)));
  }
  if (a.steps) return steps(a.steps, sub(a.steps.count), ctx, a.steps.count.fact === undefined ? undefined : factOf(ctx, a.steps.count.fact).unit);
  if (a.lookup) return lookup(a.lookup, ctx);
  if (a.brackets) return brackets(a.brackets, ctx, bounds);
  if (a.switch) return choose(a.switch, a.else!, ctx, bounds);
  if (a.atLeast) {
    const x = sub(a.atLeast);
    const line = x.lo === x.hi && !x.unstated ? say(ctx, () => fill(t('不低于 {}', 'At least {}'), yuan(x.lo))) : [];
    return { ...combine([x], x.lo, Infinity, line), floor: !x.unstated };
  }
  const cap = a.cap ? sub(a.cap) : undefined;
  const capLabel = a.cap?.label;
  const line = say(ctx, () =>
    !cap || !Number.isFinite(cap.hi)
      ? t('金额由经办部门核定', 'Amount set by the office')
      : capLabel
        ? fill(t('金额由经办部门核定（{} {}）', 'Amount set by the office ({} {})'), capLabel, yuan(cap.hi))
        : fill(t('金额由经办部门核定（已知上限 {}）', 'Amount set by the office (known cap: {})'), yuan(cap.hi)),
  );
  return { lo: 0, hi: cap?.hi ?? Infinity, unstated: true, missing: cap?.missing ?? [], lines: [...(capLabel ? [] : cap?.lines ?? []), ...line], capLabel };
}

function parameter(id: string, ctx: Context): AmountEval {
  const p = ctx.ruleset.parameters[id]!;
  const state = parameterState(ctx, p);
  if (!state.known) {
    // Until the place is answered the figure is any of the places' values; an unknown one leaves the top open.
    const values = state.candidates.map((c) => c?.value ?? null);
    const known = values.filter((v): v is number => v !== null);
    const lo = known.length > 0 ? Math.min(...known) : 0;
    const hi = values.some((v) => v === null) ? Infinity : Math.max(...known);
    return { lo, hi, unstated: false, missing: [state.fact], lines: [] };
  }
  const v = state.entry;
  if (!v || v.value === null) {
    return { lo: 0, hi: Infinity, unstated: true, missing: [], lines: say(ctx, () => describeUnknownParameter(p)) };
  }
  return point(v.value, say(ctx, () => describeParameterValue(p, v, ctx.ruleset.sources)));
}

function factValue(id: string, ctx: Context, bounds: FactBounds): AmountEval {
  const v = answerOf(ctx, id);
  if (typeof v === 'number') return point(v);
  const fact = factOf(ctx, id);
  const b = bounds.get(id);
  const src = sourcedBounds(fact, ctx);
  // `fact.max` only checks what is typed: no source gives it, so it never becomes the top of a range.
  const lo = Math.max(fact.min ?? 0, src.lo, b?.lo ?? -Infinity);
  const hi = Math.min(src.hi, b?.hi ?? Infinity);
  return { lo, hi: Math.max(lo, hi), unstated: false, missing: [id], lines: [], open: Number.isFinite(hi) ? [] : [id] };
}

/** The fact's bounds from its sourced parameters on the evaluation date (e.g. the year's contribution base floor and
 * ceiling); an end with no parameter, or no known value that day, is unbounded. */
function sourcedBounds(fact: ReturnType<typeof factOf>, ctx: Context): { lo: number; hi: number } {
  const value = (param: string | undefined, none: number) => {
    const p = param === undefined ? undefined : ctx.ruleset.parameters[param];
    const state = p ? parameterState(ctx, p) : undefined;
    return state?.known && typeof state.entry?.value === 'number' ? state.entry.value : none;
  };
  return { lo: value(fact.sourcedBounds?.min.param, -Infinity), hi: value(fact.sourcedBounds?.max.param, Infinity) };
}

/** "每满 12 个月计 2,000 元": the count's unit (the fact's, when the count is an answer) is always written. */
function steps(s: NonNullable<Amount['steps']>, count: AmountEval, ctx: Context, unit?: TextT): AmountEval {
  const n = (c: number) => Math.min(Math.floor(c / s.size), s.maxSteps ?? Infinity);
  const lo = n(count.lo) * s.each;
  const hi = n(count.hi) * s.each;
  const line = (): TextT => {
    const capText = s.maxSteps ? t(`，最多 ${s.maxSteps} 次`, `, at most ${s.maxSteps} times`) : t('', '');
    const unitEn = unit ? ` ${unit.en ?? unit.zh}` : '';
    const unitZh = unit ? ` ${unit.zh}` : '';
    return t(`每满 ${num(s.size)}${unit ? unitZh : ' '}计 ${num(s.each)} 元${capText.zh}：${num(count.lo)}${unitZh} → ${n(count.lo)} × ${num(s.each)} = ${num(lo)} 元`,
      `CNY ${num(s.each)} for each full ${num(s.size)}${unitEn}${capText.en}: ${num(count.lo)}${unitEn} → ${n(count.lo)} × ${num(s.each)} = CNY ${num(lo)}`);
  };
  return combine([count], lo, hi, count.lo === count.hi ? say(ctx, line) : []);
}

function lookup(l: NonNullable<Amount['lookup']>, ctx: Context): AmountEval {
  const v = answerOf(ctx, l.fact);
  const values = Object.values(l.table);
  const figure = typeof v === 'string' ? ownValue(l.table, v) : undefined;
  if (figure !== undefined) {
    return point(figure, say(ctx, () => fill(t('{}：{}', '{}: {}'), optionLabel(factOf(ctx, l.fact), v as string), yuan(figure))));
  }
  return { lo: Math.min(...values), hi: Math.max(...values), unstated: false, missing: [l.fact], lines: [] };
}

function brackets(b: NonNullable<Amount['brackets']>, ctx: Context, bounds: FactBounds): AmountEval {
  const x = evaluateAmount(b.of, ctx, bounds);
  const table = [...b.table].sort((p, q) => p.from - q.from);
  // Every bracket whose span meets [x.lo, x.hi] is possible; a point meets exactly one.
  const live = table.filter((row, i) => {
    const next = table[i + 1]?.from ?? Infinity;
    return row.from <= x.hi && next > x.lo;
  });
  if (live.length === 0) return combine([x], 0, 0);
  const parts = live.map((row) => evaluateAmount(row.amount, ctx, bounds));
  return combine([x, ...parts], Math.min(...parts.map((p) => p.lo)), Math.max(...parts.map((p) => p.hi)));
}

function choose(branches: { when: Condition; then: Amount }[], otherwise: Amount, ctx: Context, bounds: FactBounds): AmountEval {
  const possible: AmountEval[] = [];
  const missing: string[] = [];
  for (const b of branches) {
    const c = check(b.when, ctx);
    if (c.value === false) continue;
    const then = evaluateAmount(b.then, ctx, bounds);
    if (c.value === true) {
      possible.push({ ...then, lines: [...say(ctx, () => fill(t('适用：{}', 'Applies: {}'), explainCondition(b.when, ctx).text)), ...then.lines] });
      return merge(possible, missing);
    }
    missing.push(...c.missing);
    possible.push(then);
  }
  possible.push(evaluateAmount(otherwise, ctx, bounds));
  return merge(possible, missing);
}

function merge(xs: AmountEval[], missing: string[]): AmountEval {
  const out = combine(xs, Math.min(...xs.map((x) => x.lo)), Math.max(...xs.map((x) => x.hi)));
  out.missing = [...new Set([...out.missing, ...missing])];
  if (xs.length > 1) out.lines = [];
  return out;
}
