/**
 * Splits the resident ruleset (forResidents(withoutCases(…))) into what the browser loads when (issue 14, bytes by
 * need). The app starts with `core`: the whole structure the engine evaluates, with the Chinese its every page may
 * show (item names, stacking rules, definitions' and parameters' labels). The rest waits in packs that
 * src/state/texts.ts puts back in place (src/ruleset-text/slots.ts):
 *  - one per item: its summary, notes, materials note and citations (article and quote), for its opened explanation,
 *    its About entry and the checklist;
 *  - common: the definitions' notes and citations, the parameters' notes, materials, the founding documents, and every
 *    source's title (what a citation shows);
 *  - support: the supports without an amount and the programmes not covered (their lists are folded until opened);
 *  - sources: the sources' dates, addresses and notes (About's source list, folded until opened);
 *  - facts: the questions' texts and the words of the items' result cards (conditions, amount, office, when to apply)
 *    in groups by audience (the groups an audience needs load when it is chosen, or when an answer to one of their
 *    questions is opened);
 *  - en: the English of every text, for the language switch.
 * Item `notes` (the authors' research remarks) and `area` (the folder an item's file sits in) are authoring-only, never
 * shown or read by the app: they are not shipped at all.
 */
import type { Ruleset } from '../engine/types.ts';
import { commonRoots, eachSlot, englishOf, itemPackFields, questionRoots, supportRoots, type CommonPack, type SourceDetails, type ZhEntry } from '../ruleset-text/slots.ts';
import { groupFacts, type FactGrouping } from './fact-groups.ts';

/** The ruleset the app starts with, and the packs that complete it. */
export interface SplitRuleset {
  core: Ruleset;
  en: (string | null)[];
  common: CommonPack;
  support: ZhEntry[];
  sources: SourceDetails;
  items: Record<string, ZhEntry[]>;
  /** The questions' Chinese (label, help, options) and the words of the items' cards, in groups by audience: a graduate
   * never downloads an employer's. */
  facts: FactGrouping & { packs: ZhEntry[][] };
}

type Path = readonly (string | number)[];

/** Item texts that only an opened explanation, About or the checklist shows. A note under `office` stays: a closed card
 * shows it where the office is unknown. */
function itemTextDeferred(path: Path): boolean {
  const key = path.at(-1);
  return key === 'summary' || key === 'materialsNote' || (key === 'note' && path.at(-2) !== 'office');
}

/** Common texts that wait: all of materials (index 3 of commonRoots), and the notes of definitions and parameters
 * (whose labels and units the engine writes into results). */
function commonTextDeferred(path: Path): boolean {
  return path[0] === 3 || path.at(-1) === 'note';
}

/**
 * Takes the deferred Chinese out of `root` (in place) into a pack; every citation gives its article and quote. The
 * walk visits what src/ruleset-text/slots.ts applyZh visits, in the same order.
 */
function takeOut(root: unknown, deferred: (path: Path) => boolean): ZhEntry[] {
  const pack: ZhEntry[] = [];
  eachSlot(root, {
    text: (t, path) => {
      if (!deferred(path)) return;
      pack.push(t.zh);
      t.zh = '';
    },
    cite: (c) => {
      pack.push(c.article ?? 0, c.quote ?? 0);
      delete c.article;
      delete c.quote;
    },
  });
  return pack;
}

/** An item's fields for its authors only: the browser never gets them. */
export const AUTHORING_ONLY = ['notes', 'area'] as const;

/** Splits a resident ruleset; the input is left as it was. */
export function splitRuleset(ruleset: Ruleset): SplitRuleset {
  const copy = structuredClone(ruleset);
  for (const item of copy.items) for (const field of AUTHORING_ONLY) delete (item as Partial<Record<string, unknown>>)[field];
  const en = englishOf(copy);
  // From here on `copy` becomes the core: no English, and the deferred Chinese moved into packs.
  eachSlot(copy, { text: (t) => void delete t.en });
  // Walked as { field: value } for the field names; the browser walks the same values as a list, in the same order.
  const items = Object.fromEntries(copy.items.map((item) => [item.id, takeOut(Object.fromEntries(itemPackFields(item)), itemTextDeferred)]));
  const slots = takeOut(commonRoots(copy), commonTextDeferred);
  const support = takeOut(supportRoots(copy), () => true);
  // A citation names its source by title, document number and kind: the rest waits for About's source list.
  const titles: Ruleset['sources'] = {};
  const sources: SourceDetails = {};
  for (const { date, url, note, ...title } of Object.values(copy.sources)) {
    titles[title.id] = title;
    sources[title.id] = { ...(date === undefined ? {} : { date }), ...(url === undefined ? {} : { url }), ...(note === undefined ? {} : { note }) };
  }
  const common: CommonPack = { slots, sources: titles };
  copy.sources = {};
  // A parameter's `by` fact keeps its texts: About lists the parameter's values by that fact's options.
  const grouping = groupFacts(copy, new Set(Object.values(copy.parameters).flatMap((p) => (p.by ? [p.by] : []))));
  const groups = Math.max(-1, ...grouping.of, ...grouping.items) + 1;
  // Every text of the roots: the conditions' notes, already in their items' packs, come as '' (the browser counts the
  // texts still empty), and an item's pack is put in after its group (src/state/texts.ts).
  const packs = Array.from({ length: groups }, (_, g) => takeOut(questionRoots(copy, grouping, g), () => true));
  return { core: copy, en, common, support, sources, items, facts: { ...grouping, packs } };
}
