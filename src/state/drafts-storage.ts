/**
 * The drafts model's storage half (drafts.ts loads it by need, issue 14): IndexedDB, the record checks, recovery of
 * what pages left pending, merges with other tabs' writes and the other tabs' news; the actions the pages call on
 * stored drafts (drafts-actions.ts) are built on these. It works on the state the first half keeps (`DraftsCore`), so
 * the interview on screen never depends on it arriving.
 */
import type { Draft } from '../storage/draft-schema.ts';
import { StorageFullError, openDraftStore, revisionOf, type DraftStore, type Expected } from '../storage/drafts.ts';
import { clearAllPending, clearPending, readAllPending } from '../storage/pending.ts';
import { forgetPrefs, loadLastDraftId, saveLastDraftId } from '../storage/prefs.ts';
import type { DraftsCore } from './drafts.ts';
import { draftActions } from './drafts-actions.ts';
import { mergeSessions } from './merge-sessions.ts';
import { recoverPending } from './recover-pending.ts';
import type { TabMessage } from './tab-channel.ts';

type Schema = typeof import('../storage/draft-schema.ts');

/** The storage half over the first half's state; `start()` opens the store. */
export function draftsStorage(core: DraftsCore) {
  const { session, ruleset, options, now, counter, channel, tab, fault, problem, drafts, damaged, currentId, notice, tabNotice, previewing } = core;
  const { content, keyOf, draftOf, apply } = core;
  const open = options.open ?? (() => openDraftStore());
  const itemIds = new Set(ruleset.items.map((i) => i.id));

  let store: DraftStore | null = null;
  let schema: Schema | null = null;

  /** The file checks, loaded on first use; a failed load means this page's version is gone from the cache. */
  async function loadSchema(): Promise<Schema> {
    try {
      return await import('../storage/draft-schema.ts');
    } catch (e) {
      options.onStaleCode?.();
      throw e;
    }
  }

  /**
   * The record checks (zod), loaded the first time there is a stored record to check: a start-up with an empty store,
   * and the autosave (whose own writes need no check), never download them. Null when they cannot be loaded.
   */
  async function checks(): Promise<Schema | null> {
    return (schema ??= await loadSchema().catch(() => null));
  }

  /** The file checks, loaded if need be; rejects when they cannot be loaded (import says so, not "not a draft"). */
  async function files(): Promise<Schema> {
    return (schema ??= await loadSchema());
  }

  /** Runs a storage operation; a failure is reported, never thrown at the UI. */
  async function guard<T>(op: (s: DraftStore) => Promise<T>): Promise<T | undefined> {
    if (!store) return undefined;
    try {
      return await op(store);
    } catch (e) {
      problem.value = e instanceof StorageFullError ? 'full' : 'error';
      return undefined;
    }
  }

  /** A stored record as a draft this ruleset can use, or null; results of items it does not know are dropped. */
  function check(record: unknown): Draft | null {
    const d = schema?.checkStoredDraft(record);
    if (!d) return null;
    const results = d.results && Object.fromEntries(Object.entries(d.results).filter(([id]) => itemIds.has(id)));
    return { ...d, results };
  }

  async function read(id: string): Promise<Draft | null> {
    const record = await guard((s) => s.get(id));
    return record === undefined || !(await checks()) ? null : check(record);
  }

  async function refresh(): Promise<void> {
    if (!store) return;
    const records = await guard((s) => s.list());
    if (!records) {
      damaged.value = { records: [], whole: true };
      return;
    }
    // Unchecked records are never listed: without the checks (this version's files are gone) the list stays as it was.
    if (records.length > 0 && !(await checks())) return;
    const good: Draft[] = [];
    const bad: unknown[] = [];
    for (const r of records) {
      const d = check(r);
      if (d) good.push(d);
      else bad.push(r);
    }
    drafts.value = newestFirst(good);
    damaged.value = bad.length ? { records: bad, whole: false } : null;
  }

  /** Writes a draft; keeps `current` on the stored revision, clears a past write problem, tells the other tabs. */
  async function write(draft: Draft, expected?: Expected) {
    const outcome = await guard((s) => s.put(draft, expected));
    if (outcome?.ok) {
      problem.value = null;
      if (core.current?.id === draft.id) core.current.revision = outcome.revision;
      channel?.post({ type: 'saved', id: draft.id, revision: outcome.revision });
      // Autosave writes at every answer: the list takes the one draft written, rather than reading and checking every
      // record again. A refused or failed write re-reads, so the list shows what the store really holds.
      drafts.value = newestFirst([...drafts.value.filter((d) => d.id !== draft.id), { ...draft, revision: outcome.revision }]);
    } else await refresh();
    return outcome;
  }

  async function save(): Promise<void> {
    clearTimeout(core.timer);
    core.timer = undefined;
    const mine = content();
    if (!store || keyOf(mine) === core.savedKey) return;
    if (!core.current && core.isEmpty(mine)) return void (core.savedKey = keyOf(mine)); // A blank new interview is not worth a draft.
    // The autosave effect kept this change pending already; only a save it did not see (keeping a preview) starts one.
    if (!core.current) core.keepPending();
    const meta = core.current!;
    const outcome = await write(draftOf(meta, mine, now().toISOString()), meta.revision);
    if (!outcome) return; // Failed: the pending copy stays for the next start, the banner says so.
    if (core.current !== meta) return; // Wiped or replaced meanwhile: nothing of it may come back.
    if (outcome.ok) {
      core.base = mine;
      core.savedKey = keyOf(mine);
      core.remember(meta.id);
      if (keyOf(content()) === core.savedKey) clearPending(tab);
      return;
    }
    // Refused: another tab wrote or deleted the draft. Without the checks, nothing it stored can be read: wait (the
    // change stays pending, and the page is out of date anyway).
    if (outcome.stored !== undefined && !(await checks())) return;
    const theirs = outcome.stored === undefined ? null : check(outcome.stored);
    if (!theirs) {
      // Deleted in another tab (or damaged there): never brought back.
      blank();
      tabNotice.value = 'deleted';
      return;
    }
    // Another tab wrote this draft since we read it: keep both tabs' answers, ours winning where both changed a fact.
    const { overridden: _, ...merged } = mergeSessions(core.base, mine, theirs);
    const again = await write(draftOf(meta, merged, now().toISOString()), revisionOf(outcome.stored));
    if (core.current !== meta || !again?.ok) return;
    apply(merged);
    core.base = { answers: merged.answers, asOf: merged.asOf, audiences: merged.audiences };
    core.savedKey = keyOf(content());
    clearPending(tab);
    tabNotice.value = 'merged';
  }

  /** Puts a draft into the session, and re-evaluates it if it was saved under other rules. */
  async function load(draft: Draft): Promise<void> {
    const dropped = apply(draft);
    const current = (core.current = { id: draft.id, name: draft.name, createdAt: draft.createdAt, revision: draft.revision ?? 0 });
    currentId.value = draft.id;
    core.remember(draft.id);
    core.base = content();
    core.savedKey = keyOf(core.base);
    tabNotice.value = null;
    const otherRules = draft.rulesHash !== ruleset.hash || draft.rulesVersion !== ruleset.version;
    // The comparison's code loads only for a draft saved under other rules (after the draft is on screen).
    const compare = otherRules && draft.results ? await import('./result-compare.ts').catch(() => (options.onStaleCode?.(), null)) : null;
    if (core.current !== current) return; // Replaced or wiped meanwhile: nothing of it may be written back.
    const changes = compare && draft.results ? compare.compareResults(ruleset, draft.results, session.evaluation.value) : [];
    notice.value =
      otherRules || dropped.length > 0
        ? { draftName: draft.name, fromVersion: otherRules ? draft.rulesVersion : null, changes, dropped }
        : null;
    // Told once: the draft now records the current rules and results, and keeps its "updated" time.
    if (otherRules || dropped.length > 0) await write(draftOf(current, core.base, draft.updatedAt), current.revision);
  }

  /** A fresh, empty interview that becomes a draft at its first answer; the evaluation date stays. */
  function blank(): void {
    previewing.value = false;
    clearTimeout(core.timer);
    core.timer = undefined;
    if (core.current) clearPending(tab);
    core.current = null;
    currentId.value = null;
    notice.value = null;
    apply({ answers: {}, asOf: session.asOf.value, audiences: [] });
    core.base = content();
    core.savedKey = keyOf(core.base);
  }

  /** Deletes the person's drafts (all but the named ones, unless `all`) and every trace of them; tells the other tabs. */
  async function wipe(all: boolean): Promise<void> {
    blank();
    tabNotice.value = null;
    clearAllPending();
    saveLastDraftId(null);
    if (all) {
      await guard((s) => s.clear());
      forgetPrefs();
    } else {
      await refresh();
      for (const d of drafts.value) if (!d.name.trim()) await guard((s) => s.remove(d.id));
      for (const r of damaged.value?.records ?? []) await removeRecord(r);
    }
    store?.discardUnsaved();
    channel?.post({ type: 'wiped', all });
    await refresh();
  }

  async function removeRecord(record: unknown): Promise<void> {
    const id = (record as { id?: unknown } | null)?.id;
    if (typeof id === 'string' || typeof id === 'number') await guard((s) => s.remove(id));
  }

  return {
    /**
     * Opens the store. With `resume` (start-up found something that may be resumed or recovered): recovers what a page
     * left pending, and resumes the last draft (never at a counter). Without it, the page is a first visit's, opening
     * the store at its first need: its own change is pending and stays so until saved. Never rejects.
     */
    async start(resume: boolean): Promise<void> {
      let mustCheck = false;
      try {
        const opened = await open();
        store = opened.store;
        fault.value = opened.fault ?? null;
        // The checks (zod) load only when something was stored: a first visit starts without them.
        const stored = await store.list().catch(() => null);
        const pending = resume && readAllPending().some((p) => p.tab !== tab);
        if (pending || stored === null || stored.length > 0) {
          mustCheck = true;
          await files();
        }
        if (schema && pending) await recoverPending(schema, { get: (id) => guard((st) => st.get(id)), put: (d, e) => guard((st) => st.put(d, e)), check }, tab);
        await refresh();
        const last = loadLastDraftId();
        const found = resume && !counter && last ? drafts.value.find((d) => d.id === last) : undefined;
        if (found && keyOf(content()) === core.untouched) await load(found);
      } catch {
        // Whatever failed, the calculator works, with the banner saying drafts are not kept; records that could not
        // be checked are never used.
        if (mustCheck && !schema) store = null;
        fault.value ??= 'error';
      }
    },
    save,
    /** Another tab's news. */
    async hear(m: TabMessage): Promise<void> {
      if (m.type === 'wiped') {
        // A write of ours may still land after the other tab's wipe: delete what it would bring back.
        const mine = core.current?.id;
        store?.discardUnsaved();
        blank();
        const stored = mine ? await read(mine) : null;
        if (mine && stored && (m.all || !stored.name.trim())) await guard((s) => s.remove(mine));
      } else if (m.type === 'saved' && core.current?.id === m.id && typeof core.current.revision === 'number' && m.revision > core.current.revision) {
        // Nothing of ours pending: show what the other tab saved. Something pending: the next save merges.
        if (keyOf(content()) === core.savedKey && core.timer === undefined) {
          const d = await read(m.id);
          if (d && core.current?.id === m.id && keyOf(content()) === core.savedKey) {
            apply(d);
            core.current.revision = d.revision ?? 0;
            core.base = content();
            core.savedKey = keyOf(core.base);
          }
        }
      }
      await refresh();
    },
    ...draftActions({ core, save, read, write, load, blank, guard, refresh, wipe, removeRecord, check, checks, files }),
  };
}

/** The storage half of one drafts model. */
export type DraftsStorage = ReturnType<typeof draftsStorage>;

/** Drafts most recently changed first (ties by id, so the order is stable). */
function newestFirst(list: Draft[]): Draft[] {
  return list.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.id.localeCompare(b.id));
}
