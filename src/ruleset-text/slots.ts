/**
 * The texts of the compiled ruleset as slots in a fixed order, shared by the build (src/build/split-ruleset.ts, which
 * takes texts out of the ruleset the app starts with and writes them into packs) and the browser (src/state/texts.ts,
 * which puts a pack back when it is needed). Both walk the same objects depth first, keys in their own order and
 * arrays by index, so a pack is a plain list of strings, with no paths. Pure: no signals, DOM or Node.
 */
import type { CitationT, Ruleset, SourceT, TextT } from '../engine/types.ts';

/** A text as the walk finds it: `zh` is '' while its words wait in a pack; `en` is set by the English pack. */
export type TextSlot = { zh: string; en?: string | null };
/** One entry of a Chinese pack: a text's words, or a citation's article or quote (0 for none). */
export type ZhEntry = string | 0;
/** What the common Chinese pack holds: its slots, and every source as a citation names it (title, document number and
 * kind, as Citation.tsx shows it); the sources' dates, addresses and notes wait for About's source list (SourceDetails). */
export interface CommonPack {
  slots: ZhEntry[];
  sources: Ruleset['sources'];
}
/** What the source list adds to each source the common pack names: its date, address and note. */
export type SourceDetails = Record<string, Pick<SourceT, 'date' | 'url' | 'note'>>;

/** { zh, en } and nothing else: a bilingual text (en may be missing in the app's copy until English is loaded). */
export function isText(v: unknown): v is TextSlot {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return typeof o.zh === 'string' && Object.keys(o).every((k) => k === 'zh' || k === 'en');
}

/** { source, article?, quote?, paraphrase? }: a citation. */
export function isCite(v: unknown): v is CitationT {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return typeof o.source === 'string' && Object.keys(o).every((k) => k === 'source' || k === 'article' || k === 'quote' || k === 'paraphrase');
}

/** What the walk calls for each text and citation, with its path from the root walked. */
export interface Visitor {
  text?(t: TextSlot, path: readonly (string | number)[]): void;
  cite?(c: CitationT, path: readonly (string | number)[]): void;
}

/** Visits every text and citation under `value`, in the one order the build and the browser share. */
export function eachSlot(value: unknown, visit: Visitor, path: (string | number)[] = []): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => eachSlot(v, visit, [...path, i]));
  } else if (isText(value)) {
    visit.text?.(value, path);
  } else if (isCite(value)) {
    visit.cite?.(value, path);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) eachSlot(v, visit, [...path, k]);
  }
}

/** Item fields whose texts stay in the ruleset the app starts with: the name (results, checklist, About, notices)
 * and the stacking rules (another item's explanation shows them). The rest of an item is filled by its audience's
 * question group (its card's words, ITEM_GROUP_FIELDS below), then by its own pack (summary, notes, citations). */
const ITEM_KEPT = new Set(['id', 'name', 'exclusions']);

/** The fields of one item that its Chinese pack fills, in walk order. */
export function itemPackFields(item: object): [string, unknown][] {
  return Object.entries(item).filter(([k]) => !ITEM_KEPT.has(k));
}

/** The parts of one item that its Chinese pack fills, in walk order. */
export function itemRoots(item: object): unknown[] {
  return itemPackFields(item).map(([, v]) => v);
}

/** The parts of the ruleset that the common Chinese pack fills (besides the sources), in walk order: what an opened
 * explanation, About and the checklist show. */
export function commonRoots(ruleset: Ruleset): unknown[] {
  return [ruleset.documents, ruleset.definitions, ruleset.parameters, ruleset.materials];
}

/** The parts the supports' pack fills, in walk order: the supports without an amount and the programmes not covered,
 * shown when a resident unfolds their lists (OtherSupport.tsx). */
export function supportRoots(ruleset: Ruleset): unknown[] {
  return [ruleset.services, ruleset.notCovered];
}

/** An item's fields whose words come with its audience's question group: what its result card and the engine's amount
 * and window lines say (its conditions, amount, office, when to apply). Only an audience's own items are ever shown
 * on a card, so a graduate never downloads an employer's. */
const ITEM_GROUP_FIELDS = ['conditions', 'amount', 'office', 'window'] as const;

/** The parts of the ruleset that question group `g` fills, in walk order: its facts, then its items' card fields (whose
 * notes and citations the items' own packs fill, after it). `of` and `items` give each fact's and item's group. */
export function questionRoots(ruleset: Ruleset, groups: { of: readonly number[]; items: readonly number[] }, g: number): unknown[] {
  return [ruleset.facts.filter((_, i) => groups.of[i] === g), ruleset.items.filter((_, i) => groups.items[i] === g).map((item) => ITEM_GROUP_FIELDS.map((k) => item[k]))];
}

/**
 * Puts a Chinese pack into its roots: each text still waiting ('') takes the next entry, each citation the next two
 * (article, quote). Returns false, changing nothing, when the pack does not fit (another build's pack).
 */
export function applyZh(roots: unknown[], pack: readonly ZhEntry[]): boolean {
  let n = 0;
  eachSlot(roots, { text: (t) => void (t.zh === '' && n++), cite: () => void (n += 2) });
  if (n !== pack.length) return false;
  let i = 0;
  eachSlot(roots, {
    text: (t) => {
      if (t.zh === '') t.zh = String(pack[i++]);
    },
    cite: (c) => {
      const [article, quote] = [pack[i++], pack[i++]];
      if (article) c.article = article;
      if (quote) c.quote = quote;
    },
  });
  return true;
}

/** The texts under `value`, in eachSlot's order; without eachSlot's paths, which the start-up would pay for at every
 * node of the ruleset on a slow phone (prepare). */
function textsUnder(value: unknown, out: TextSlot[]): TextSlot[] {
  if (Array.isArray(value)) for (const v of value) textsUnder(v, out);
  else if (isText(value)) out.push(value);
  else if (value !== null && typeof value === 'object' && !isCite(value)) for (const v of Object.values(value)) textsUnder(v, out);
  return out;
}

/** Every text of the ruleset, in walk order (the sources hold none). */
function allTexts(ruleset: Ruleset): TextSlot[] {
  const { sources: _sources, ...rest } = ruleset;
  return textsUnder(rest, []);
}

/** Puts the English pack into the ruleset; false, changing nothing, when it does not fit. */
export function applyEn(ruleset: Ruleset, pack: readonly (string | null)[]): boolean {
  const texts = allTexts(ruleset);
  if (texts.length !== pack.length) return false;
  texts.forEach((t, i) => (t.en = pack[i] ?? null));
  return true;
}

/** The English of every text, in walk order: what the English pack holds. */
export function englishOf(ruleset: Ruleset): (string | null)[] {
  return allTexts(ruleset).map((t) => t.en ?? null);
}

/** Makes the ruleset the app starts with a Ruleset: each text gets `en: null` until English is loaded. */
export function prepare(core: Ruleset): Ruleset {
  for (const t of allTexts(core)) if (!('en' in t)) (t as TextT).en = null;
  return core;
}
