/** What one evaluation reads from: the ruleset's lookups, the answers and the evaluation date. */
import type { AnswerValueT, Answers, ApplicantKindT, FactT, ParameterT, Ruleset } from './types.ts';
import { checkAnswer } from './answers.ts';
import { deriveAnswers } from './gates.ts';

export interface Context {
  ruleset: Ruleset;
  facts: Map<string, FactT>;
  /** The answers as given (for describing them). */
  answers: Answers;
  /** Only the answers the fact catalogue accepts (anything else reads as unknown, never as true or false), with what
   * follows from them (`derivedFrom`, a closed gate's `otherwise`). */
  valid: Map<string, AnswerValueT>;
  asOf: string;
  /** Who the run asks for. */
  applicants: ApplicantKindT[];
}

/** Builds the lookups once per evaluation. */
export function makeContext(ruleset: Ruleset, answers: Answers, asOf: string, applicants: ApplicantKindT[]): Context {
  const facts = new Map(ruleset.facts.map((f) => [f.id, f]));
  const valid = new Map<string, AnswerValueT>();
  for (const [id, v] of Object.entries(answers)) {
    const fact = facts.get(id);
    if (fact && v !== null && v !== undefined && checkAnswer(fact, v) === undefined) valid.set(id, v);
  }
  deriveAnswers(facts, valid);
  return { ruleset, facts, answers, valid, asOf, applicants };
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

type ParameterValueT = ParameterT['values'][number];

/** The parameter value in force on a date (and, for a parameter that varies by place, in one place): the latest
 * entry that starts on or before the date and holds there. */
export function parameterValueAt(p: ParameterT, asOf: string, where?: string): ParameterValueT | undefined {
  let found: ParameterValueT | undefined;
  for (const v of p.values) if (v.from <= asOf && (!v.where || (where !== undefined && v.where.includes(where)))) found = v;
  return found;
}

/** A parameter as it stands for this evaluation: a value in force (possibly null = not known), or, when it varies by
 * an unanswered fact, the values it could take. */
export type ParameterState =
  | { known: true; entry: ParameterValueT | undefined }
  | { known: false; fact: string; candidates: (ParameterValueT | undefined)[] };

export function parameterState(ctx: Context, p: ParameterT): ParameterState {
  if (!p.by) return { known: true, entry: parameterValueAt(p, ctx.asOf) };
  const where = answerOf(ctx, p.by);
  if (typeof where === 'string') return { known: true, entry: parameterValueAt(p, ctx.asOf, where) };
  const options = factOf(ctx, p.by).options ?? [];
  return { known: false, fact: p.by, candidates: options.map((o) => parameterValueAt(p, ctx.asOf, o.value)) };
}
