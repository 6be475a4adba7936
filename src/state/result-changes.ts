/**
 * A compact record of each item's result, kept with a draft, and the shape of the comparison that tells a user which
 * results a rules update changed (result-compare.ts, loaded only when a draft or link from other rules is opened).
 * The amount is kept as a small JSON figure (no breakdown or sources), enough to say it again.
 */
import type { AmountBasisT, AmountResult, Evaluation, StatusT, TextT } from '../engine/index.ts';

/** An amount as a figure only: what is needed to write it in words. */
export type AmountFigure =
  | { kind: 'none' }
  | { kind: 'exact'; value: number; basis: AmountBasisT; maxPeriods?: number }
  | { kind: 'range'; min: number; max: number | null; basis: AmountBasisT; maxPeriods?: number }
  // capLabel is shown where present, but never saved: a reworded label is not a changed result.
  | { kind: 'notStated'; cap?: number; capLabel?: TextT; basis: AmountBasisT; maxPeriods?: number };

/** One item's result as saved: the shape of a draft's `results` entries. */
export interface ResultSnapshot {
  status: StatusT;
  amount: string;
}

/** An item whose status or amount differs between a draft's saved results and today's; `null` = no result then/now. */
export interface ResultChange {
  id: string;
  /** The item's name, or null when this ruleset no longer has the item. */
  name: TextT | null;
  before: { status: StatusT; amount: AmountFigure | null } | null;
  after: { status: StatusT; amount: AmountFigure } | null;
}

/** The figure of an amount, dropping what a comparison does not need. */
export function figureOf(a: AmountResult): AmountFigure {
  switch (a.kind) {
    case 'none':
      return { kind: 'none' };
    case 'exact':
      return { kind: 'exact', value: a.value, basis: a.basis, maxPeriods: a.maxPeriods };
    case 'range':
      return { kind: 'range', min: a.min, max: a.max, basis: a.basis, maxPeriods: a.maxPeriods };
    case 'notStated':
      return { kind: 'notStated', cap: a.cap, basis: a.basis, maxPeriods: a.maxPeriods };
  }
}

/** Every applicable item's status and amount; items not applicable to this applicant are left out to keep it small. */
export function snapshotResults(evaluation: Evaluation): Record<string, ResultSnapshot> {
  const out: Record<string, ResultSnapshot> = {};
  for (const r of evaluation.items) {
    if (r.status !== 'not-applicable') out[r.id] = { status: r.status, amount: JSON.stringify(figureOf(r.amount)) };
  }
  return out;
}

/** The results worth naming again on another device: items that can be applied for or are still to be confirmed. */
export function namedResults(evaluation: Evaluation): Record<string, ResultSnapshot> {
  const all = snapshotResults(evaluation);
  return Object.fromEntries(Object.entries(all).filter(([, r]) => r.status === 'eligible' || r.status === 'needs-info'));
}
