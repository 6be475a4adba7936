/**
 * The conversation's shape from the facts' own data: which answers follow from others (`derivedFrom`, a gate's
 * `otherwise`) and which question to ask for a fact that is still open (its gate first; a derived fact's source).
 */
import type { AnswerValueT, Answers, FactT } from './types.ts';
import type { FactGateT } from './schema-gates.ts';
import { hasAnswer } from './own-keys.ts';

/** The multiple choice a ticked-box fact follows from (`derivedFrom.includes`), if it is one. */
export function tickedSource(f: FactT | undefined): string | undefined {
  return f?.derivedFrom && 'includes' in f.derivedFrom ? f.derivedFrom.includes.fact : undefined;
}

/** The answers a fact's own answer can follow from: its gate, the box it is ticked in, or the answer it copies and
 * the gate of the copy. */
export function upstreamOf(f: FactT | undefined): string[] {
  const copy = f?.derivedFrom && 'sameAs' in f.derivedFrom ? [f.derivedFrom.sameAs.fact, f.derivedFrom.sameAs.when.fact] : [];
  return [tickedSource(f), f?.onlyIf?.fact, ...copy].filter((x): x is string => x !== undefined);
}

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
  const from = f.derivedFrom;
  if (from && 'includes' in from) {
    const src = valid.get(from.includes.fact);
    return Array.isArray(src) ? src.includes(from.includes.option) : undefined;
  }
  if (from) {
    const gate = valid.get(from.sameAs.when.fact);
    return gate !== undefined && passes(from.sameAs.when, gate) ? valid.get(from.sameAs.fact) : undefined;
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
  const ticked = tickedSource(f);
  // A ticked-box fact is never asked, so a "don't know" given to it (an older draft) sends the question to its source.
  if (!f || depth > 8 || valid.has(id) || (hasAnswer(answers, id) && ticked === undefined)) return undefined;
  if (f.derivedFrom && 'sameAs' in f.derivedFrom) return copyQuestion(facts, answers, valid, id, f.derivedFrom.sameAs, depth);
  if (f.askAfter !== undefined && !hasAnswer(answers, f.askAfter) && !valid.has(f.askAfter)) {
    const first = questionFor(facts, answers, valid, f.askAfter, depth + 1);
    if (first !== undefined) return first;
  }
  const upstream = ticked ?? f.onlyIf?.fact;
  if (upstream === undefined) return id;
  const gate = valid.get(upstream);
  if (gate !== undefined) return f.derivedFrom ? undefined : passes(f.onlyIf!, gate) ? id : undefined;
  // Unknown upstream: ask it, unless it was already answered "don't know" (or is itself settled upstream).
  return questionFor(facts, answers, valid, upstream, depth + 1);
}

/** The question for a fact that copies another's answer: the gate only when there is an answer to copy (so an
 * organisation asked about alone never hears "is it the business you founded?"), then the source while it is open,
 * else the fact itself. */
function copyQuestion(facts: Map<string, FactT>, answers: Answers, valid: Map<string, AnswerValueT>, id: string, from: { fact: string; when: FactGateT }, depth: number): string | undefined {
  const gate = valid.get(from.when.fact);
  if (gate === undefined) return valid.has(from.fact) ? (questionFor(facts, answers, valid, from.when.fact, depth + 1) ?? id) : id;
  if (!passes(from.when, gate)) return id;
  return questionFor(facts, answers, valid, from.fact, depth + 1) ?? id;
}
