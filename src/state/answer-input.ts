/**
 * Turns what a person typed or ticked into an answer the engine accepts, or says why it cannot.
 * Pure: the form keeps the raw text, so a rejected value stays on screen for the person to correct.
 */
import { checkAnswer } from '../engine/index.ts';
import type { AnswerValueT, FactT, TextT } from '../engine/index.ts';

/** The raw state of a question's input: text for number and date fields, the ticked values otherwise. */
export type Draft = string | string[];

/** Why a draft is not yet an answer: a form-level reason (worded by the UI) or the engine's own message. */
export type DraftProblem = { code: 'empty' | 'not-a-number' | 'bad-date' } | { code: 'rule'; message: TextT };

/** The parsed answer, or the problem with the draft. */
export type DraftResult = { ok: true; value: AnswerValueT } | { ok: false; problem: DraftProblem };

/** The draft that shows an existing answer (or none) in the question's input. */
export function draftOf(fact: FactT, value: AnswerValueT | null | undefined): Draft {
  if (fact.type === 'multi') return Array.isArray(value) ? value : [];
  if (value === null || value === undefined) return '';
  return String(value);
}

// Full-width digits and separators are common in Chinese input methods; accept them rather than reject.
function normaliseNumber(s: string): string {
  return s
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[．。]/g, '.')
    .replace(/[－—–]/g, '-')
    .replace(/[\s,，]/g, '');
}

function parse(fact: FactT, draft: Draft): DraftResult {
  const fail = (code: 'empty' | 'not-a-number' | 'bad-date'): DraftResult => ({ ok: false, problem: { code } });
  if (fact.type === 'multi') return { ok: true, value: Array.isArray(draft) ? draft : [] };
  const s = typeof draft === 'string' ? draft.trim() : '';
  if (s === '') return fail(fact.type === 'date' ? 'bad-date' : 'empty');
  if (fact.type === 'boolean') return s === 'true' || s === 'false' ? { ok: true, value: s === 'true' } : fail('empty');
  if (fact.type === 'number') {
    const t = normaliseNumber(s);
    return /^-?\d+(\.\d+)?$/.test(t) ? { ok: true, value: Number(t) } : fail('not-a-number');
  }
  if (fact.type === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(s) ? { ok: true, value: s } : fail('bad-date');
  return { ok: true, value: s };
}

/** Parses a draft and checks it against the fact's type, bounds, options and real dates. */
export function readDraft(fact: FactT, draft: Draft): DraftResult {
  const r = parse(fact, draft);
  if (!r.ok) return r;
  const message = checkAnswer(fact, r.value);
  return message ? { ok: false, problem: { code: 'rule', message } } : r;
}
