/**
 * Amounts and conditions written out in one line for policy authors, e.g.
 * `2000 × min(floor(fact:months-insured-current-employer / 12), 3)`. Read-only: nothing here is evaluated.
 */
import type { Amount, Condition, FigurePeriodT, WindowRuleT } from '../engine/schema.ts';
import type { RuleItem } from '../engine/types.ts';
import { amountShape } from '../engine/rule-shape.ts';

/** How many comparisons a condition tree holds; `all` / `any` / `not` are not counted, a `ref` counts as one. */
export function leafCount(c: Condition): number {
  if (c.all) return c.all.reduce((n, x) => n + leafCount(x), 0);
  if (c.any) return c.any.reduce((n, x) => n + leafCount(x), 0);
  if (c.not) return leafCount(c.not);
  return 1;
}

/** The amount kind as `rules check` prints it (a status item says so). */
export function amountKind(item: RuleItem): string {
  const kind = amountShape(item);
  return kind === 'none' ? 'none (status)' : kind;
}

const n = (x: number) => String(x);
const isCompound = (a: Amount) => a.times || a.divide || a.sum || a.percent !== undefined || a.switch || a.brackets;
const wrap = (a: Amount) => (isCompound(a) ? `(${formula(a)})` : formula(a));

/** An amount expression in one line; a figure with periods says them, e.g. `300 [until 2023-01-31 (…; S12; secondary)]`. */
export function formula(a: Amount): string {
  if (a.periods) {
    const { periods, ...node } = a;
    return `${wrap(node)} [${periods.map(periodLine).join('; ')}]`;
  }
  if (a.fixed !== undefined) return n(a.fixed);
  if (a.param !== undefined) return `param:${a.param}`;
  if (a.fact !== undefined) return `fact:${a.fact}`;
  if (a.percent !== undefined) return `${n(a.percent)}% × ${wrap(a.of!)}`;
  if (a.times) return a.times.map(wrap).join(' × ');
  if (a.divide) return a.divide.map(wrap).join(' ÷ ');
  // A negative constant term reads as a subtraction: "n × 1000 − 1000", not "+ -1000".
  if (a.sum) return a.sum.map((t, i) => (i === 0 ? wrap(t) : t.fixed !== undefined && t.fixed < 0 ? `− ${n(-t.fixed)}` : `+ ${wrap(t)}`)).join(' ');
  if (a.min) return `min(${a.min.map(formula).join(', ')})`;
  if (a.max) return `max(${a.max.map(formula).join(', ')})`;
  if (a.steps) {
    const count = `floor(${wrap(a.steps.count)} / ${n(a.steps.size)})`;
    return `${n(a.steps.each)} × ${a.steps.maxSteps ? `min(${count}, ${a.steps.maxSteps})` : count}`;
  }
  if (a.lookup) {
    const rows = Object.entries(a.lookup.table).map(([k, v]) => `${k} → ${n(v)}`);
    return `lookup fact:${a.lookup.fact} (${rows.join(', ')})`;
  }
  if (a.brackets) {
    const rows = a.brackets.table.map((r) => `from ${n(r.from)} → ${formula(r.amount)}`);
    return `brackets of ${wrap(a.brackets.of)} (${rows.join('; ')})`;
  }
  if (a.switch) {
    const branches = a.switch.map((b) => `if ${condition(b.when)} then ${b.then.switch ? wrap(b.then) : formula(b.then)}`);
    return `${branches.join('; ')}; else ${a.else!.switch ? wrap(a.else!) : formula(a.else!)}`;
  }
  if (a.atLeast) return `at least ${wrap(a.atLeast)}`;
  return a.cap ? `notStated (cap ${formula(a.cap)})` : 'notStated';
}

/** A figure period in one line: `until 2023-01-31 (Hangzhou's 2021 rule; S20, S30; official-old)`. */
export function periodLine(p: FigurePeriodT): string {
  const span = p.from && p.until ? `${p.from}..${p.until}` : p.from ? `from ${p.from}` : p.until ? `until ${p.until}` : 'always';
  return `${span} (${p.rule.en ?? p.rule.zh}; ${p.sources.join(', ')}; ${p.confidence})`;
}

/** A window rule in one line, e.g. `yearly 08-15..09-15 in year(graduation-date) - 1`. */
export function windowLine(w: WindowRuleT): string {
  if ('annual' in w) {
    const y = w.annual.year;
    return `yearly ${w.annual.from}..${w.annual.to}${y ? ` in year(fact:${y.fact}) ${y.offset < 0 ? '-' : '+'} ${Math.abs(y.offset)}` : ''}`;
  }
  const at = (d: typeof w.opens) => [d.plus ? `+ ${operand(d.plus)}` : '', d.nextMonth ? '→ 1st of next month' : '', d.endOf ? `→ end of month ${d.endOf.month}, ${d.endOf.yearsLater} year(s) later` : ''].filter(Boolean).join(' ') || 'on the day';
  const repeat = w.repeat ? `, every ${operand(w.repeat.every)}, ${w.repeat.times} times` : '';
  return `from fact:${w.event.fact}${repeat}: opens ${at(w.opens)}, closes ${at(w.closes)}`;
}

const OPS: Record<string, string> = {
  eq: '=', ne: '≠', lt: '<', lte: '≤', gt: '>', gte: '≥', in: 'in', notIn: 'not in', includes: 'includes',
  includesAny: 'includes any of', within: 'within', atLeastAgo: 'at least ago', onOrBefore: 'on or before', onOrAfter: 'on or after',
};

function operand(v: unknown): string {
  if (Array.isArray(v)) return `[${v.join(', ')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('param' in o) return `param:${o.param}`;
    if ('fact' in o) return `fact:${o.fact}`;
    return Object.entries(o).map(([k, x]) => `${x} ${k}`).join(', ');
  }
  return String(v);
}

/** A condition in one line, e.g. `age(fact:birth-date) ≥ 55` or `evaluationDate < 2023-02-01`. */
export function condition(c: Condition): string {
  if (c.all) return `all(${c.all.map(condition).join(', ')})`;
  if (c.any) return `any(${c.any.map(condition).join(', ')})`;
  if (c.not) return `not(${condition(c.not)})`;
  if (c.ref) return `ref:${c.ref}`;
  if (c.evaluationDate) {
    const parts = [c.evaluationDate.onOrAfter && `evaluationDate ≥ ${c.evaluationDate.onOrAfter}`, c.evaluationDate.before && `evaluationDate < ${c.evaluationDate.before}`];
    return parts.filter(Boolean).join(' and ') || 'always';
  }
  if (c.askingAs) return `askingAs ${c.askingAs}`;
  const subject = c.age ? `age(fact:${c.age})` : `fact:${c.fact}`;
  const op = Object.keys(OPS).find((k) => c[k as keyof Condition] !== undefined);
  return op ? `${subject} ${OPS[op]} ${operand(c[op as keyof Condition])}` : subject;
}
