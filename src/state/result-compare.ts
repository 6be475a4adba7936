/**
 * Which results a rules update changed, between a draft's (or a hand-off link's) saved snapshot and today's evaluation.
 * Only opening a draft or link saved under other rules needs it: it loads with the drafts' storage, or with the link.
 */
import type { AmountBasisT, Evaluation, Ruleset } from '../engine/index.ts';
import { snapshotResults, type AmountFigure, type ResultChange, type ResultSnapshot } from './result-changes.ts';

const BASES: readonly string[] = ['once', 'total', 'per-month', 'per-year'] satisfies AmountBasisT[];

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
