/**
 * Three-valued evaluation of conditions: every node says true, false or unknown, in words, with the
 * facts that could still settle it. An unknown fact never counts as true or as false.
 */
import type { Condition } from './schema.ts';
import type { ConditionResult, TextT, Truth } from './types.ts';
import { type Context, answerOf, factOf, parameterState } from './context.ts';
import { addSpan, fullYears, subtractSpan, type Span } from './dates.ts';
import { describeAnswer, describeComparison, describeParameterValue, describeUnknownParameter } from './describe.ts';
import { givenAnswer } from './own-keys.ts';
import { fill, join, t } from './text.ts';

/** Evaluates a condition against the context's answers and evaluation date. */
export function evaluateCondition(c: Condition, ctx: Context): ConditionResult {
  const base = { cite: c.cite, note: c.note };
  if (c.all || c.any) {
    const children = (c.all ?? c.any)!.map((child) => evaluateCondition(child, ctx));
    const value = c.all ? allOf(children.map((r) => r.value)) : anyOf(children.map((r) => r.value));
    const text = c.label ?? (c.all ? t('以下条件全部满足', 'All of the following') : t('满足以下任一条件', 'Any one of the following'));
    return { ...base, value, text, children, ...openParts(value, children) };
  }
  if (c.not) {
    const child = evaluateCondition(c.not, ctx);
    const value = child.value === null ? null : !child.value;
    return { ...base, value, text: c.label ?? t('不属于以下情形', 'None of the following'), children: [child], ...openParts(value, [child]) };
  }
  if (c.ref) {
    const def = ctx.ruleset.definitions[c.ref]!;
    const child = evaluateCondition(def.condition, ctx);
    return {
      value: child.value,
      text: c.label ?? def.label,
      cite: c.cite ?? def.cite,
      note: c.note ?? def.note,
      children: [child],
      ...openParts(child.value, [child]),
    };
  }
  if (c.evaluationDate) {
    const { onOrAfter, before } = c.evaluationDate;
    const value = (!onOrAfter || ctx.asOf >= onOrAfter) && (!before || ctx.asOf < before);
    const range = [onOrAfter && t(`${onOrAfter} 起`, `from ${onOrAfter}`), before && t(`${before} 之前`, `before ${before}`)].filter(Boolean) as TextT[];
    const text = c.label ?? fill(t('评估日期在{}', 'The evaluation date is {}'), joinRange(range));
    return { ...base, value, text, detail: t(`评估日期：${ctx.asOf}`, `Evaluation date: ${ctx.asOf}`), missing: [], unknownParams: [] };
  }
  if (c.askingAs) {
    const value = ctx.applicants.includes(c.askingAs);
    const who = c.askingAs === 'person' ? t('个人', 'a person') : t('单位', 'an organisation');
    return { ...base, value, text: c.label ?? fill(t('以{}身份申请', 'Applying as {}'), who), missing: [], unknownParams: [] };
  }
  return evaluateComparison(c, ctx);
}

function joinRange(parts: TextT[]): TextT {
  return t(parts.map((p) => p.zh).join('、'), parts.map((p) => p.en).join(' and '));
}

/** Three-valued and: false wins, then unknown. */
export function allOf(values: Truth[]): Truth {
  if (values.includes(false)) return false;
  return values.includes(null) ? null : true;
}

function anyOf(values: Truth[]): Truth {
  if (values.includes(true)) return true;
  return values.includes(null) ? null : false;
}

/** What is still open in a settled or unsettled node: nothing once it is settled. */
function openParts(value: Truth, children: ConditionResult[]): Pick<ConditionResult, 'missing' | 'unknownParams'> {
  if (value !== null) return { missing: [], unknownParams: [] };
  const open = children.filter((r) => r.value === null);
  return { missing: unique(open.flatMap((r) => r.missing)), unknownParams: unique(open.flatMap((r) => r.unknownParams)) };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function evaluateComparison(c: Condition, ctx: Context): ConditionResult {
  const factId = (c.fact ?? c.age)!;
  const fact = factOf(ctx, factId);
  const answer = answerOf(ctx, factId);
  const { op, operand } = comparatorOf(c);
  const rhs = resolveOperand(operand, ctx);
  let value: Truth = null;
  if (answer !== undefined && rhs.known) {
    const subject = c.age !== undefined ? fullYears(answer as string, ctx.asOf) : answer;
    value = test(op, subject, rhs.value, ctx.asOf);
  }
  const given = givenAnswer(ctx.answers, factId);
  const details = [
    given != null && answer === undefined
      ? t('回答无效，按未回答处理', 'Invalid answer, treated as unanswered')
      : describeAnswer(fact, given === null ? null : answer, c.age !== undefined ? ctx.asOf : undefined),
  ];
  if (rhs.detail) details.push(rhs.detail);
  return {
    value,
    text: c.label ?? describeComparison(c.age !== undefined, fact, op, operand, rhs, ctx),
    detail: join(details, '；', '; '),
    cite: c.cite,
    note: c.note,
    missing: value === null ? unique([...(answer === undefined ? [factId] : []), ...rhs.missing]) : [],
    unknownParams: value === null ? rhs.unknownParams : [],
  };
}

const COMPARATORS = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in', 'notIn', 'includes', 'includesAny', 'within', 'atLeastAgo', 'onOrBefore', 'onOrAfter'] as const;
export type Comparator = (typeof COMPARATORS)[number];

function comparatorOf(c: Condition): { op: Comparator; operand: unknown } {
  for (const op of COMPARATORS) if (c[op] !== undefined) return { op, operand: c[op] };
  throw new Error('comparison without comparator');
}

/** The right-hand side once resolved: a literal as it is, a parameter's value in force, or another fact's answer. */
export interface Resolved {
  known: boolean;
  value: unknown;
  missing: string[];
  unknownParams: string[];
  detail?: TextT;
}

function resolveOperand(operand: unknown, ctx: Context): Resolved {
  const literal = { known: true, value: operand, missing: [], unknownParams: [] };
  if (!operand || typeof operand !== 'object' || Array.isArray(operand)) return literal;
  if ('param' in operand && typeof operand.param === 'string') {
    const p = ctx.ruleset.parameters[operand.param]!;
    const state = parameterState(ctx, p);
    if (!state.known) return { known: false, value: undefined, missing: [state.fact], unknownParams: [] };
    const v = state.entry;
    if (!v || v.value === null) {
      return { known: false, value: undefined, missing: [], unknownParams: [p.id], detail: describeUnknownParameter(p) };
    }
    return { known: true, value: v.value, missing: [], unknownParams: [], detail: describeParameterValue(p, v) };
  }
  if ('fact' in operand && typeof operand.fact === 'string') {
    const v = answerOf(ctx, operand.fact);
    // A date fact moved by a span: "the graduation date + 24 months".
    const plus = 'plus' in operand ? (operand.plus as Span | undefined) : undefined;
    const value = plus && typeof v === 'string' ? addSpan(v, plus) : v;
    const detail = plus && typeof value === 'string' ? t(`即 ${value}`, `i.e. ${value}`) : undefined;
    return { known: v !== undefined, value, missing: v === undefined ? [operand.fact] : [], unknownParams: [], ...(detail ? { detail } : {}) };
  }
  return literal; // a span such as { months: 24 }
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
