/** Checks answers against the fact catalogue: the type, bounds, options and real dates each fact allows. */
import type { AnswerValueT, Answers, FactT, Ruleset, TextT } from './types.ts';
import { isRealDate } from './dates.ts';
import { num, t } from './text.ts';

/** A problem with one answer, in words for the person who typed it. */
export interface AnswerIssue {
  fact: string;
  message: TextT;
}

/** Every problem with a set of answers; an empty list means the engine can use them all. */
export function checkAnswers(ruleset: Ruleset, answers: Answers): AnswerIssue[] {
  const facts = new Map(ruleset.facts.map((f) => [f.id, f]));
  const issues: AnswerIssue[] = [];
  for (const [id, v] of Object.entries(answers)) {
    const fact = facts.get(id);
    if (!fact) issues.push({ fact: id, message: t(`没有名为 ${id} 的问题`, `There is no question called ${id}`) });
    else if (v !== null) {
      const m = checkAnswer(fact, v);
      if (m) issues.push({ fact: id, message: m });
    }
  }
  return issues;
}

/** The problem with one answer, or undefined when it is acceptable. */
export function checkAnswer(fact: FactT, v: AnswerValueT): TextT | undefined {
  if (!fitsType(fact, v)) return t(`应为${TYPE_ZH[fact.type]}`, `Expected ${TYPE_EN[fact.type]}`);
  if (fact.type === 'number') {
    const n = v as number;
    if (fact.min !== undefined && n < fact.min) return t(`不能小于 ${num(fact.min)}`, `Must not be less than ${num(fact.min)}`);
    if (fact.max !== undefined && n > fact.max) return t(`不能大于 ${num(fact.max)}`, `Must not be more than ${num(fact.max)}`);
    if (fact.integer && !Number.isInteger(n)) return t('应为整数', 'Must be a whole number');
  }
  if (fact.type === 'date' && (!isRealDate(v as string) || (v as string) < '1900-01-01')) return t('不是有效的日期', 'Not a valid date');
  // Checked for every answer at every evaluation: look the options up without building a set of them.
  if (fact.type === 'choice' && !isOption(fact, v as string)) return t('不是可选的选项', 'Not one of the options');
  if (fact.type === 'multi') {
    const xs = v as string[];
    if (xs.some((x) => !isOption(fact, x))) return t('包含不可选的选项', 'Contains a value that is not an option');
    if (new Set(xs).size !== xs.length) return t('选项重复', 'An option is repeated');
  }
  return undefined;
}

const TYPE_ZH: Record<FactT['type'], string> = { boolean: '是或否', date: '日期（YYYY-MM-DD）', number: '数字', choice: '一个选项', multi: '选项列表' };
const TYPE_EN: Record<FactT['type'], string> = { boolean: 'yes or no', date: 'a date (YYYY-MM-DD)', number: 'a number', choice: 'one option', multi: 'a list of options' };

function isOption(fact: FactT, x: string): boolean {
  return fact.options?.some((o) => o.value === x) === true;
}

/** Whether a value has the shape a fact's type asks for. */
function fitsType(fact: FactT, v: unknown): boolean {
  switch (fact.type) {
    case 'boolean':
      return typeof v === 'boolean';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'date':
      return typeof v === 'string';
    case 'choice':
      return typeof v === 'string';
    case 'multi':
      return Array.isArray(v) && v.every((x) => typeof x === 'string');
  }
}
