/**
 * Interview steps as the page runs them: for each persona, evaluate with no answers, then ask the top question, answer
 * it from the persona (else "don't know") and evaluate again, the step before still in the engine's memory — until no
 * question is left. Each evaluate() is timed alone; the first of an interview (nothing to reuse yet) is kept apart.
 */
import { performance } from 'node:perf_hooks';
import { evaluate, withAnswer, type Answers, type Evaluation, type Ruleset } from '../../src/engine/index.ts';
import { PERSONAS } from '../e2e/personas.ts';

export interface StepTimes {
  /** After an answer. */
  times: number[];
  /** The first evaluation of each interview, before any answer. */
  first: number[];
  /** After each answer, the items whose result was computed again (not the same object as at the step before). */
  recomputed: number[];
}

/** Replays every persona's interview once, appending each step's time and recomputed items to `into`. */
export function replayPersonas(ruleset: Ruleset, into: StepTimes, limit = 200): number {
  let sink = 0;
  for (const p of PERSONAS) {
    const applicants = [...new Set((ruleset.audiences ?? []).filter((a) => p.audiences.includes(a.id)).map((a) => a.applicant))];
    let answers: Answers = {};
    let before: Evaluation | undefined;
    for (let step = 0; step < limit; step++) {
      const t0 = performance.now();
      const e = evaluate(ruleset, { answers, asOf: p.asOf, applicants, audiences: p.audiences });
      const time = performance.now() - t0;
      if (before) {
        into.times.push(time);
        into.recomputed.push(e.items.filter((r, i) => r !== before!.items[i]).length);
      } else into.first.push(time);
      before = e;
      const next = e.next[0];
      sink += e.items.length;
      if (!next) break;
      answers = withAnswer(answers, next.fact, Object.hasOwn(p.answers, next.fact) ? p.answers[next.fact]! : null);
    }
  }
  return sink;
}
