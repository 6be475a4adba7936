/**
 * Each item's last result, per ruleset, with what it was computed from: the answers (as given, and as the engine reads
 * them: accepted, with what follows from them) of every fact it reads, the date, the applicants and whether it applies. When none of these changed,
 * the next evaluation hands back the same result object — an interview step re-evaluates only the items its answer
 * touches, and a page can tell an unchanged card by identity.
 */
import type { ItemResult, Ruleset } from './types.ts';
import type { CompiledItem } from './compiled.ts';
import type { Context } from './context.ts';

interface Remembered {
  on: string;
  /** Per fact read: the answer as given, then as read (`Context.valid`). */
  inputs: unknown[];
  result: ItemResult;
}

const memory = new WeakMap<Ruleset, Map<string, Remembered>>();

/** The item's result: the one remembered if its inputs are unchanged, else `compute()`'s, remembered. */
export function reuseOr(c: CompiledItem, ctx: Context, applies: boolean, compute: () => ItemResult): ItemResult {
  let items = memory.get(ctx.ruleset);
  if (!items) memory.set(ctx.ruleset, (items = new Map()));
  const on = `${ctx.asOf} ${ctx.applicants.join(',')} ${applies}`;
  const last = items.get(c.item.id);
  if (last && last.on === on && unchanged(c.reads, ctx, last.inputs)) return last.result;
  const inputs: unknown[] = [];
  for (const id of c.reads) inputs.push(ctx.given.get(id), ctx.valid.get(id));
  const result = compute();
  items.set(c.item.id, { on, inputs, result });
  return result;
}

function unchanged(reads: string[], ctx: Context, inputs: unknown[]): boolean {
  for (let i = 0; i < reads.length; i++) {
    if (!same(ctx.given.get(reads[i]!), inputs[2 * i]) || !same(ctx.valid.get(reads[i]!), inputs[2 * i + 1])) return false;
  }
  return true;
}

/** Equal answers: the same value, or lists of the same values (the context's answers are its own copies). */
function same(a: unknown, b: unknown): boolean {
  return a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]));
}
