/** Runs an interview through the engine alone, as the page does: ask the top question, answer it or say "don't know". */
import { evaluate, type Answers, type Evaluation, type Ruleset } from '../../src/engine/index.ts';

export interface Interview {
  asked: string[];
  answers: Answers;
  evaluation: Evaluation;
}

/** Answers each question from `known` (else null = "don't know") until the engine has none left. */
export function interview(ruleset: Ruleset, known: Record<string, Answers[string]>, audiences: string[], asOf: string, limit = 200): Interview {
  const applicants = [...new Set((ruleset.audiences ?? []).filter((a) => audiences.includes(a.id)).map((a) => a.applicant))];
  const answers: Answers = {};
  const asked: string[] = [];
  for (;;) {
    const evaluation = evaluate(ruleset, { answers, asOf, applicants, audiences });
    const next = evaluation.next[0];
    if (!next) return { asked, answers, evaluation };
    if (asked.length >= limit) throw new Error(`more than ${limit} questions`);
    asked.push(next.fact);
    answers[next.fact] = next.fact in known ? known[next.fact]! : null;
  }
}
