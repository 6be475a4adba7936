/**
 * The ruleset's texts loaded by need (issue 14): the app starts with the structure and the Chinese every page may show
 * (item names, labels); the questions' and result cards' words by audience, an item's own texts (summary, notes,
 * citations), the common texts with the sources' titles, the supports' lists, the sources' details and all the English
 * come in packs, each loaded once and put into the ruleset in place (src/ruleset-text/slots.ts). `revision` counts the
 * packs put in, so the evaluation (whose explanations quote these texts) is made again with them.
 * Without packs (tests, the CLI) the ruleset is already whole and everything is ready at once.
 */
import { batch, createModel, signal, type ReadonlySignal } from '@preact/signals';
import type { Ruleset } from '../engine/index.ts';
import { applyEn, applyZh, commonRoots, itemRoots, questionRoots, supportRoots, type CommonPack, type SourceDetails, type ZhEntry } from '../ruleset-text/slots.ts';

/** Loaders of the packs, as `virtual:ruleset-text` exports them. */
export interface TextPacks {
  en: () => Promise<{ default: (string | null)[] }>;
  common: () => Promise<{ default: CommonPack }>;
  support: () => Promise<{ default: ZhEntry[] }>;
  sources: () => Promise<{ default: SourceDetails }>;
  /** In the order of the ruleset's items. */
  items: (() => Promise<{ default: ZhEntry[] }>)[];
  /** The questions' Chinese and the words of the items' cards in groups: per fact (ruleset order) its group, -1 when the
   * ruleset holds it; per item its group; per audience the groups of every question and card it can be shown. */
  facts: { load: (() => Promise<{ default: ZhEntry[] }>)[]; of: number[]; items: number[]; audiences: Record<string, number[]> };
}

export interface TextsOptions {
  /** Null (the default): the ruleset holds every text already. */
  packs?: TextPacks | null;
  /** A pack could not be loaded or does not fit: this page's files are out of date (a new version replaced them). */
  onStaleCode?: () => void;
}

export const TextsModel = createModel((ruleset: Ruleset, options: TextsOptions = {}) => {
  const { packs = null, onStaleCode } = options;
  const revision = signal(0);
  const items = new Map(ruleset.items.map((item, index) => [item.id, { item, index }]));
  const factGroup = new Map(ruleset.facts.map((f, i) => [f.id, packs?.facts.of[i] ?? -1]));
  /** The groups of question texts these facts and audiences need (ids of neither are skipped). */
  const groupsFor = (facts: readonly string[], audiences: readonly string[]) => {
    const wanted = new Set(facts.map((id) => factGroup.get(id) ?? -1));
    for (const a of audiences) for (const g of (packs && Object.hasOwn(packs.facts.audiences, a) ? packs.facts.audiences[a] : undefined) ?? []) wanted.add(g);
    wanted.delete(-1);
    return [...wanted];
  };
  /** Packs in place: 'en', 'common', 'support', 'sources', 'item:<id>', 'facts:<group>'; '*' when the ruleset came whole. */
  const loaded = signal<ReadonlySet<string>>(new Set(packs ? [] : ['*']));
  const loading = new Map<string, Promise<void>>();

  /** Loads one pack (once), puts it in, and counts it; a failure is told, and a later call tries again. */
  function load<T>(key: string, get: () => Promise<{ default: T }>, put: (pack: T) => boolean): Promise<void> {
    if (!packs || loaded.value.has(key)) return Promise.resolve();
    let p = loading.get(key);
    if (!p) {
      const attempt = (p = (async () => {
        const m = await get();
        if (!put(m.default)) throw new Error(`the text pack ${key} does not fit these rules`);
        batch(() => {
          loaded.value = new Set(loaded.value).add(key);
          revision.value++;
        });
      })());
      loading.set(key, attempt);
      attempt.catch(() => {
        if (loading.get(key) === attempt) loading.delete(key);
        onStaleCode?.();
      });
    }
    return p;
  }

  const factGroups = (groups: number[]) =>
    Promise.all(
      groups.map((g) =>
        load(`facts:${g}`, () => packs!.facts.load[g]!(), (pack) => applyZh(questionRoots(ruleset, packs!.facts, g), pack)),
      ),
    ).then(() => undefined);

  const common = () =>
    load('common', () => packs!.common(), (pack) => {
      if (!applyZh(commonRoots(ruleset), pack.slots)) return false;
      Object.assign(ruleset.sources, pack.sources);
      return true;
    });
  /** The sources' dates, addresses and notes, into the sources the common pack named (every one, or nothing changes). */
  const addDetails = (pack: SourceDetails) => {
    const ids = Object.keys(pack);
    if (ids.length !== Object.keys(ruleset.sources).length || !ids.every((id) => Object.hasOwn(ruleset.sources, id))) return false;
    for (const id of ids) Object.assign(ruleset.sources[id]!, pack[id]);
    return true;
  };

  return {
    /** Counts the packs put into the ruleset: read it where texts are shown or quoted, to follow them. */
    revision: revision as ReadonlySignal<number>,
    /** The packs in place ('en', 'common', 'support', 'sources', 'item:<id>'; '*': the ruleset came whole); read through
     * textsReady(). */
    loaded: loaded as ReadonlySignal<ReadonlySet<string>>,
    /** Loads the English of every text, and every question's Chinese (a text without English shows its Chinese); the
     * language switch waits for it. */
    loadEnglish(): Promise<void> {
      if (!packs) return Promise.resolve();
      return Promise.all([factGroups(packs.facts.load.map((_, g) => g)), load('en', () => packs.en(), (pack) => applyEn(ruleset, pack))]).then(() => undefined);
    },
    /**
     * Loads the texts of the questions these audiences can be asked and of these facts (answers opened from a draft or
     * a link). The page shows a question, or an answer, once factsReady says its texts are in.
     */
    loadFacts(facts: readonly string[], audiences: readonly string[]): Promise<void> {
      return factGroups(groupsFor(facts, audiences));
    },
    /** Whether the texts of these facts and of every question of these audiences are in, reactively. */
    factsReady(facts: readonly string[], audiences: readonly string[]): boolean {
      const have = loaded.value;
      return have.has('*') || groupsFor(facts, audiences).every((g) => have.has(`facts:${g}`));
    },
    /** Loads the common texts (About, definitions' and parameters' notes, materials) with the sources' titles. */
    loadCommon(): Promise<void> {
      return common();
    },
    /** Loads the supports without an amount and the programmes not covered (their lists, when unfolded), with the
     * sources' titles their basis lines name (common). */
    loadSupport(): Promise<void> {
      return Promise.all([common(), load('support', () => packs!.support(), (pack) => applyZh(supportRoots(ruleset), pack))]).then(() => undefined);
    },
    /** Loads the source list entire: the sources' titles (common), then their dates, addresses and notes (About's
     * list, when unfolded). */
    loadSources(): Promise<void> {
      return common().then(() => load('sources', () => packs!.sources(), addDetails));
    },
    /**
     * Loads the texts an item's opened explanation, About entry or checklist block shows (and the sources they cite).
     * Unknown ids are skipped. The results UI awaits this (or reads itemsReady) before rendering an opened explanation.
     */
    loadItems(ids: string[]): Promise<void> {
      const wanted = ids.filter((id) => items.has(id));
      return Promise.all([
        common(),
        ...wanted.map(async (id) => {
          const { item, index } = items.get(id)!;
          // Its card's words (its group) first: a pack fills the texts still empty, so the two must not cross.
          if (packs) await factGroups([packs.facts.items[index]!]);
          return load(`item:${id}`, () => packs!.items[index]!(), (pack) => applyZh(itemRoots(item), pack));
        }),
      ]).then(() => undefined);
    },
  };
});

/** One texts model instance. */
export type TextsState = InstanceType<typeof TextsModel>;

/**
 * Whether texts are in place, reactively (a component or computed reading it follows them; the model's own methods run
 * untracked): the English (`'en'`), the common texts (`'common'`), the supports' lists (`'support'`), the source list
 * (`'sources'`), these items' own texts with the sources they cite (item ids), or the words of these facts and of
 * every question of these audiences.
 */
export function textsReady(texts: TextsState, ...needs: ('en' | 'common' | 'support' | 'sources' | { items: string[] } | { facts: string[]; audiences: string[] })[]): boolean {
  const have = texts.loaded.value;
  if (have.has('*')) return true;
  return needs.every((n) =>
    typeof n === 'string' ? have.has(n) : 'items' in n ? have.has('common') && n.items.every((id) => have.has(`item:${id}`)) : texts.factsReady(n.facts, n.audiences),
  );
}
