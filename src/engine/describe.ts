/** Plain-words texts for conditions and answers, used where a condition carries no label of its own. */
import type { AnswerValueT, FactT, ParameterT, Ruleset, TextT } from './types.ts';
import { CONFIDENCE_WORDS } from './confidence-words.ts';
import type { Comparator, Resolved } from './truth.ts';
import type { Context } from './context.ts';
import { fullYears, type Span } from './dates.ts';
import { fill, join, num, t } from './text.ts';

const YES = t('是', 'yes');
const NO = t('否', 'no');

/** The label of a choice option, or the raw value where the fact has no such option. */
export function optionLabel(fact: FactT, value: string): TextT {
  return fact.options?.find((o) => o.value === value)?.label ?? t(value, value);
}

/** A span such as "24 个月" / "24 months". */
export function spanText(span: Span): TextT {
  const en = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (span.days) return t(`${span.days} 天`, en(span.days, 'day'));
  if (span.months) return t(`${span.months} 个月`, en(span.months, 'month'));
  return t(`${span.years} 年`, en(span.years ?? 0, 'year'));
}

/** A value in the fact's own terms: yes/no, a figure with its unit, a date, option labels. */
export function valueText(fact: FactT, v: AnswerValueT): TextT {
  if (typeof v === 'boolean') return v ? YES : NO;
  if (typeof v === 'number') return fact.unit ? fill(t('{} {}', '{} {}'), t(num(v), num(v)), fact.unit) : t(num(v), num(v));
  // English options are phrases, some with commas of their own: a semicolon keeps them apart.
  if (Array.isArray(v)) return v.length ? join(v.map((x) => optionLabel(fact, x)), '、', '; ') : t('（无）', '(none)');
  return fact.type === 'date' ? t(v, v) : optionLabel(fact, v);
}

/** What the user answered for a fact, or that they have not (or said they do not know). */
export function describeAnswer(fact: FactT, raw: AnswerValueT | null | undefined, ageOn?: string): TextT {
  if (raw === undefined) return t('尚未回答', 'Not answered yet');
  if (raw === null) return t('回答：不清楚', 'Answer: don’t know');
  const shown = valueText(fact, raw);
  if (ageOn && typeof raw === 'string') {
    const age = fullYears(raw, ageOn);
    return fill(t('回答：{}（评估日 {} 周岁）', 'Answer: {} (aged {} on the evaluation date)'), shown, t(String(age), String(age)));
  }
  return fill(t('回答：{}', 'Answer: {}'), shown);
}

/** Says a parameter has no known value on the evaluation date (the figure is then the office's to set). */
export function describeUnknownParameter(p: ParameterT): TextT {
  return t(`${p.label.zh}：评估日无已知数值`, p.label.en && `${p.label.en}: no known value on the evaluation date`);
}

/** Sources by their titles (ids mean nothing to a resident); an id not in `sources` is left out rather than shown raw. */
export function sourceTitles(sources: Ruleset['sources'], ids: readonly string[]): string[] {
  return ids.flatMap((id) => (Object.hasOwn(sources, id) ? [sources[id]!.title] : []));
}

/** A parameter value with its date, and how sure it is and where it comes from in words (sources by their titles). */
export function describeParameterValue(p: ParameterT, v: ParameterT['values'][number], sources: Ruleset['sources']): TextT {
  const titles = sourceTitles(sources, v.sources);
  const words = CONFIDENCE_WORDS[v.confidence];
  const named = titles.length > 0 ? t(`；来源：${titles.join('、')}`, `; source: ${titles.join(', ')}`) : t('', '');
  return fill(t(`{}：${num(v.value ?? 0)} {}（${v.from} 起，{}{}）`, `{}: ${num(v.value ?? 0)} {} (from ${v.from}, {}{})`), p.label, p.unit, words, named);
}

const TEMPLATES: Record<Comparator, TextT> = {
  eq: t('{}：{}', '{}: {}'),
  // The option quoted: "不是“在杭州，由其他用人单位缴纳”" is one option, not a sentence.
  ne: t('{}：不是“{}”', '{}: not “{}”'),
  lt: t('{} 低于 {}', '{} is below {}'),
  lte: t('{} 不超过 {}', '{} is at most {}'),
  gt: t('{} 超过 {}', '{} is above {}'),
  gte: t('{} 达到 {}', '{} is at least {}'),
  in: t('{} 为以下之一：{}', '{} is one of: {}'),
  notIn: t('{} 不属于：{}', '{} is none of: {}'),
  includes: t('{} 包括：{}', '{} includes: {}'),
  includesAny: t('{} 包括以下任一：{}', '{} includes any of: {}'),
  within: t('{} 在评估日前 {} 以内（含当日）', '{} falls within the {} before the evaluation date'),
  atLeastAgo: t('{} 距评估日已满 {}', '{} is at least {} before the evaluation date'),
  onOrBefore: t('{} 不晚于 {}', '{} is on or before {}'),
  onOrAfter: t('{} 不早于 {}', '{} is on or after {}'),
};

/** A comparison in words, e.g. "毕业时间 在评估日前 24 个月以内（含当日）". */
export function describeComparison(isAge: boolean, fact: FactT, op: Comparator, operand: unknown, rhs: Resolved, ctx: Context): TextT {
  const subject = isAge ? fill(t('年龄（按「{}」计算）', 'Age (from “{}”)'), fact.label) : fill(t('「{}」', '“{}”'), fact.label);
  return fill(TEMPLATES[op], subject, operandText(isAge, fact, op, operand, rhs, ctx));
}

function operandText(isAge: boolean, fact: FactT, op: Comparator, operand: unknown, rhs: Resolved, ctx: Context): TextT {
  if (op === 'within' || op === 'atLeastAgo') return spanText(operand as Span);
  if (Array.isArray(operand)) return join(operand.map((x: string) => optionLabel(fact, x)), '、', ', ');
  if (operand && typeof operand === 'object') {
    if ('param' in operand) {
      const p = ctx.ruleset.parameters[operand.param as string]!;
      return rhs.known ? fill(t('{}（{} {}）', '{} ({} {})'), p.label, t(num(rhs.value as number), num(rhs.value as number)), p.unit) : p.label;
    }
    if ('fact' in operand) {
      const other = fill(t('「{}」', '“{}”'), ctx.facts.get(operand.fact as string)!.label);
      return 'plus' in operand && operand.plus ? fill(t('{}后 {}', '{} + {}'), other, spanText(operand.plus as Span)) : other;
    }
  }
  if (isAge) return t(`${operand} 周岁`, `${operand}`);
  if (typeof operand === 'number') return valueText(fact, operand);
  if (typeof operand === 'boolean') return operand ? YES : NO;
  return fact.type === 'date' ? t(String(operand), String(operand)) : optionLabel(fact, String(operand));
}
