/**
 * The rules engine's public API: facts in, results with explanations out.
 * Pure TypeScript: no DOM, storage, UI or clock; the evaluation date is always passed in.
 */
export { evaluate, type EvaluationInput } from './evaluate.ts';
export { checkAnswers, checkAnswer, type AnswerIssue } from './answers.ts';
export { hasAnswer, givenAnswer, withAnswer, ownValue } from './own-keys.ts';
export { addMonths, addDays, fullYears, isRealDate } from './dates.ts';
export { num, yuan } from './text.ts';
export { valueText, optionLabel, sourceTitles } from './describe.ts';
export { overText } from './over-period.ts';
export type * from './types.ts';
export type { Total } from './totals.ts';
export { amountShape, type AmountShape } from './rule-shape.ts';
export { servicesFor } from './services.ts';
export { questionsLeft } from './next-questions.ts';
export { warmUpSteps } from './warm-up.ts';
