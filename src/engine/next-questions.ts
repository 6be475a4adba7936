/** Ranks the unanswered facts by how many items, and how much money, an answer can still settle. */
import type { Answers, ItemResult, NextQuestion, Ruleset } from './types.ts';
import { hasAnswer } from './own-keys.ts';

/** The money an open item puts at stake: its largest possible sum, or a range's width; 0 where unbounded or unstated. */
function stake(r: ItemResult): { status: number; amount: number } {
  const a = r.amount;
  const top = a.kind === 'exact' ? a.value : a.kind === 'range' ? a.max ?? a.min : a.kind === 'notStated' ? a.cap ?? 0 : 0;
  const width = a.kind === 'range' && a.max !== null ? a.max - a.min : 0;
  return { status: top, amount: width };
}

/**
 * Only facts that can still change some result are offered, and never one the user said they do not know.
 * Order: most items settled, then most money at stake, then the catalogue's order.
 */
export function rankQuestions(ruleset: Ruleset, results: ItemResult[], answers: Answers): NextQuestion[] {
  const acc = new Map<string, NextQuestion>();
  const add = (fact: string, item: string, money: number) => {
    if (hasAnswer(answers, fact)) return;
    const q = acc.get(fact) ?? { fact, items: [], money: 0 };
    if (!q.items.includes(item)) q.items.push(item);
    q.money += money;
    acc.set(fact, q);
  };
  for (const r of results) {
    const s = stake(r);
    for (const f of r.missing) add(f, r.id, s.status);
    for (const f of r.amountMissing) if (!r.missing.includes(f)) add(f, r.id, s.amount);
  }
  const order = new Map(ruleset.facts.map((f, i) => [f.id, i]));
  return [...acc.values()].sort((a, b) => b.items.length - a.items.length || b.money - a.money || order.get(a.fact)! - order.get(b.fact)!);
}
