/** What one evaluation reads from: the ruleset's lookups, the answers and the evaluation date. */
import type { AnswerValueT, Answers, FactT, ParameterT, Ruleset } from './types.ts';
import { checkAnswer } from './answers.ts';

export interface Context {
  ruleset: Ruleset;
  facts: Map<string, FactT>;
  /** The answers as given (for describing them). */
  answers: Answers;
  /** Only the answers the fact catalogue accepts: anything else reads as unknown, never as true or false. */
  valid: Map<string, AnswerValueT>;
  asOf: string;
}

/** Builds the lookups once per evaluation. */
export function makeContext(ruleset: Ruleset, answers: Answers, asOf: string): Context {
  const facts = new Map(ruleset.facts.map((f) => [f.id, f]));
  const valid = new Map<string, AnswerValueT>();
  for (const [id, v] of Object.entries(answers)) {
    const fact = facts.get(id);
    if (fact && v !== null && v !== undefined && checkAnswer(fact, v) === undefined) valid.set(id, v);
  }
  return { ruleset, facts, answers, valid, asOf };
}

/** The fact's definition; the build guarantees every referenced id exists. */
export function factOf(ctx: Context, id: string): FactT {
  const f = ctx.facts.get(id);
  if (!f) throw new Error(`unknown fact ${id}`);
  return f;
}

/** The answer if it is a valid one; anything else reads as unknown. */
export function answerOf(ctx: Context, id: string): AnswerValueT | undefined {
  return ctx.valid.get(id);
}

/** The parameter value in force on a date: the latest entry that starts on or before it. */
export function parameterValueAt(p: ParameterT, asOf: string): ParameterT['values'][number] | undefined {
  let found: ParameterT['values'][number] | undefined;
  for (const v of p.values) if (v.from <= asOf) found = v;
  return found;
}
