/**
 * The printable application checklist as data: for the items a person chose to apply for, what each pays, where and
 * when to apply, the documents to bring (merged across items), the answers the results rest on and how sure the rules
 * are. Pure: it reads the ruleset and an evaluation, never the DOM or the clock, and computes no policy itself.
 */
import type { Amount, Condition } from '../engine/schema.ts';
import type { AmountResult, WindowStatus, AnswerValueT, Answers, ConfidenceT, Evaluation, FactT, ItemResult, RuleItem, Ruleset, StatusT, TextT } from '../engine/types.ts';
import { LISTABLE } from './selection.ts';

/** One item on the checklist, with everything the counter needs to see about it. */
export interface ChecklistItem {
  id: string;
  /** 1-based, as the documents table refers to it. */
  number: number;
  name: TextT;
  status: StatusT;
  amount: AmountResult;
  office: { name: TextT | null; channels: { id: string; label: TextT }[]; note?: TextT };
  window: TextT | null;
  /** For a window the rules date: where the evaluation date stands against it (closes on…, opens on…, passed). */
  windowStatus?: WindowStatus;
  confidence: ConfidenceT;
  /** The amount's own confidence, when it has an amount. */
  amountConfidence: ConfidenceT | null;
  amountNote?: TextT;
  materials: { id: string; label: TextT }[];
  materialsNote?: TextT;
  /** Facts that would still settle the item or its amount (a needs-info item, or a range). */
  open: FactT[];
}

/** A document to bring, once, with the items that need it. */
export interface ChecklistDocument {
  id: string;
  label: TextT;
  items: string[];
}

/** An answer the chosen items rest on; `value: null` is "don't know". */
export interface ChecklistAnswer {
  fact: FactT;
  value: AnswerValueT | null;
  items: string[];
}

/** A confidence below "official", and the items whose rule or amount rests on it. */
export interface ChecklistConfidenceNote {
  confidence: ConfidenceT;
  items: string[];
}

/** The whole checklist. */
export interface Checklist {
  asOf: string;
  rulesVersion: string;
  rulesHash: string;
  items: ChecklistItem[];
  documents: ChecklistDocument[];
  answers: ChecklistAnswer[];
  confidenceNotes: ChecklistConfidenceNote[];
  /** Chosen items that the rules say cannot be combined: the applicant must pick one of each group. */
  conflicts: { items: string[] }[];
}

export { LISTABLE, defaultSelection } from './selection.ts';

/** Builds the checklist for the chosen items, in the evaluation's order; ids that are not listable are ignored. */
export function buildChecklist(ruleset: Ruleset, evaluation: Evaluation, answers: Answers, chosen: readonly string[]): Checklist {
  const rules = new Map(ruleset.items.map((i) => [i.id, i]));
  const facts = new Map(ruleset.facts.map((f) => [f.id, f]));
  const channels = new Map(ruleset.channels.map((c) => [c.id, c.label]));
  const results = evaluation.items.filter((r) => chosen.includes(r.id) && LISTABLE.includes(r.status));
  const items = results.map((r, i) => itemOf(r, rules.get(r.id)!, i + 1, channels, ruleset.materials, facts));
  return {
    asOf: evaluation.asOf,
    rulesVersion: evaluation.rulesetVersion,
    rulesHash: evaluation.rulesetHash,
    items,
    documents: documentsOf(items),
    answers: answersOf(results.map((r) => rules.get(r.id)!), ruleset, answers, facts),
    confidenceNotes: confidenceNotesOf(items),
    conflicts: evaluation.conflicts
      .map((c) => ({ items: items.filter((i) => c.items.includes(i.id)).map((i) => i.id) }))
      .filter((c) => c.items.length > 1),
  };
}

function itemOf(r: ItemResult, item: RuleItem, number: number, channels: Map<string, TextT>, materials: Record<string, TextT>, facts: Map<string, FactT>): ChecklistItem {
  return {
    id: r.id,
    number,
    name: item.name,
    status: r.status,
    amount: r.amount,
    office: {
      name: item.office.name,
      channels: item.office.channels.map((id) => ({ id, label: channels.get(id)! })),
      ...(item.office.note ? { note: item.office.note } : {}),
    },
    window: item.window?.text ?? null,
    ...(r.window ? { windowStatus: r.window } : {}),
    confidence: item.confidence,
    amountConfidence: item.amount?.confidence ?? null,
    ...(item.amount?.note ? { amountNote: item.amount.note } : {}),
    materials: item.materials.map((id) => ({ id, label: materials[id]! })),
    ...(item.materialsNote ? { materialsNote: item.materialsNote } : {}),
    open: [...new Set([...r.missing, ...r.amountMissing])].map((id) => facts.get(id)!),
  };
}

/** Each material once, most-needed first; ties keep the order of the items that first name them. */
function documentsOf(items: ChecklistItem[]): ChecklistDocument[] {
  const docs = new Map<string, ChecklistDocument>();
  for (const item of items) {
    for (const m of item.materials) {
      const doc = docs.get(m.id) ?? { id: m.id, label: m.label, items: [] };
      if (!doc.items.includes(item.id)) doc.items.push(item.id);
      docs.set(m.id, doc);
    }
  }
  return [...docs.values()].sort((a, b) => b.items.length - a.items.length);
}

/** The answers given (a value or "don't know") to facts the chosen items read, in the order they were answered. */
function answersOf(items: RuleItem[], ruleset: Ruleset, answers: Answers, facts: Map<string, FactT>): ChecklistAnswer[] {
  const readers = new Map<string, string[]>();
  for (const item of items) {
    for (const fact of factsRead(item, ruleset)) readers.set(fact, [...(readers.get(fact) ?? []), item.id]);
  }
  // Entries, not answers[id]: the answers come from a draft, and only their own keys count.
  return Object.entries(answers)
    .filter(([id]) => readers.has(id) && facts.has(id))
    .map(([id, value]) => ({ fact: facts.get(id)!, value: value ?? null, items: readers.get(id)! }));
}

/** Every fact an item's conditions and amount can read, through shared definitions and place-dependent parameters. */
export function factsRead(item: RuleItem, ruleset: Ruleset): Set<string> {
  const found = new Set<string>();
  const param = (id: string) => {
    const by = Object.hasOwn(ruleset.parameters, id) ? ruleset.parameters[id]!.by : undefined;
    if (by) found.add(by);
  };
  const operand = (x: unknown) => {
    if (x && typeof x === 'object' && !Array.isArray(x)) {
      if ('fact' in x) found.add(x.fact as string);
      if ('param' in x) param(x.param as string);
    }
  };
  const seenRefs = new Set<string>();
  const condition = (c: Condition): void => {
    if (c.fact) found.add(c.fact);
    if (c.age) found.add(c.age);
    for (const v of [c.eq, c.ne, c.lt, c.lte, c.gt, c.gte, c.onOrBefore, c.onOrAfter]) operand(v);
    [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])].forEach(condition);
    if (c.ref && !seenRefs.has(c.ref)) {
      seenRefs.add(c.ref);
      const def = Object.hasOwn(ruleset.definitions, c.ref) ? ruleset.definitions[c.ref] : undefined;
      if (def) condition(def.condition);
    }
  };
  const amount = (a: Amount): void => {
    if (a.fact) found.add(a.fact);
    if (a.param) param(a.param);
    if (a.lookup) found.add(a.lookup.fact);
    for (const s of a.switch ?? []) {
      condition(s.when);
      amount(s.then);
    }
    if (a.steps) amount(a.steps.count);
    if (a.brackets) [a.brackets.of, ...a.brackets.table.map((r) => r.amount)].forEach(amount);
    [a.of, a.else, a.cap, ...(a.times ?? []), ...(a.divide ?? []), ...(a.sum ?? []), ...(a.min ?? []), ...(a.max ?? [])].forEach((x) => x && amount(x));
  };
  condition(item.conditions);
  if (item.amount) amount(item.amount.rule);
  return found;
}

/** The confidences below "official" that the chosen items rest on, each with its items, least sure last. */
function confidenceNotesOf(items: ChecklistItem[]): ChecklistConfidenceNote[] {
  const order: ConfidenceT[] = ['official-old', 'secondary', 'inferred', 'unknown'];
  return order
    .map((confidence) => ({ confidence, items: items.filter((i) => i.confidence === confidence || i.amountConfidence === confidence).map((i) => i.id) }))
    .filter((n) => n.items.length > 0);
}
