/**
 * The conversation's shape from the facts' own data: which answers follow from others (`derivedFrom`, a gate's
 * `otherwise`) and which question to ask for a fact that is still open (its gate first; a derived fact's source).
 */
import type { AnswerValueT, Answers, FactT } from './types.ts';
import type { FactGateT } from './schema-gates.ts';
import { hasAnswer } from './own-keys.ts';

/** Whether a known answer passes a gate. */
export function passes(gate: FactGateT, value: AnswerValueT): boolean {
  if (gate.eq !== undefined) return value === gate.eq;
  if (gate.in !== undefined) return typeof value === 'string' && gate.in.includes(value);
  return Array.isArray(value) && value.includes(gate.includes!);
}

/** Adds to `valid` (answers the catalogue accepts) what follows from them: a derived fact from its source, a gated
 * fact's `otherwise` once its gate is answered otherwise. What follows wins over an answer given to the fact itself
 * (an older draft, a policy case), so adding answers never unsettles a result; without the source, the given one holds. */
export function deriveAnswers(facts: Map<string, FactT>, valid: Map<string, AnswerValueT>): void {
  // A derived fact may gate another (apprentice type after "runs apprenticeships", itself a ticked box): repeat
  // until nothing changes; the chain is as long as the longest gate chain, a few facts at most.
  for (let changed = true, rounds = 0; changed && rounds < 10; rounds++) {
    changed = false;
    for (const f of facts.values()) {
      const v = derivedValue(f, valid);
      if (v !== undefined && valid.get(f.id) !== v) {
        valid.set(f.id, v);
        changed = true;
      }
    }
  }
}

function derivedValue(f: FactT, valid: Map<string, AnswerValueT>): AnswerValueT | undefined {
  if (f.derivedFrom) {
    const src = valid.get(f.derivedFrom.includes.fact);
    return Array.isArray(src) ? src.includes(f.derivedFrom.includes.option) : undefined;
  }
  if (f.onlyIf && f.otherwise !== undefined) {
    const gate = valid.get(f.onlyIf.fact);
    if (gate !== undefined && !passes(f.onlyIf, gate)) return f.otherwise;
  }
  return undefined;
}

/**
 * The question to ask for an open fact: the fact itself once its gate is passed; its gate (or a derived fact's
 * source) while that is unanswered; none once the user said "don't know" there or the gate is closed.
 */
export function questionFor(facts: Map<string, FactT>, answers: Answers, valid: Map<string, AnswerValueT>, id: string, depth = 0): string | undefined {
  const f = facts.get(id);
  // A derived fact is never asked, so a "don't know" given to it (an older draft) sends the question to its source.
  if (!f || depth > 8 || valid.has(id) || (hasAnswer(answers, id) && !f.derivedFrom)) return undefined;
  if (f.askAfter !== undefined && !hasAnswer(answers, f.askAfter) && !valid.has(f.askAfter)) {
    const first = questionFor(facts, answers, valid, f.askAfter, depth + 1);
    if (first !== undefined) return first;
  }
  const upstream = f.derivedFrom?.includes.fact ?? f.onlyIf?.fact;
  if (upstream === undefined) return id;
  const gate = valid.get(upstream);
  if (gate !== undefined) return f.derivedFrom ? undefined : passes(f.onlyIf!, gate) ? id : undefined;
  // Unknown upstream: ask it, unless it was already answered "don't know" (or is itself settled upstream).
  return questionFor(facts, answers, valid, upstream, depth + 1);
}
