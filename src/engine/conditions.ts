/**
 * Conditions explained: every node says true, false or unknown (from truth.ts), in words, with the text it rests on
 * and the facts that could still settle it. A node's sub-conditions, and a comparison's words, are built when first
 * read — a result card shows them only when opened — and kept; the object is the same as if built at once.
 */
import type { Condition } from './schema.ts';
import type { ConditionResult, TextT } from './types.ts';
import { type Context, answerOf, factOf, parameterState } from './context.ts';
import { describeAnswer, describeComparison, describeParameterValue, describeUnknownParameter } from './describe.ts';
import { fill, join, t } from './text.ts';
import { type Check, type Resolved, check, comparatorOf, resolveOperand } from './truth.ts';

/** Explains a condition against the context's answers and evaluation date. */
export function explainCondition(c: Condition, ctx: Context): ConditionResult {
  return explainChecked(c, ctx, check(c, ctx));
}

/** Explains a condition already checked (`k` is its check). */
export function explainChecked(c: Condition, ctx: Context, k: Check): ConditionResult {
  const value = k.value;
  // Fresh arrays: the checks share theirs.
  const missing = [...k.missing];
  const unknownParams = [...k.unknownParams];
  let children: ConditionResult[] | undefined;
  const kids = (of: Condition[]) => (children ??= of.map((x) => explainCondition(x, ctx)));
  // Each literal keeps the order of its keys, which JSON.stringify follows.
  if (c.all || c.any) {
    const text = c.label ?? (c.all ? t('以下条件全部满足', 'All of the following') : t('满足以下任一条件', 'Any one of the following'));
    return { cite: c.cite, note: c.note, value, text, get children() { return kids((c.all ?? c.any)!); }, missing, unknownParams };
  }
  if (c.not) {
    const not = c.not;
    return { cite: c.cite, note: c.note, value, text: c.label ?? t('不属于以下情形', 'None of the following'), get children() { return kids([not]); }, missing, unknownParams };
  }
  if (c.ref) {
    const def = ctx.ruleset.definitions[c.ref]!;
    return { value, text: c.label ?? def.label, cite: c.cite ?? def.cite, note: c.note ?? def.note, get children() { return kids([def.condition]); }, missing, unknownParams };
  }
  if (c.evaluationDate) {
    const { onOrAfter, before } = c.evaluationDate;
    const range = [onOrAfter && t(`${onOrAfter} 或之后`, `on or after ${onOrAfter}`), before && t(`${before} 之前`, `before ${before}`)].filter(Boolean) as TextT[];
    const text = c.label ?? fill(t('评估日期在 {}', 'The evaluation date is {}'), joinRange(range));
    return { cite: c.cite, note: c.note, value, text, detail: t(`评估日期：${ctx.asOf}`, `Evaluation date: ${ctx.asOf}`), missing, unknownParams };
  }
  if (c.askingAs) {
    const who = c.askingAs === 'person' ? t('个人', 'a person') : t('单位', 'an organisation');
    return { cite: c.cite, note: c.note, value, text: c.label ?? fill(t('以{}身份申请', 'Applying as {}'), who), missing, unknownParams };
  }
  let words: { text: TextT; detail: TextT } | undefined;
  const write = () => (words ??= comparisonWords(c, ctx));
  return {
    value,
    get text() { return write().text; },
    get detail() { return write().detail; },
    cite: c.cite,
    note: c.note,
    missing,
    unknownParams,
  };
}

function joinRange(parts: TextT[]): TextT {
  return t(parts.map((p) => p.zh).join('、'), parts.map((p) => p.en).join(' and '));
}

/** A comparison in words, and what the answers (and parameters) gave. */
function comparisonWords(c: Condition, ctx: Context): { text: TextT; detail: TextT } {
  const factId = (c.fact ?? c.age)!;
  const fact = factOf(ctx, factId);
  const answer = answerOf(ctx, factId);
  const { op, operand } = comparatorOf(c);
  const rhs = resolveOperand(operand, ctx);
  const given = ctx.given.get(factId);
  const details = [
    given != null && answer === undefined
      ? t('回答无效，按未回答处理', 'Invalid answer, treated as unanswered')
      : describeAnswer(fact, given === null ? null : answer, c.age !== undefined ? ctx.asOf : undefined),
  ];
  const more = operandDetail(operand, rhs, ctx);
  if (more) details.push(more);
  return { text: c.label ?? describeComparison(c.age !== undefined, fact, op, operand, rhs, ctx), detail: join(details, '；', '; ') };
}

/** What a parameter operand stands at on the evaluation date, or the date a moved date fact comes to. */
function operandDetail(operand: unknown, rhs: Resolved, ctx: Context): TextT | undefined {
  if (!operand || typeof operand !== 'object' || Array.isArray(operand)) return undefined;
  if ('param' in operand && typeof operand.param === 'string') {
    const p = ctx.ruleset.parameters[operand.param]!;
    const state = parameterState(ctx, p);
    if (!state.known) return undefined;
    return state.entry && state.entry.value !== null ? describeParameterValue(p, state.entry, ctx.ruleset.sources) : describeUnknownParameter(p);
  }
  if ('plus' in operand && operand.plus && typeof rhs.value === 'string') return t(`即 ${rhs.value}`, `i.e. ${rhs.value}`);
  return undefined;
}
