/**
 * Lookups by keys that come from outside — fact ids in an answers file or a draft, where JSON.parse makes even
 * "__proto__" an own key. Only an object's own keys count: `"constructor" in {}` is true and `({}).constructor` is a
 * function, through Object.prototype, so `in` and plain indexing would read such a key as answered.
 */
import type { AnswerValueT, Answers } from './types.ts';

/** The value of an own key, or undefined: never one inherited from Object.prototype. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Whether the fact has been answered, with a value or "don't know" (null). */
export function hasAnswer(answers: Answers, id: string): boolean {
  return Object.hasOwn(answers, id);
}

/** The answer as given: a value, null for "don't know", or undefined when the fact has not been asked. */
export function givenAnswer(answers: Answers, id: string): AnswerValueT | null | undefined {
  return ownValue(answers, id);
}

/** A copy of the answers with one more (or a changed) answer, as an own key even for "__proto__". */
export function withAnswer(answers: Answers, id: string, value: AnswerValueT | null): Answers {
  // A computed key in a literal defines an own property; `copy[id] = value` would set the prototype for "__proto__".
  return { ...answers, [id]: value };
}
