/** Runs every item's own cases through the engine and says, per case, what differs from what it expects. */
import { evaluate } from '../engine/evaluate.ts';
import type { CaseT } from '../engine/schema.ts';
import type { AmountResult, ItemResult, Ruleset } from '../engine/types.ts';

export interface CaseOutcome {
  item: string;
  name: string;
  problems: string[];
}

/** Runs one case of one item. */
export function runCase(ruleset: Ruleset, itemId: string, c: CaseT): CaseOutcome {
  const item = ruleset.items.find((i) => i.id === itemId)!;
  const evaluation = evaluate(ruleset, { answers: c.facts, asOf: c.asOf, applicants: c.applicants ?? (item.applicant === 'both' ? ['person', 'organisation'] : [item.applicant]) });
  const r = evaluation.items.find((x) => x.id === itemId)!;
  return { item: itemId, name: c.name, problems: compare(r, c.expect) };
}

/** Runs every case of every item. */
export function runAllCases(ruleset: Ruleset): CaseOutcome[] {
  return ruleset.items.flatMap((item) => (item.cases ?? []).map((c) => runCase(ruleset, item.id, c)));
}

function compare(r: ItemResult, expect: CaseT['expect']): string[] {
  const problems: string[] = [];
  if (r.status !== expect.status) problems.push(`status: expected ${expect.status}, got ${r.status}`);
  if (expect.amount !== undefined) {
    const got = amountText(r.amount);
    const want = expectedText(expect.amount);
    if (got !== want) problems.push(`amount: expected ${want}, got ${got}`);
  }
  if (expect.missing !== undefined) {
    const got = [...new Set([...r.missing, ...r.amountMissing])].sort().join(', ');
    const want = [...expect.missing].sort().join(', ');
    if (got !== want) problems.push(`missing: expected [${want}], got [${got}]`);
  }
  if (expect.eligibleFrom !== undefined && r.eligibleFrom !== (expect.eligibleFrom ?? undefined)) {
    problems.push(`eligibleFrom: expected ${expect.eligibleFrom ?? 'none'}, got ${r.eligibleFrom ?? 'none'}`);
  }
  return problems;
}

function amountText(a: AmountResult): string {
  switch (a.kind) {
    case 'none':
      return 'none';
    case 'exact':
      return String(a.value);
    case 'range':
      return `${a.min}–${a.max ?? '∞'}`;
    case 'notStated':
      return a.cap === undefined ? 'not stated' : `not stated (cap ${a.cap})`;
  }
}

function expectedText(e: NonNullable<CaseT['expect']['amount']>): string {
  if (e === 'none') return 'none';
  if (typeof e === 'number') return String(e);
  if ('notStated' in e) return e.cap === undefined ? 'not stated' : `not stated (cap ${e.cap})`;
  return `${e.min}–${e.max ?? '∞'}`;
}
