/** Ranks the questions still worth asking: gates before their details, easy answers before ones to look up, then by
 * how many items, and how much money, an answer can still settle. */
import type { Answers, ItemResult, NextQuestion } from './types.ts';
import type { Context } from './context.ts';
import { questionFor } from './gates.ts';

/** The money an open item puts at stake: its largest possible sum, or a range's width; 0 where unbounded or unstated. */
function stake(r: ItemResult): { status: number; amount: number } {
  const a = r.amount;
  const top = a.kind === 'exact' ? a.value : a.kind === 'range' ? a.max ?? a.min : a.kind === 'notStated' ? a.cap ?? 0 : 0;
  const width = a.kind === 'range' && a.max !== null ? a.max - a.min : 0;
  return { status: top, amount: width };
}

/**
 * Only questions that can still change some result are offered, never one the user said they do not know, and never
 * a detail whose gate is closed or unknown: an open fact behind an unanswered gate (or derived from an unanswered
 * answer) counts for that gate, so "do you work flexibly?" comes before "which job?" and carries its items.
 * Order: questions a person can answer at once before ones to look up (`effort: lookup`), then most items settled,
 * then most money at stake, then the catalogue's order.
 */
export function rankQuestions(ctx: Context, results: ItemResult[], answers: Answers): NextQuestion[] {
  const acc = new Map<string, NextQuestion>();
  const add = (fact: string, item: string, money: number) => {
    const ask = questionFor(ctx.facts, answers, ctx.valid, fact);
    if (ask === undefined) return;
    const q = acc.get(ask) ?? { fact: ask, items: [], money: 0 };
    if (!q.items.includes(item)) q.items.push(item);
    q.money += money;
    acc.set(ask, q);
  };
  for (const r of results) {
    const s = stake(r);
    for (const f of r.missing) add(f, r.id, s.status);
    for (const f of r.amountMissing) if (!r.missing.includes(f)) add(f, r.id, s.amount);
  }
  const order = new Map(ctx.ruleset.facts.map((f, i) => [f.id, i]));
  const effort = (id: string) => (ctx.facts.get(id)?.effort === 'lookup' ? 1 : 0);
  return [...acc.values()].sort(
    (a, b) => effort(a.fact) - effort(b.fact) || b.items.length - a.items.length || b.money - a.money || order.get(a.fact)! - order.get(b.fact)!,
  );
}
