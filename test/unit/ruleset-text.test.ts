/**
 * Bytes by need (issue 14): the browser starts with part of the ruleset's texts and loads the rest in packs. Putting
 * every pack back must give the ruleset the build compiled, and the evaluation (whose explanations quote the texts, in
 * both languages) must then be the one the whole ruleset gives — whatever the engine keeps between evaluations.
 */
import { describe, expect, it } from 'vitest';
import { loadPolicies, withoutCases } from '../../src/build/load-policies.ts';
import { forResidents } from '../../src/build/resident-text.ts';
import { AUTHORING_ONLY, splitRuleset } from '../../src/build/split-ruleset.ts';
import { rulesetPlugin } from '../../src/build/vite-ruleset-plugin.ts';
import type { Ruleset } from '../../src/engine/types.ts';
import { compiled } from '../../src/engine/compiled.ts';
import { upstreamOf } from '../../src/engine/gates.ts';
import { applyEn, applyZh, commonRoots, itemRoots, prepare, questionRoots, supportRoots } from '../../src/ruleset-text/slots.ts';
import { SessionModel } from '../../src/state/session.ts';
import { TextsModel, textsReady, type TextPacks } from '../../src/state/texts.ts';
import { FRESH_GRADUATE } from '../e2e/personas.ts';

const resident = forResidents(withoutCases(loadPolicies('policies')));
const split = splitRuleset(resident);
/** What the app ships: the build's ruleset without the items' authoring-only fields. */
const shipped = structuredClone(resident);
for (const item of shipped.items) for (const field of AUTHORING_ONLY) delete (item as Partial<Record<string, unknown>>)[field];

/** A fresh copy of what the browser starts with, as JSON.parse gives it. */
const core = (): Ruleset => prepare(JSON.parse(JSON.stringify(split.core)) as Ruleset);
/** Loaders as `virtual:ruleset-text` exports them, over copies of the packs. */
const packs = (): TextPacks => {
  const copy = <T>(v: T) => async () => ({ default: JSON.parse(JSON.stringify(v)) as T });
  return {
    en: copy(split.en),
    common: copy(split.common),
    support: copy(split.support),
    sources: copy(split.sources),
    items: split.core.items.map((i) => copy(split.items[i.id]!)),
    facts: { load: split.facts.packs.map(copy), of: split.facts.of, items: split.facts.items, audiences: split.facts.audiences },
  };
};
/** Objects with their keys sorted: a pack adds a citation's article and quote after its source. */
const sorted = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])])) : v;

describe('the ruleset split by need', () => {
  it('starts without English, item notes and areas or cases, and with the deferred texts empty', () => {
    const json = JSON.stringify(split.core);
    for (const field of ['"en"', '"notes"', '"area"', '"cases"']) expect(json.includes(field), field).toBe(false);
    // Quotes wait in the packs, except the stacking rules' (another item's explanation shows them).
    const withoutStacking = JSON.stringify({ ...split.core, items: split.core.items.map(({ exclusions: _, ...i }) => i) });
    expect(withoutStacking.includes('"quote"')).toBe(false);
    expect(Object.keys(split.core.sources)).toEqual([]);
    const item = split.core.items.find((i) => i.id === 'graduate-employment-subsidy')!;
    expect(item.summary.zh).toBe('');
    expect(item.name.zh).not.toBe('');
    // A question's words wait for who is asking; a parameter's `by` fact keeps them (About lists its options).
    const fact = (id: string) => split.core.facts.find((f) => f.id === id)!;
    expect(fact('graduation-date').label.zh).toBe('');
    expect(fact('org-district').label.zh).not.toBe('');
    // So do the words of its card (shown once its audience is chosen): conditions, amount, office, when to apply.
    for (const field of ['conditions', 'amount', 'office', 'window'] as const) expect(JSON.stringify(item[field]), field).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('groups the questions so that a graduate downloads one group, and no employer-only question', () => {
    expect(split.facts.audiences.graduate).toEqual([0]);
    const inGraduate = new Set(split.core.facts.filter((_, i) => split.facts.of[i] === 0).map((f) => f.id));
    expect(inGraduate.has('graduation-date')).toBe(true);
    expect(inGraduate.has('internship-base-recognised')).toBe(false);
    // Every group is some audience's, or the last one (questions no audience's item asks).
    const groups = split.facts.packs.length;
    const needed = new Set(Object.values(split.facts.audiences).flat());
    for (let g = 0; g < groups - 1; g++) expect(needed.has(g), `group ${g}`).toBe(true);
  });

  it('gives each audience the texts of every fact its items read, gates and copied answers included', () => {
    const rules = compiled(resident);
    const facts = new Map(resident.facts.map((f) => [f.id, f]));
    for (const audience of resident.audiences ?? []) {
      const groups = new Set(split.facts.audiences[audience.id]);
      const covered = (id: string) => {
        const g = split.facts.of[resident.facts.findIndex((f) => f.id === id)]!;
        return g === -1 || groups.has(g);
      };
      const reads = new Set(audience.items.flatMap((id) => rules.byId.get(id)!.reads));
      // A question is asked through its gates, and an answer copied from its source: both are shown.
      for (const id of [...reads]) for (const up of upstreamOf(facts.get(id))) reads.add(up);
      for (const id of reads) expect(covered(id), `${audience.id}: ${id}`).toBe(true);
      for (const id of audience.items) expect(groups.has(split.facts.items[resident.items.findIndex((i) => i.id === id)]!), `${audience.id}: ${id}`).toBe(true);
    }
  });

  it('is whole again once every pack is put back', () => {
    const rs = core();
    expect(applyEn(rs, split.en)).toBe(true);
    expect(applyZh(commonRoots(rs), split.common.slots)).toBe(true);
    expect(applyZh(supportRoots(rs), split.support)).toBe(true);
    Object.assign(rs.sources, structuredClone(split.common.sources));
    for (const [id, details] of Object.entries(split.sources)) Object.assign(rs.sources[id]!, details);
    // The question groups first: an item's pack fills what is still empty of it, its conditions' words included.
    split.facts.packs.forEach((pack, g) => expect(applyZh(questionRoots(rs, split.facts, g), pack)).toBe(true));
    for (const item of rs.items) expect(applyZh(itemRoots(item), split.items[item.id]!)).toBe(true);
    expect(sorted(rs)).toEqual(sorted(shipped));
  });

  it('refuses a pack that does not fit, changing nothing', () => {
    const rs = core();
    const item = rs.items[0]!;
    const before = JSON.stringify(item);
    expect(applyZh(itemRoots(item), [...split.items[item.id]!, 'extra'])).toBe(false);
    expect(applyEn(rs, split.en.slice(1))).toBe(false);
    expect(JSON.stringify(item)).toBe(before);
  });

  it('serves the packs as modules, one loader per item', () => {
    const plugin = rulesetPlugin('policies');
    const load = (id: string) => String((plugin.load as (id: string) => unknown).call({ error: (m: string) => { throw new Error(m); } }, id));
    expect(load('\0virtual:ruleset-shell')).toMatch(/^export default JSON\.parse\(/);
    const loaders = load('\0virtual:ruleset-text');
    expect(loaders.match(/import\("virtual:ruleset-text\/item\//g)).toHaveLength(resident.items.length);
    expect(load('\0virtual:ruleset-text/item/graduate-employment-subsidy')).toMatch(/^export default JSON\.parse\(/);
  });
});

describe('texts loaded by need in the state layer', () => {
  function interview(ruleset: Ruleset, texts?: InstanceType<typeof TextsModel>) {
    const session = new SessionModel(ruleset, FRESH_GRADUATE.asOf, texts?.revision);
    session.toggleAudience('graduate', true);
    for (const [fact, value] of Object.entries(FRESH_GRADUATE.answers).slice(0, 6)) session.answer(fact, value);
    return session;
  }

  it('evaluates, once the packs are in, exactly as the whole ruleset does (explanations in both languages)', async () => {
    const rs = core();
    const texts = new TextsModel(rs, { packs: packs() });
    const session = interview(rs, texts);
    const before = session.evaluation.value; // evaluated (and kept by the engine) while the texts were still out
    expect(textsReady(texts, 'en')).toBe(false);
    expect(texts.factsReady([], ['graduate'])).toBe(false);
    await texts.loadFacts([], ['graduate']);
    expect(texts.factsReady(['graduation-date'], ['graduate'])).toBe(true);
    expect(texts.factsReady(['internship-base-recognised'], [])).toBe(false);
    await texts.loadEnglish();
    await texts.loadItems(rs.items.map((i) => i.id));
    expect(textsReady(texts, 'en', 'common', { items: rs.items.map((i) => i.id) })).toBe(true);
    expect(session.evaluation.value).not.toBe(before);
    expect(sorted(session.evaluation.value)).toEqual(sorted(interview(shipped).evaluation.value));
  });

  it("puts an item's texts in after its conditions' group, whichever is asked for first", async () => {
    const rs = core();
    const texts = new TextsModel(rs, { packs: packs() });
    const id = 'internship-base-subsidies';
    await texts.loadItems([id]);
    expect(textsReady(texts, { items: [id] })).toBe(true);
    const item = rs.items.find((i) => i.id === id)!;
    const chinese = (v: unknown) => sorted(JSON.parse(JSON.stringify(v, (k, x: unknown) => (k === 'en' ? undefined : x))));
    expect(chinese(item)).toEqual(chinese(shipped.items.find((i) => i.id === id)));
  });

  it('names every source by its title with the common texts, and adds dates, addresses and notes with the list', async () => {
    const full = Object.values(shipped.sources).find((s) => s.note && s.date)!;
    const rs = core();
    const texts = new TextsModel(rs, { packs: packs() });
    await texts.loadCommon();
    // What a citation shows, and no more: the list's dates, addresses and notes wait until it is unfolded.
    expect(Object.keys(rs.sources)).toEqual(Object.keys(shipped.sources));
    expect(rs.sources[full.id]).toEqual({ id: full.id, title: full.title, ...(full.docNo ? { docNo: full.docNo } : {}), authority: full.authority });
    expect(textsReady(texts, 'sources')).toBe(false);
    await texts.loadSources();
    expect(rs.sources).toEqual(shipped.sources);
    // The list asked for first brings the titles with it.
    const fresh = core();
    const alone = new TextsModel(fresh, { packs: packs() });
    await alone.loadSources();
    expect(textsReady(alone, 'common', 'sources')).toBe(true);
    expect(fresh.sources).toEqual(shipped.sources);
  });

  it('puts the supports\' lists in when they are unfolded, not with the common texts', async () => {
    const rs = core();
    const texts = new TextsModel(rs, { packs: packs() });
    await texts.loadCommon();
    expect(rs.services[0]!.name.zh).toBe('');
    await texts.loadSupport();
    expect(textsReady(texts, 'support')).toBe(true);
    // Unfolded first, they bring the sources' titles their basis lines name.
    const alone = new TextsModel(core(), { packs: packs() });
    await alone.loadSupport();
    expect(textsReady(alone, 'common', 'support')).toBe(true);
    expect(rs.services.map((s) => s.name.zh)).toEqual(shipped.services.map((s) => s.name.zh));
    expect((rs.notCovered ?? []).map((n) => n.ask.zh)).toEqual((shipped.notCovered ?? []).map((n) => n.ask.zh));
  });

  it('is ready at once when the ruleset came whole', async () => {
    const texts = new TextsModel(shipped);
    expect(textsReady(texts, 'en', 'common', { items: ['graduate-employment-subsidy'] })).toBe(true);
    await expect(texts.loadEnglish()).resolves.toBeUndefined();
  });

  it('tells a pack that cannot be loaded, and tries again later', async () => {
    let stale = 0;
    let fail = true;
    const p = packs();
    const rs = core();
    const texts = new TextsModel(rs, { packs: { ...p, en: () => (fail ? Promise.reject(new Error('gone')) : p.en()) }, onStaleCode: () => stale++ });
    await expect(texts.loadEnglish()).rejects.toThrow('gone');
    expect(stale).toBe(1);
    fail = false;
    await texts.loadEnglish();
    expect(textsReady(texts, 'en')).toBe(true);
  });
});
