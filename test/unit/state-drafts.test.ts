/** Drafts in the state layer: autosave, resume, named drafts, export/import, rules updates and storage faults. */
import { beforeEach, describe, expect, it } from 'vitest';
import { loadPolicies } from '../../src/build/load-policies.ts';
import { UpdateModel } from '../../src/state/app-update.ts';
import { ChoiceModel } from '../../src/state/choice.ts';
import { DraftsModel, type DraftsOptions } from '../../src/state/drafts.ts';
import { SessionModel } from '../../src/state/session.ts';
import type { Draft } from '../../src/storage/draft-schema.ts';
import { StorageFullError, memoryDraftStore, type DraftStore } from '../../src/storage/drafts.ts';
import { installLocalStorage } from '../support/fake-storage.ts';

const ruleset = loadPolicies('policies');
// The last-draft pointer and the pending change live in localStorage: a fresh one per test, as a fresh device.
beforeEach(() => void installLocalStorage());
const clock = () => new Date('2026-03-01T08:00:00.000Z');

/** A session and its drafts over a given store, started. */
async function app(store: DraftStore, options: DraftsOptions = {}) {
  const session = new SessionModel(ruleset, '2025-06-30');
  const drafts = new DraftsModel(session, ruleset, { open: async () => ({ store }), now: clock, saveDelayMs: 5, channel: null, ...options });
  await drafts.start();
  return { session, drafts };
}

/** What a store holds, as drafts (the store itself returns unchecked records). */
const all = async (store: DraftStore) => (await store.list()) as Draft[];
const one = async (store: DraftStore, id: string) => (await store.get(id)) as Draft | undefined;
const noRevision = (d: Draft | undefined) => d && { ...d, revision: undefined };

const subsidy = (s: InstanceType<typeof SessionModel>) => s.evaluation.value.items.find((i) => i.id === 'graduate-employment-subsidy')!;

async function graduate(store: DraftStore) {
  const a = await app(store);
  a.session.toggleAudience('graduate', true);
  a.session.answer('is-college-graduate', true);
  a.session.answer('graduation-date', '2024-06-30');
  a.session.answer('employer-headcount', 50);
  await a.drafts.flush();
  return a;
}

describe('session.load', () => {
  it('takes a saved interview, leaving out answers and audiences these rules do not know or accept', () => {
    const session = new SessionModel(ruleset, '2026-01-01');
    session.answer('is-college-graduate', false);
    const dropped = session.load({
      answers: { 'is-college-graduate': true, 'employer-headcount': -5, 'no-such-fact': true, 'graduation-date': null },
      asOf: '2025-06-30',
      audiences: ['graduate', 'martian'],
    });
    expect(session.answers.value).toEqual({ 'is-college-graduate': true, 'graduation-date': null });
    expect(session.audiences.value).toEqual(['graduate']);
    expect(session.asOf.value).toBe('2025-06-30');
    expect(dropped.sort()).toEqual(['employer-headcount', 'martian', 'no-such-fact']);
    expect(session.canGoBack.value).toBe(false);
  });
});

describe('a choice made on the first screen, before the calculator', () => {
  it('is the session\'s, and the drafts keep it as a change (they count from the empty interview)', async () => {
    const store = memoryDraftStore();
    const choice = new ChoiceModel('2025-06-30');
    choice.toggleAudience('graduate', true);
    expect(choice.setAsOf('2025-02-30')).toBe(false);
    choice.setAsOf('2025-05-31');
    const session = new SessionModel(ruleset, choice);
    expect(session.audiences.value).toEqual(['graduate']);
    expect(session.asOf.value).toBe('2025-05-31');
    const pristine = { answers: {}, asOf: '2025-06-30', audiences: [] };
    const drafts = new DraftsModel(session, ruleset, { open: async () => ({ store }), now: clock, saveDelayMs: 5, channel: null, pristine });
    await drafts.start();
    await drafts.flush();
    const [saved] = await all(store);
    expect(saved).toMatchObject({ audiences: ['graduate'], asOf: '2025-05-31', answers: {} });
    // The session's own actions change the choice the first screen shows.
    session.toggleAudience('founder', true);
    expect(choice.audiences.value).toEqual(['graduate', 'founder']);
  });

  it('without `pristine`, a session as it started is nothing to save (the drafts of before)', async () => {
    const store = memoryDraftStore();
    const choice = new ChoiceModel('2025-06-30');
    choice.toggleAudience('graduate', true);
    const drafts = new DraftsModel(new SessionModel(ruleset, choice), ruleset, { open: async () => ({ store }), now: clock, saveDelayMs: 5, channel: null });
    await drafts.start();
    await drafts.flush();
    expect(await all(store)).toEqual([]);
  });
});

describe('drafts', () => {
  it('answering quickly never postpones the save: a change made while one is due is saved with it', async () => {
    const store = memoryDraftStore();
    const { session } = await app(store, { saveDelayMs: 20 });
    session.toggleAudience('graduate', true);
    // An answer every 5 ms for 60 ms: a debounce would wait until the last; the save is due 20 ms after the first.
    for (let months = 1; months <= 12; months++) {
      session.answer('months-insured-current-employer', months);
      await new Promise((r) => setTimeout(r, 5));
    }
    const [early] = await all(store);
    expect(early?.answers['months-insured-current-employer']).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 40));
    expect((await all(store))[0]!.answers['months-insured-current-employer']).toBe(12);
  });

  it('saves every answer with the rules version and a snapshot of results, debounced without a flush', async () => {
    const store = memoryDraftStore();
    const { session, drafts } = await app(store);
    expect(await store.list()).toEqual([]); // Nothing answered: no empty draft.
    session.toggleAudience('graduate', true);
    session.answer('is-college-graduate', true);
    await new Promise((r) => setTimeout(r, 30));
    const [saved] = await all(store);
    expect(saved).toMatchObject({ id: drafts.currentId.value, rulesVersion: ruleset.version, rulesHash: ruleset.hash, asOf: '2025-06-30', audiences: ['graduate'], answers: { 'is-college-graduate': true } });
    expect(saved!.results!['graduate-employment-subsidy']!.status).toBe(subsidy(session).status);
    expect(drafts.list.value.map((d) => d.answerCount)).toEqual([1]);
  });

  it('resumes the last draft at start-up with the same answers and results', async () => {
    const store = memoryDraftStore();
    const first = await graduate(store);
    const again = await app(store);
    expect(again.session.answers.value).toEqual(first.session.answers.value);
    expect(again.session.audiences.value).toEqual(['graduate']);
    expect(subsidy(again.session)).toEqual(subsidy(first.session));
    expect(again.drafts.currentId.value).toBe(first.drafts.currentId.value);
    expect(again.drafts.notice.value).toBeNull();
  });

  it('does not resume over an interview begun before the store opened', async () => {
    const store = memoryDraftStore();
    await graduate(store);
    const session = new SessionModel(ruleset, '2025-06-30');
    const drafts = new DraftsModel(session, ruleset, { open: async () => ({ store }), now: clock, channel: null });
    session.answer('is-college-graduate', false);
    await drafts.start();
    expect(session.answers.value).toEqual({ 'is-college-graduate': false });
  });

  it('renames, duplicates, opens, deletes and clears', async () => {
    const store = memoryDraftStore();
    const { session, drafts } = await graduate(store);
    const id = drafts.currentId.value!;
    await drafts.rename(id, '张三');
    await drafts.duplicate(id, '张三 副本');
    expect(drafts.list.value.map((d) => d.name).sort()).toEqual(['张三', '张三 副本']);
    const copy = drafts.list.value.find((d) => d.name === '张三 副本')!;
    expect((await one(store, copy.id))!.answers).toEqual((await one(store, id))!.answers);

    await drafts.newDraft();
    expect(session.answers.value).toEqual({});
    expect(drafts.currentId.value).toBeNull();
    expect(await drafts.open(copy.id)).toBe(true);
    expect(session.answeredCount.value).toBe(3);
    await drafts.remove(copy.id);
    expect(drafts.currentId.value).toBeNull();
    expect(session.answers.value).toEqual({});
    expect(drafts.list.value.map((d) => d.name)).toEqual(['张三']);
    await drafts.clearAll();
    expect(drafts.list.value).toEqual([]);
    expect(await store.list()).toEqual([]);
  });

  it('export → clear all → import restores the draft exactly', async () => {
    const store = memoryDraftStore();
    const { session, drafts } = await graduate(store);
    const before = (await one(store, drafts.currentId.value!))!;
    const answers = session.answers.value;
    const file = (await drafts.exportText(before.id))!;
    await drafts.clearAll();
    expect(session.answers.value).toEqual({});
    expect(await drafts.importText(file.text)).toEqual({ ok: true, name: before.name, migratedFrom: undefined });
    expect(noRevision(await one(store, before.id))).toEqual(noRevision(before));
    expect(session.answers.value).toEqual(answers);
    // Importing it again while it is here adds a copy instead of overwriting it.
    await drafts.importText(file.text);
    expect(drafts.list.value).toHaveLength(2);
    expect(noRevision(await one(store, before.id))).toEqual(noRevision(before));
  });

  it('refuses a corrupt or foreign file and changes nothing', async () => {
    const store = memoryDraftStore();
    const { session, drafts } = await graduate(store);
    const stored = await all(store);
    const answers = session.answers.value;
    const good = JSON.parse((await drafts.exportText(stored[0]!.id))!.text);
    for (const [text, problem] of [
      ['{"format": "hz-benefits-draft", "vers', 'not-json'],
      ['{"name": "package", "version": "1.0.0"}', 'not-ours'],
      [JSON.stringify({ ...good, draft: { ...good.draft, asOf: '2025-02-30' } }), 'invalid'],
      [JSON.stringify({ ...good, version: 9 }), 'too-new'],
    ] as const) {
      expect(await drafts.importText(text)).toMatchObject({ ok: false, problem });
    }
    expect(await store.list()).toEqual(stored);
    expect(session.answers.value).toEqual(answers);
  });

  it('re-evaluates a draft saved under other rules and lists the results that changed, once', async () => {
    const store = memoryDraftStore();
    const { session } = await graduate(store);
    const [saved] = await all(store);
    const old: Draft = {
      ...saved!,
      rulesVersion: '2024.1.0',
      rulesHash: 'old',
      results: { ...saved!.results, 'graduate-employment-subsidy': { status: 'not-eligible', amount: '{"kind":"exact","value":1000,"basis":"total"}' } },
    };
    await store.put(old);
    const again = await app(store);
    const notice = again.drafts.notice.value!;
    expect(notice.fromVersion).toBe('2024.1.0');
    expect(notice.changes).toEqual([
      {
        id: 'graduate-employment-subsidy',
        name: ruleset.items.find((i) => i.id === 'graduate-employment-subsidy')!.name,
        before: { status: 'not-eligible', amount: { kind: 'exact', value: 1000, basis: 'total' } },
        after: { status: subsidy(session).status, amount: JSON.parse(saved!.results!['graduate-employment-subsidy']!.amount) },
      },
    ]);
    const updated = (await one(store, old.id))!;
    expect(updated).toMatchObject({ rulesVersion: ruleset.version, rulesHash: ruleset.hash, updatedAt: old.updatedAt });
    expect((await app(store)).drafts.notice.value).toBeNull();
  });

  it('keeps working in memory and reports a fault, or a full disk, without losing the draft', async () => {
    const memory = memoryDraftStore();
    const { drafts } = await app(memory, { open: async () => ({ store: memory, fault: 'unavailable' }) });
    expect(drafts.fault.value).toBe('unavailable');

    const inner = memoryDraftStore();
    const full: DraftStore = { ...inner, put: async (d) => (await inner.put(d), Promise.reject(new StorageFullError('full'))) };
    const a = await app(full);
    a.session.answer('is-college-graduate', true);
    await a.drafts.flush();
    expect(a.drafts.problem.value).toBe('full');
    expect(a.drafts.list.value).toHaveLength(1);
  });
});

describe('app update', () => {
  it('saves the draft before switching to the new version', async () => {
    const order: string[] = [];
    const update = new UpdateModel(async () => void order.push('flush'));
    update.offer(async () => void order.push('apply'));
    expect(update.available.value).toBe(true);
    await update.accept();
    expect(order).toEqual(['flush', 'apply']);
    update.later();
    expect(update.available.value).toBe(false);
  });
});
