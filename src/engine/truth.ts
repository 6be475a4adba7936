/**
 * Three-valued truth of conditions, without words: true, false or unknown, with the facts (and parameters) that could
 * still settle an unknown. An unknown fact never counts as true or as false. The explanation (conditions.ts) is
 * written from these same checks, and only when it is read.
 */
import type { Condition } from './schema.ts';
import type { Truth } from './types.ts';
import { type Context, answerOf, parameterState } from './context.ts';
import { addSpan, fullYears, subtractSpan, type Span } from './dates.ts';

/** A condition's outcome: `missing` and `unknownParams` are empty once it is settled. */
export interface Check {
  value: Truth;
  missing: readonly string[];
  unknownParams: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);
const TRUE: Check = Object.freeze({ value: true, missing: NONE, unknownParams: NONE });
const FALSE: Check = Object.freeze({ value: false, missing: NONE, unknownParams: NONE });
const settled = (v: boolean): Check => (v ? TRUE : FALSE);

/** Three-valued and: false wins, then unknown. */
export function allOf(values: Truth[]): Truth {
  if (values.includes(false)) return false;
  return values.includes(null) ? null : true;
}

/** An unknown outcome, open on what its unknown parts are open on (their lists are shared, never changed). */
export function open(parts: readonly Check[]): Check {
  if (parts.length === 1) return { value: null, missing: parts[0]!.missing, unknownParams: parts[0]!.unknownParams };
  const missing = new Set<string>();
  const params = new Set<string>();
  for (const p of parts) {
    for (const f of p.missing) missing.add(f);
    for (const u of p.unknownParams) params.add(u);
  }
  return { value: null, missing: [...missing], unknownParams: params.size > 0 ? [...params] : NONE };
}

/** Checks a condition against the context's answers and evaluation date; stops at the first part that settles it. */
export function check(c: Condition, ctx: Context): Check {
  if (c.all || c.any) {
    const decisive = c.all ? false : true;
    let unknown: Check[] | undefined;
    for (const child of (c.all ?? c.any)!) {
      const r = check(child, ctx);
      if (r.value === decisive) return r;
      if (r.value === null) (unknown ??= []).push(r);
    }
    return unknown ? open(unknown) : settled(!decisive);
  }
  if (c.not) {
    const r = check(c.not, ctx);
    return r.value === null ? r : settled(!r.value);
  }
  if (c.ref) return check(ctx.ruleset.definitions[c.ref]!.condition, ctx);
  if (c.evaluationDate) {
    const { onOrAfter, before } = c.evaluationDate;
    return settled((!onOrAfter || ctx.asOf >= onOrAfter) && (!before || ctx.asOf < before));
  }
  if (c.askingAs) return settled(ctx.applicants.includes(c.askingAs));
  return comparison(c, ctx);
}

function comparison(c: Condition, ctx: Context): Check {
  const factId = (c.fact ?? c.age)!;
  const answer = answerOf(ctx, factId);
  const { op, operand } = comparatorOf(c);
  // Unanswered against a literal: open on the fact alone, nothing to resolve.
  if (answer === undefined && !isReference(operand)) return { value: null, missing: [factId], unknownParams: NONE };
  const rhs = resolveOperand(operand, ctx);
  if (answer !== undefined && rhs.known) {
    const subject = c.age !== undefined ? fullYears(answer as string, ctx.asOf) : answer;
    return settled(test(op, subject, rhs.value, ctx.asOf));
  }
  const missing = answer !== undefined ? rhs.missing : rhs.missing.length === 0 ? [factId] : [...new Set([factId, ...rhs.missing])];
  return { value: null, missing, unknownParams: rhs.unknownParams };
}

const COMPARATORS = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in', 'notIn', 'includes', 'includesAny', 'within', 'atLeastAgo', 'onOrBefore', 'onOrAfter'] as const;
export type Comparator = (typeof COMPARATORS)[number];

// Found once per condition object (each belongs to one ruleset): a comparison is checked at every evaluation.
const comparators = new WeakMap<Condition, { op: Comparator; operand: unknown }>();

export function comparatorOf(c: Condition): { op: Comparator; operand: unknown } {
  let found = comparators.get(c);
  if (!found) {
    const op = COMPARATORS.find((o) => c[o] !== undefined);
    if (!op) throw new Error('comparison without comparator');
    comparators.set(c, (found = { op, operand: c[op] }));
  }
  return found;
}

/** Whether an operand names a parameter or a fact (else it is a literal, or a span). */
const isReference = (operand: unknown): operand is object => !!operand && typeof operand === 'object' && !Array.isArray(operand) && ('param' in operand || 'fact' in operand);

/** The right-hand side once resolved: a literal as it is, a parameter's value in force, or another fact's answer. */
export interface Resolved {
  known: boolean;
  value: unknown;
  missing: readonly string[];
  unknownParams: readonly string[];
}

export function resolveOperand(operand: unknown, ctx: Context): Resolved {
  if (!isReference(operand)) return { known: true, value: operand, missing: NONE, unknownParams: NONE }; // a literal, or a span such as { months: 24 }
  if ('param' in operand && typeof operand.param === 'string') {
    const p = ctx.ruleset.parameters[operand.param]!;
    const state = parameterState(ctx, p);
    if (!state.known) return { known: false, value: undefined, missing: [state.fact], unknownParams: NONE };
    const v = state.entry;
    if (!v || v.value === null) return { known: false, value: undefined, missing: NONE, unknownParams: [p.id] };
    return { known: true, value: v.value, missing: NONE, unknownParams: NONE };
  }
  if ('fact' in operand && typeof operand.fact === 'string') {
    const v = answerOf(ctx, operand.fact);
    // A date fact moved by a span: "the graduation date + 24 months".
    const plus = 'plus' in operand ? (operand.plus as Span | undefined) : undefined;
    const value = plus && typeof v === 'string' ? addSpan(v, plus) : v;
    return { known: v !== undefined, value, missing: v === undefined ? [operand.fact] : NONE, unknownParams: NONE };
  }
  return { known: true, value: operand, missing: NONE, unknownParams: NONE };
}

function test(op: Comparator, subject: unknown, rhs: unknown, asOf: string): boolean {
  switch (op) {
    case 'eq':
      return subject === rhs;
    case 'ne':
      return subject !== rhs;
    case 'lt':
      return (subject as number) < (rhs as number);
    case 'lte':
      return (subject as number) <= (rhs as number);
    case 'gt':
      return (subject as number) > (rhs as number);
    case 'gte':
      return (subject as number) >= (rhs as number);
    case 'in':
      return (rhs as string[]).includes(subject as string);
    case 'notIn':
      return !(rhs as string[]).includes(subject as string);
    case 'includes':
      return (subject as string[]).includes(rhs as string);
    case 'includesAny':
      return (rhs as string[]).some((x) => (subject as string[]).includes(x));
    case 'within':
      return (subject as string) <= asOf && (subject as string) >= subtractSpan(asOf, rhs as Span);
    case 'atLeastAgo':
      return (subject as string) <= subtractSpan(asOf, rhs as Span);
    case 'onOrBefore':
      return (subject as string) <= (rhs as string);
    case 'onOrAfter':
      return (subject as string) >= (rhs as string);
  }
}
