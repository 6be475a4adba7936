/** Ranks the questions still worth asking: gates before their details, easy answers before ones to look up, then by
 * how many items, and how much money, an answer can still settle. */
import type { Answers, ItemResult, NextQuestion } from './types.ts';
import type { Context } from './context.ts';
import { compiled } from './compiled.ts';
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
 * Order: questions a person can answer at once before ones to look up (`effort: lookup`), then those that can rule
 * out the most items on their own (a condition every way to eligibility needs: recognised as hard to employ before
 * the groups that are only one way in), then a follow-up whose lead question is answered (keeping the topic), then
 * most items settled, then most money at stake, then the catalogue's order.
 */
export function rankQuestions(ctx: Context, results: ItemResult[], answers: Answers): NextQuestion[] {
  const acc = new Map<string, NextQuestion>();
  const { byId, factOrder: order } = compiled(ctx.ruleset);
  const none = new Set<string>();
  const add = (fact: string, item: string, money: number, decisive: boolean) => {
    const ask = questionFor(ctx.facts, answers, ctx.valid, fact);
    if (ask === undefined) return;
    const q = acc.get(ask) ?? { fact: ask, items: [], money: 0, rulesOut: [] };
    if (!q.items.includes(item)) q.items.push(item);
    if (decisive && !q.rulesOut.includes(item)) q.rulesOut.push(item);
    q.money += money;
    acc.set(ask, q);
  };
  for (const r of results) {
    const s = stake(r);
    const decisive = r.status === 'needs-info' ? byId.get(r.id)!.decisive : none;
    for (const f of r.missing) add(f, r.id, s.status, decisive.has(f));
    for (const f of r.amountMissing) if (!r.missing.includes(f)) add(f, r.id, s.amount, false);
  }
  // A follow-up whose lead question is answered (the graduation date after "are you a graduate?") keeps the topic.
  const followUp = (id: string) => {
    const f = ctx.facts.get(id);
    const lead = f?.askAfter ?? f?.onlyIf?.fact;
    return lead !== undefined && ctx.valid.has(lead) ? 1 : 0;
  };
  const effort = (id: string) => (ctx.facts.get(id)?.effort === 'lookup' ? 1 : 0);
  return [...acc.values()].sort(
    (a, b) => effort(a.fact) - effort(b.fact) || b.rulesOut.length - a.rulesOut.length || followUp(b.fact) - followUp(a.fact) || b.items.length - a.items.length || b.money - a.money || order.get(a.fact)! - order.get(b.fact)!,
  );
}

/** How likely an answer is to keep an item open that it could rule out; 0.6 fits the persona interviews best
 * (test/unit/question-counts.test.ts prints estimate against questions actually asked). */
const KEEPS_OPEN = 0.6;

/**
 * An honest estimate of the questions still to come, for the progress line: not every open question (most are never
 * asked once an answer rules their items out), but each ranked question weighed by the chance that an item it
 * concerns is still open when its turn comes; an answer that can rule an item out keeps it open with KEEPS_OPEN.
 */
export function questionsLeft(next: readonly NextQuestion[]): number {
  const open = new Map<string, number>();
  let expected = 0;
  for (const q of next) {
    expected += 1 - q.items.reduce((none, id) => none * (1 - (open.get(id) ?? 1)), 1);
    for (const id of q.rulesOut) open.set(id, (open.get(id) ?? 1) * KEEPS_OPEN);
  }
  return next.length === 0 ? 0 : Math.max(1, Math.round(expected));
}
