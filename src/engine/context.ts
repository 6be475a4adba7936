/** What one evaluation reads from: the ruleset's lookups, the answers and the evaluation date. */
import type { AnswerValueT, Answers, FactT, ParameterT, Ruleset } from './types.ts';

export interface Context {
  ruleset: Ruleset;
  facts: Map<string, FactT>;
  answers: Answers;
  asOf: string;
}

/** Builds the lookups once per evaluation. */
export function makeContext(ruleset: Ruleset, answers: Answers, asOf: string): Context {
  return { ruleset, facts: new Map(ruleset.facts.map((f) => [f.id, f])), answers, asOf };
}

/** The fact's definition; the build guarantees every referenced id exists. */
export function factOf(ctx: Context, id: string): FactT {
  const f = ctx.facts.get(id);
  if (!f) throw new Error(`unknown fact ${id}`);
  return f;
}

/** The answer if it is present and of the fact's type; anything else reads as unknown. */
export function answerOf(ctx: Context, id: string): AnswerValueT | undefined {
  const v = ctx.answers[id];
  if (v === null || v === undefined) return undefined;
  return fitsType(factOf(ctx, id), v) ? v : undefined;
}

/** Whether a value has the shape a fact's type asks for (bounds are checked by `checkAnswers`). */
export function fitsType(fact: FactT, v: AnswerValueT): boolean {
  switch (fact.type) {
    case 'boolean':
      return typeof v === 'boolean';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'date':
      return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
    case 'choice':
      return typeof v === 'string';
    case 'multi':
      return Array.isArray(v);
  }
}

/** The parameter value in force on a date: the latest entry that starts on or before it. */
export function parameterValueAt(p: ParameterT, asOf: string): ParameterT['values'][number] | undefined {
  let found: ParameterT['values'][number] | undefined;
  for (const v of p.values) if (v.from <= asOf) found = v;
  return found;
}
