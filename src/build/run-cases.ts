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
  return { item: itemId, name: c.name, problems: compare(runCaseResult(ruleset, itemId, c), c.expect) };
}

/** The item's result for a case's answers, date and applicants (by default the item's own kind of applicant). */
export function runCaseResult(ruleset: Ruleset, itemId: string, c: Pick<CaseT, 'facts' | 'asOf' | 'applicants'>): ItemResult {
  const item = ruleset.items.find((i) => i.id === itemId)!;
  const evaluation = evaluate(ruleset, { answers: c.facts, asOf: c.asOf, applicants: c.applicants ?? (item.applicant === 'both' ? ['person', 'organisation'] : [item.applicant]) });
  return evaluation.items.find((x) => x.id === itemId)!;
}

/** What differs between a result and an expected one (empty when they agree). */
export function compareToExpected(r: ItemResult, expect: CaseT['expect']): string[] {
  return compare(r, expect);
}

/** An amount in a case report's words. */
export function describeAmount(a: AmountResult): string {
  return amountText(a);
}

/** Runs every case of every item. */
export function runAllCases(ruleset: Ruleset): CaseOutcome[] {
  return ruleset.items.flatMap((item) => (item.cases ?? []).map((c) => runCase(ruleset, item.id, c)));
}

function compare(r: ItemResult, expect: CaseT['expect']): string[] {
  const problems: string[] = [];
  if (r.status !== expect.status) problems.push(`status: expected ${expect.status}, got ${r.status}`);
  if (expect.amount !== undefined) {
    const want = expectedText(expect.amount);
    const named = typeof expect.amount === 'object' && 'notStated' in expect.amount && expect.amount.lastPublished !== undefined;
    const got = amountText(r.amount, named);
    if (got !== want) problems.push(`amount: expected ${want}, got ${got}`);
  }
  if (expect.missing !== undefined) {
    const got = [...new Set([...r.missing, ...r.amountMissing])].sort().join(', ');
    const want = [...expect.missing].sort().join(', ');
    if (got !== want) problems.push(`missing: expected [${want}], got [${got}]`);
  }
  if (expect.total !== undefined) {
    const got = r.amount.kind === 'exact' ? r.amount.over?.value : undefined;
    if (got !== expect.total) problems.push(`total: expected ${expect.total}, got ${got ?? 'none'}`);
  }
  if (expect.eligibleFrom !== undefined && r.eligibleFrom !== (expect.eligibleFrom ?? undefined)) {
    problems.push(`eligibleFrom: expected ${expect.eligibleFrom ?? 'none'}, got ${r.eligibleFrom ?? 'none'}`);
  }
  return problems;
}

function amountText(a: AmountResult, withLastPublished = false): string {
  switch (a.kind) {
    case 'none':
      return 'none';
    case 'exact':
      return String(a.value);
    case 'range':
      return `${a.min}–${a.max ?? '∞'}`;
    case 'notStated':
      return (a.cap === undefined ? 'not stated' : `not stated (cap ${a.cap})`) + (withLastPublished && a.lastPublished ? `, last published ${a.lastPublished.min}` : '');
  }
}

function expectedText(e: NonNullable<CaseT['expect']['amount']>): string {
  if (e === 'none') return 'none';
  if (typeof e === 'number') return String(e);
  // A case that does not name a last published figure does not check it.
  if ('notStated' in e) return (e.cap === undefined ? 'not stated' : `not stated (cap ${e.cap})`) + (e.lastPublished !== undefined ? `, last published ${e.lastPublished}` : '');
  return `${e.min}–${e.max ?? '∞'}`;
}
