/**
 * Drafts on a shared device: counter mode ("next person" leaves nothing of the person), tabs that agree (revisions,
 * merged answers, wipes that reach every tab), no answer lost when the page goes, and hostile stored records.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPolicies } from '../../src/build/load-policies.ts';
import { ChecklistModel } from '../../src/state/checklist.ts';
import { DraftsModel, type DraftsOptions } from '../../src/state/drafts.ts';
import { SessionModel } from '../../src/state/session.ts';
import type { Draft } from '../../src/storage/draft-schema.ts';
import { memoryDraftStore, type DraftStore } from '../../src/storage/drafts.ts';
import { dump, installLocalStorage, tabChannels } from '../support/fake-storage.ts';

const ruleset = loadPolicies('policies');
const clock = () => new Date('2026-03-01T08:00:00.000Z');
let local: Storage;
beforeEach(() => void (local = installLocalStorage()));

/** One tab: a session, its drafts (started) and its checklist. */
async function tab(store: DraftStore, options: DraftsOptions = {}) {
  const session = new SessionModel(ruleset, '2025-06-30');
  const drafts = new DraftsModel(session, ruleset, { open: async () => ({ store }), now: clock, saveDelayMs: 5, channel: null, ...options });
  await drafts.start();
  return { session, drafts, checklist: new ChecklistModel(ruleset, session) };
}

const all = async (store: DraftStore) => (await store.list()) as Draft[];
const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

/** A graduate's first answers, saved. */
async function graduate(t: Awaited<ReturnType<typeof tab>>) {
  t.session.toggleAudience('graduate', true);
  t.session.answer('is-college-graduate', true);
  t.session.answer('graduation-date', '2024-06-30');
  t.session.answer('employer-headcount', 50);
  await t.drafts.flush();
}

describe('counter mode', () => {
  it('resumes no draft at start-up, and "next person" leaves nothing but the drafts staff named', async () => {
    const store = memoryDraftStore();
    const first = await tab(store, { counter: true });
    await graduate(first);
    // Staff saved one person's draft under a name; the next person's stays unnamed.
    await first.drafts.rename(first.drafts.currentId.value!, '张三');
    await first.drafts.newDraft();
    await graduate(first);
    const chosen = first.checklist.candidates.value[0]!.id;
    first.checklist.choose(chosen, false);
    expect(await all(store)).toHaveLength(2);

    const again = await tab(store, { counter: true });
    expect(again.session.answers.value).toEqual({}); // No auto-resume at a counter.

    expect(first.drafts.unsavedPerson.value).toBe(true);
    await first.drafts.nextPerson();
    expect((await all(store)).map((d) => d.name)).toEqual(['张三']);
    expect(first.session.answers.value).toEqual({});
    expect(first.session.audiences.value).toEqual([]);
    expect(first.session.asOf.value).toBe('2025-06-30'); // The evaluation date staff chose stays.
    expect(first.checklist.chosen.value).toEqual([]);
    expect(dump(local)).toEqual({});
    expect(first.drafts.holdsPerson.value).toBe(false);
  });

  it('forgets the checklist ticks of the person before', async () => {
    const t = await tab(memoryDraftStore(), { counter: true });
    await graduate(t);
    const id = t.checklist.candidates.value.find((c) => !t.checklist.chosen.value.includes(c.id))!.id;
    t.checklist.choose(id, true);
    expect(t.checklist.chosen.value).toContain(id);
    await t.drafts.nextPerson();
    await graduate(t);
    expect(t.checklist.chosen.value).not.toContain(id);
  });
});

describe('a new draft', () => {
  it('is not replaced by an older draft after a reload', async () => {
    const store = memoryDraftStore();
    const t = await tab(store);
    await graduate(t);
    await t.drafts.newDraft();
    const reloaded = await tab(store);
    expect(reloaded.session.answers.value).toEqual({});
    expect(reloaded.drafts.list.value).toHaveLength(1);
  });
});

describe('two tabs', () => {
  it('never overwrite each other: answers from both are kept, and each tab is told', async () => {
    const store = memoryDraftStore();
    const [ca, cb] = tabChannels(2);
    const a = await tab(store, { channel: ca });
    await graduate(a);
    const b = await tab(store, { channel: cb });
    expect(b.session.answers.value).toEqual(a.session.answers.value); // B resumed A's draft.

    // Both change the same draft before either hears of the other.
    a.session.answer('months-insured-current-employer', 12);
    b.session.skip('employer-in-hangzhou');
    await Promise.all([a.drafts.flush(), b.drafts.flush()]);
    await tick();
    const [stored] = await all(store);
    expect(stored!.answers).toMatchObject({ 'months-insured-current-employer': 12, 'employer-in-hangzhou': null, 'employer-headcount': 50 });
    // A's next answer keeps B's.
    a.session.answer('graduation-date', '2024-07-01');
    await a.drafts.flush();
    await tick();
    expect((await all(store))[0]!.answers).toMatchObject({ 'employer-in-hangzhou': null, 'graduation-date': '2024-07-01' });
    expect(b.session.answers.value).toEqual(a.session.answers.value); // B follows A's save.
  });

  it('"clear all data" reaches every tab, and no later write brings anything back', async () => {
    const store = memoryDraftStore();
    const [ca, cb] = tabChannels(2);
    const a = await tab(store, { channel: ca });
    await graduate(a);
    const b = await tab(store, { channel: cb });
    b.session.answer('months-insured-current-employer', 3); // Pending in B when A clears.
    await a.drafts.clearAll();
    await tick();
    expect(b.session.answers.value).toEqual({});
    await b.drafts.flush();
    await tick();
    expect(await all(store)).toEqual([]);
    expect(dump(local)).toEqual({});
  });

  it('a write that missed the wipe is refused rather than bringing the draft back', async () => {
    const store = memoryDraftStore();
    const a = await tab(store); // No channel: B never hears of the wipe.
    await graduate(a);
    const b = await tab(store);
    await a.drafts.nextPerson();
    b.session.answer('months-insured-current-employer', 3);
    await b.drafts.flush();
    expect(await all(store)).toEqual([]);
    expect(b.drafts.tabNotice.value).toBe('deleted');
    expect(b.session.answers.value).toEqual({});
  });
});

describe('no answer lost', () => {
  it('an answer given just before the page went is in IndexedDB at the next start', async () => {
    const store = memoryDraftStore();
    const t = await tab(store, { saveDelayMs: 60_000 }); // The IndexedDB write never happens in this "visit".
    t.session.toggleAudience('graduate', true);
    t.session.answer('is-college-graduate', true);
    t.session.answer('graduation-date', '2024-06-30');
    expect(await all(store)).toEqual([]);
    const next = await tab(store);
    expect(next.session.answers.value).toEqual({ 'is-college-graduate': true, 'graduation-date': '2024-06-30' });
    expect((await all(store))[0]!.answers).toEqual(next.session.answers.value);
    expect(dump(local)).toEqual({ 'hz-benefits:last-draft': next.drafts.currentId.value });
  });

  it('a pending change left on a draft another tab changed since is merged, not written over it', async () => {
    const store = memoryDraftStore();
    const a = await tab(store);
    await graduate(a);
    const slow = await tab(store, { saveDelayMs: 60_000 });
    slow.session.answer('months-insured-current-employer', 7); // Left pending when its page goes.
    a.session.answer('employer-headcount', 80);
    await a.drafts.flush();
    const next = await tab(store);
    expect(next.session.answers.value).toMatchObject({ 'months-insured-current-employer': 7, 'employer-headcount': 80 });
  });

  it('opening or importing a draft leaves nothing pending: a restart lists the same drafts', async () => {
    const store = memoryDraftStore();
    const t = await tab(store);
    await graduate(t);
    const file = (await t.drafts.exportText(t.drafts.currentId.value!))!.text;
    await t.drafts.newDraft();
    await t.drafts.importText(file);
    await tick();
    expect(Object.keys(dump(local)).filter((k) => k.includes('pending'))).toEqual([]);
    const again = await tab(store);
    expect(again.drafts.list.value).toHaveLength(2);
  });

  it('a pending change that cannot be written at the next start (disk full) is kept for the one after', async () => {
    const store = memoryDraftStore();
    const t = await tab(store, { saveDelayMs: 60_000 });
    t.session.toggleAudience('graduate', true);
    t.session.answer('is-college-graduate', true);
    const full: DraftStore = { ...store, put: async () => Promise.reject(new Error('QuotaExceededError')) };
    await tab(full);
    expect(Object.keys(dump(local)).filter((k) => k.includes('pending'))).toHaveLength(1);
    const later = await tab(store);
    expect(later.session.answers.value).toEqual({ 'is-college-graduate': true });
  });

  it('a damaged or crafted pending record is dropped and changes nothing', async () => {
    const store = memoryDraftStore();
    await graduate(await tab(store));
    const before = await all(store);
    local.setItem('hz-benefits:pending:x', '{"draft":{"id":"constructor","answers":{"__proto__":1}}}');
    local.setItem('hz-benefits:pending:y', 'not json');
    await tab(store);
    expect(await all(store)).toEqual(before);
    expect(Object.keys(dump(local)).filter((k) => k.includes('pending'))).toEqual([]);
  });
});

describe('a first visit (nothing stored here)', () => {
  /** A tab on a device whose IndexedDB holds nothing: start-up does not open the store; `opened()` counts the opens. */
  async function firstVisit(store: DraftStore, options: DraftsOptions = {}) {
    let opens = 0;
    const t = await tab(store, { open: async () => (opens++, { store }), mayHoldDrafts: async () => false, ...options });
    return { ...t, opened: () => opens };
  }
  const pendingKeys = () => Object.keys(dump(local)).filter((k) => k.startsWith('hz-benefits:pending:'));

  it('starts without the store, keeps each change in localStorage at once, and stores it when the save is due', async () => {
    const store = memoryDraftStore();
    const t = await firstVisit(store);
    expect([t.drafts.ready.value, t.opened()]).toEqual([true, 0]);
    t.session.toggleAudience('graduate', true);
    // Kept before anything asynchronous: the store is not even open yet.
    expect([pendingKeys().length, t.opened()]).toEqual([1, 0]);
    expect(local.getItem('hz-benefits:last-draft')).toBe(t.drafts.currentId.value);
    t.session.answer('is-college-graduate', true);
    await vi.waitFor(async () => expect((await all(store))[0]?.answers).toEqual({ 'is-college-graduate': true }));
    expect(t.opened()).toBe(1);
    expect((await all(store))[0]!.id).toBe(t.drafts.currentId.value);
    expect(t.drafts.list.value).toHaveLength(1);
    expect(pendingKeys()).toEqual([]);
  });

  it('a change made just before the page went, before the store ever opened, is resumed at the next start', async () => {
    const store = memoryDraftStore();
    const t = await firstVisit(store, { saveDelayMs: 60_000 });
    t.session.toggleAudience('graduate', true);
    t.session.answer('is-college-graduate', true);
    await t.drafts.flush(); // The page is hidden: the flush opens the store and saves.
    expect(t.opened()).toBe(1);
    const u = await firstVisit(memoryDraftStore(), { saveDelayMs: 60_000 });
    u.session.answer('is-college-graduate', false); // Never saved: the page went first.
    const next = await tab(store, { mayHoldDrafts: async () => false }); // A pending change is reason enough to open it.
    expect(next.session.answers.value).toEqual({ 'is-college-graduate': false });
    expect((await all(store)).map((d) => d.answers['is-college-graduate']).sort()).toEqual([false, true]);
  });

  it('a flush with nothing changed loads nothing', async () => {
    const t = await firstVisit(memoryDraftStore());
    await t.drafts.flush();
    expect(t.opened()).toBe(0);
  });

  it('hears another tab before its store is open: the list follows, and a wipe reaches it', async () => {
    const store = memoryDraftStore();
    const [ca, cb] = tabChannels(2);
    const a = await tab(store, { channel: ca });
    const b = await firstVisit(store, { channel: cb, saveDelayMs: 60_000 });
    await graduate(a);
    await vi.waitFor(() => expect(b.drafts.list.value).toHaveLength(1));
    b.session.answer('months-insured-current-employer', 3);
    await a.drafts.clearAll();
    await vi.waitFor(() => expect(b.session.answers.value).toEqual({}));
    await b.drafts.flush();
    expect(await all(store)).toEqual([]);
  });

  it('an action opens the store first', async () => {
    const store = memoryDraftStore();
    await graduate(await tab(store));
    const id = (await all(store))[0]!.id;
    const t = await firstVisit(store);
    expect(t.drafts.list.value).toEqual([]);
    expect(await t.drafts.open(id)).toBe(true);
    expect(t.opened()).toBe(1);
    expect(t.session.answers.value).toMatchObject({ 'employer-headcount': 50 });
  });

  it('a counter, or a device that may hold drafts, opens the store at start-up', async () => {
    for (const options of [{ counter: true }, { mayHoldDrafts: async () => true }] satisfies DraftsOptions[]) {
      let opens = 0;
      const store = memoryDraftStore();
      await tab(store, { mayHoldDrafts: async () => false, ...options, open: async () => (opens++, { store }) });
      expect(opens).toBe(1);
    }
  });
});

describe('hostile stored records', () => {
  const good: Draft = {
    id: 'abc',
    name: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    rulesVersion: ruleset.version,
    rulesHash: 'other',
    asOf: '2025-06-30',
    audiences: ['graduate'],
    answers: { 'is-college-graduate': true },
  };

  it('a results key "constructor" (the blank-page draft) opens, minus that key', async () => {
    const store = memoryDraftStore();
    // "constructor" is a well-formed id, so it passes the file checks; only the ruleset knows it is no item.
    const proto = { constructor: { status: 'eligible', amount: '{}' } };
    await store.put({ ...good, results: JSON.parse(JSON.stringify(proto)) });
    local.setItem('hz-benefits:last-draft', 'abc');
    const t = await tab(store);
    expect(t.session.answers.value).toEqual({ 'is-college-graduate': true });
    expect(t.drafts.fault.value).toBeNull();
    expect(t.drafts.notice.value!.changes.map((c) => c.id)).not.toContain('constructor');
    expect(t.drafts.damaged.value).toBeNull();
  });

  it('unreadable records are set aside, the rest still opens, and they can be deleted', async () => {
    const store = memoryDraftStore();
    await store.put(good);
    const bad: unknown[] = [
      { ...good, id: 'long', name: 'x'.repeat(330_000) },
      { ...good, id: 'keys', answers: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`f-${i}`, true])) },
      { ...good, id: 'shape', answers: 'yes' },
      { ...good, id: 'proto', answers: JSON.parse('{"__proto__": {"polluted": true}, "is-college-graduate": true}') },
    ];
    for (const b of bad) await store.put(b as Draft);
    const t = await tab(store);
    // The "__proto__" answer is dropped as the record is read; the rest of that draft is sound.
    expect(t.drafts.list.value.map((d) => d.id).sort()).toEqual(['abc', 'proto']);
    expect(await t.drafts.open('proto')).toBe(true);
    expect(Object.keys(t.session.answers.value)).toEqual(['is-college-graduate']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(t.drafts.damaged.value?.records).toHaveLength(3);
    await t.drafts.dropDamaged();
    expect(t.drafts.damaged.value).toBeNull();
    expect((await all(store)).map((d) => d.id).sort()).toEqual(['abc', 'proto']);
  });

  it('a store that cannot be listed still starts, in memory, and says so', async () => {
    const broken: DraftStore = { ...memoryDraftStore(), list: async () => Promise.reject(new Error('disk')) };
    const t = await tab(broken);
    expect(t.drafts.ready.value).toBe(true);
    expect(t.drafts.damaged.value).toEqual({ records: [], whole: true });
    t.session.answer('is-college-graduate', true);
    expect(t.session.evaluation.value.items.length).toBeGreaterThan(0);
  });

  it('start() never rejects, even when opening the store throws', async () => {
    const session = new SessionModel(ruleset, '2025-06-30');
    const drafts = new DraftsModel(session, ruleset, { open: () => Promise.reject(new Error('boom')), channel: null });
    await expect(drafts.start()).resolves.toBeUndefined();
    expect([drafts.ready.value, drafts.fault.value]).toEqual([true, 'error']);
  });
});
