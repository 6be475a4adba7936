/**
 * Three-way merge of an interview changed in two places (two tabs, or a tab and the change it left pending when the
 * page went): from the common `base`, every fact `mine` changed wins, every other fact stays as `theirs` has it.
 * Nothing answered in either place is lost; where both changed the same fact, `mine` (the later write) wins.
 */
import { givenAnswer as own } from '../engine/index.ts';
import type { SavedSession } from './session.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The merged interview; `changed` lists the facts where `mine` replaced a different answer of `theirs`. */
export function mergeSessions(base: SavedSession, mine: SavedSession, theirs: SavedSession): SavedSession & { overridden: string[] } {
  const answers = new Map(Object.entries(theirs.answers));
  const overridden: string[] = [];
  for (const id of new Set([...Object.keys(base.answers), ...Object.keys(mine.answers)])) {
    const m = own(mine.answers, id);
    if (same(own(base.answers, id), m)) continue;
    if (answers.has(id) && !same(answers.get(id), m) && !same(answers.get(id), own(base.answers, id))) overridden.push(id);
    if (m === undefined) answers.delete(id);
    else answers.set(id, m);
  }
  return {
    // fromEntries defines own properties: an id such as "__proto__" cannot reach the prototype.
    answers: Object.fromEntries(answers),
    asOf: mine.asOf !== base.asOf ? mine.asOf : theirs.asOf,
    audiences: same(mine.audiences, base.audiences) ? theirs.audiences : mine.audiences,
    overridden,
  };
}
