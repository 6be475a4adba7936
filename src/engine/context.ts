/** What one evaluation reads from: the ruleset's lookups, the answers and the evaluation date. */
import type { AnswerValueT, Answers, ApplicantKindT, FactT, ParameterT, Ruleset, TextT } from './types.ts';
import { checkAnswer } from './answers.ts';
import { deriveAnswers } from './gates.ts';
import { compiled } from './compiled.ts';

export interface Context {
  ruleset: Ruleset;
  facts: Map<string, FactT>;
  /** The answers as given, "don't know" (null) included, for describing them: copies, since the texts are written
   * when first read, after the caller may have changed its own answers. */
  given: Map<string, AnswerValueT | null>;
  /** The given answers the fact catalogue accepts; anything else reads as unknown, never as true or false. */
  accepted: Map<string, AnswerValueT>;
  /** The accepted answers with what follows from them (`derivedFrom`, a closed gate's `otherwise`). */
  valid: Map<string, AnswerValueT>;
  asOf: string;
  /** Who the run asks for. */
  applicants: ApplicantKindT[];
  /** Whether amounts write their breakdown lines: only when a result's breakdown is read. */
  words: boolean;
}

/** Builds the lookups once per evaluation. */
export function makeContext(ruleset: Ruleset, answers: Answers, asOf: string, applicants: ApplicantKindT[]): Context {
  const { facts } = compiled(ruleset);
  const given = new Map<string, AnswerValueT | null>();
  const accepted = new Map<string, AnswerValueT>();
  // Own entries only (never a key inherited from Object.prototype), each list copied.
  for (const [id, raw] of Object.entries(answers)) {
    const v = Array.isArray(raw) ? [...raw] : raw;
    given.set(id, v);
    const fact = facts.get(id);
    if (fact && v !== null && v !== undefined && checkAnswer(fact, v) === undefined) accepted.set(id, v);
  }
  return { ruleset, facts, given, accepted, valid: derived(facts, accepted), asOf, applicants, words: false };
}

/** The context on another date with some answers given anew (each checked like any answer). */
export function contextOn(ctx: Context, asOf: string, changes: Map<string, AnswerValueT>): Context {
  if (changes.size === 0) return { ...ctx, asOf };
  const given = new Map(ctx.given);
  const accepted = new Map(ctx.accepted);
  // Answers nothing follows from, and that follow from nothing, change only themselves: no need to derive again.
  const alone = [...changes.keys()].every((id) => !compiled(ctx.ruleset).linked.has(id));
  const valid = alone ? new Map(ctx.valid) : undefined;
  for (const [id, v] of changes) {
    given.set(id, v);
    const fact = ctx.facts.get(id);
    if (fact && checkAnswer(fact, v) === undefined) {
      accepted.set(id, v);
      valid?.set(id, v);
    } else {
      accepted.delete(id);
      valid?.delete(id);
    }
  }
  return { ...ctx, given, accepted, valid: valid ?? derived(ctx.facts, accepted), asOf };
}

function derived(facts: Map<string, FactT>, accepted: Map<string, AnswerValueT>): Map<string, AnswerValueT> {
  const valid = new Map(accepted);
  deriveAnswers(facts, valid);
  return valid;
}

/** A line of an amount's breakdown, written only when the context asks for words. */
export function say(ctx: Context, line: () => TextT): TextT[] {
  return ctx.words ? [line()] : [];
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
