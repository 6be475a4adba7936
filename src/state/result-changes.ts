/**
 * A compact record of each item's result, kept with a draft, and the comparison that tells a user which results a
 * rules update changed. The amount is kept as a small JSON figure (no breakdown or sources), enough to say it again.
 */
import type { AmountBasisT, AmountResult, Evaluation, Ruleset, StatusT, TextT } from '../engine/index.ts';

const BASES: readonly string[] = ['once', 'total', 'per-month', 'per-year'] satisfies AmountBasisT[];

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

/** The items whose status or amount moved from the saved snapshot to the current evaluation, in ruleset order.
 * The snapshot comes from a stored or imported draft: it is read as a Map, never by indexing a plain object.
 * `take` is how the snapshot was taken (a hand-off link keeps only the results worth naming). */
export function compareResults(
  ruleset: Ruleset,
  saved: Record<string, ResultSnapshot>,
  evaluation: Evaluation,
  take: (e: Evaluation) => Record<string, ResultSnapshot> = snapshotResults,
): ResultChange[] {
  const before = new Map(Object.entries(saved));
  const after = new Map(Object.entries(take(evaluation)));
  const items = new Map(ruleset.items.map((i) => [i.id, i]));
  const ids = [...new Set([...items.keys()].filter((id) => before.has(id) || after.has(id)).concat([...before.keys()]))];
  const changes: ResultChange[] = [];
  for (const id of ids) {
    const b = before.get(id);
    const a = after.get(id);
    if (b && a && b.status === a.status && b.amount === a.amount) continue;
    changes.push({
      id,
      name: items.get(id)?.name ?? null,
      before: b ? { status: b.status, amount: readFigure(b.amount) } : null,
      after: a ? { status: a.status, amount: JSON.parse(a.amount) as AmountFigure } : null,
    });
  }
  return changes;
}

/** A saved figure; null if it cannot be read (an imported file is checked for shape, not for this string's content). */
function readFigure(text: string): AmountFigure | null {
  try {
    const f = JSON.parse(text) as Record<string, unknown> | null;
    if (!f || typeof f !== 'object') return null;
    const ok =
      f.kind === 'none' ||
      (f.kind === 'exact' && typeof f.value === 'number') ||
      (f.kind === 'range' && typeof f.min === 'number' && (f.max === null || typeof f.max === 'number')) ||
      (f.kind === 'notStated' && (f.cap === undefined || typeof f.cap === 'number'));
    return ok && (f.kind === 'none' || BASES.includes(f.basis as string)) ? (f as unknown as AmountFigure) : null;
  } catch {
    return null;
  }
}
