/**
 * The amount invariant: an item never shows a sum below 0, nor above its cap — the most its rule gives before any
 * question is answered (on the same date, for the same applicants, with its own conditions bounding the facts).
 * For answers that meet the item's conditions the cap never binds (the interval arithmetic is sound); both limits
 * are there for answers outside them, where a formula may say nonsense (1000 × hires − 1000 for 0 hires). The data
 * should still state its floor (a bracket below the threshold): the limits are the backstop.
 */
import type { TextT } from './types.ts';
import type { AmountEval } from './amount.ts';
import { fill, t, yuan } from './text.ts';

/** The amount with its interval (and a stated amount's cap) kept within [0, cap]; a line says when a limit binds. */
export function withinLimits(e: AmountEval, cap: number): AmountEval {
  const top = Math.max(0, cap);
  const clamp = (x: number) => Math.min(Math.max(x, 0), top);
  const [lo, hi] = [clamp(e.lo), clamp(e.hi)];
  if (lo === e.lo && hi === e.hi) return e;
  const lines: TextT[] = [];
  if (e.lo < 0) lines.push(t('金额不低于 0 元', 'An amount is never below CNY 0'));
  if (e.hi > top && Number.isFinite(top)) lines.push(fill(t('不超过本项目的上限 {}', 'Not more than the item’s cap of {}'), yuan(top)));
  return { ...e, lo, hi, lines: [...e.lines, ...lines] };
}
