/**
 * Named drafts: the interview in progress is kept as it is given (synchronously in localStorage at every change, in
 * IndexedDB a tenth of a second later), resumed at start-up on a resident's own device, and can be listed, opened,
 * renamed, duplicated, deleted, exported and imported. A draft saved under other rules is re-evaluated on opening.
 * Every record read back is checked first; two tabs never overwrite each other (revisions, merged answers); at a
 * service counter "next person" leaves nothing of the person on the device, in any tab.
 * Modelled on Excalidraw's LocalData: never lose work, surface every storage error.
 */
import { computed, createModel, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Ruleset } from '../engine/index.ts';
import type { SharedInterview } from '../handoff/share-link.ts';
import type { Draft } from '../storage/draft-schema.ts';
import { newDraftId } from '../storage/drafts-lite.ts';
import { StorageFullError, openDraftStore, revisionOf, type DraftStore, type DraftStoreFault, type Expected } from '../storage/drafts.ts';
import { clearAllPending, clearPending, readAllPending, writePending } from '../storage/pending.ts';
import { forgetPrefs, loadLastDraftId, saveLastDraftId } from '../storage/prefs.ts';
import { mergeSessions } from './merge-sessions.ts';
import type { Damaged, DraftSummary, DraftsOptions, ImportOutcome, OpenNotice, SaveProblem, TabNotice } from './drafts-types.ts';
import { recoverPending } from './recover-pending.ts';
import { compareResults, snapshotResults } from './result-changes.ts';
import type { SavedSession, Session } from './session.ts';
import { browserTabChannel, type TabMessage } from './tab-channel.ts';

export type { Damaged, DraftSummary, DraftsOptions, ImportOutcome, OpenNotice, SaveProblem, TabNotice } from './drafts-types.ts';

type Schema = typeof import('../storage/draft-schema.ts');
/** The draft being answered: its identity and the revision stored last, or 'new' before its first write. */
type Current = Pick<Draft, 'id' | 'name' | 'createdAt'> & { revision: Expected };

/** Drafts around one session; `start()` opens the store and resumes the last draft. */
export const DraftsModel = createModel((session: Session, ruleset: Ruleset, options: DraftsOptions = {}) => {
  const { open = () => openDraftStore(), now = () => new Date(), saveDelayMs = 100, counter = false } = options;
  const channel = options.channel === undefined ? browserTabChannel() : options.channel;
  const tab = newDraftId();
  const ready = signal(false);
  const fault = signal<DraftStoreFault | null>(null);
  const problem = signal<SaveProblem | null>(null);
  const drafts = signal<Draft[]>([]);
  const damaged = signal<Damaged | null>(null);
  const currentId = signal<string | null>(null);
  const notice = signal<OpenNotice | null>(null);
  const tabNotice = signal<TabNotice | null>(null);
  /** An interview from a hand-off link is on screen and not saved here yet. */
  const previewing = signal(false);
  const itemIds = new Set(ruleset.items.map((i) => i.id));

  let store: DraftStore | null = null;
  let schema: Schema | null = null;
  /** Start-up found records (or pending changes) that must be checked before use. */
  let mustCheck = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: Current | null = null;
  /** The interview as last stored or loaded: what a merge starts from, and a save is due only when the session differs. */
  let base: SavedSession = content();
  let savedKey = keyOf(base);
  const untouched = savedKey;

  function content(): SavedSession {
    return { answers: session.answers.value, asOf: session.asOf.value, audiences: session.audiences.value };
  }
  function keyOf(s: SavedSession): string {
    return JSON.stringify([s.answers, s.asOf, s.audiences]);
  }
  const isEmpty = (s: SavedSession) => Object.keys(s.answers).length === 0 && s.audiences.length === 0;

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
      if (current?.id === draft.id) current.revision = outcome.revision;
      channel?.post({ type: 'saved', id: draft.id, revision: outcome.revision });
      // Autosave writes at every answer: the list takes the one draft written, rather than reading and checking every
      // record again. A refused or failed write re-reads, so the list shows what the store really holds.
      drafts.value = newestFirst([...drafts.value.filter((d) => d.id !== draft.id), { ...draft, revision: outcome.revision }]);
    } else await refresh();
    return outcome;
  }

  /** An interview as a draft, with the rules it was evaluated under and a snapshot of the results. */
  function draftOf(meta: Pick<Draft, 'id' | 'name' | 'createdAt'>, s: SavedSession, updatedAt: string): Draft {
    const results = keyOf(s) === keyOf(content()) ? snapshotResults(session.evaluation.value) : undefined;
    return { id: meta.id, name: meta.name, createdAt: meta.createdAt, updatedAt, rulesVersion: ruleset.version, rulesHash: ruleset.hash, ...s, results };
  }

  /** Puts an interview into the session without it counting as the user's change (nothing pending, no save due). */
  let applying = false;
  function apply(s: SavedSession): string[] {
    applying = true;
    try {
      return session.load(s);
    } finally {
      applying = false;
    }
  }

  function remember(id: string | null): void {
    if (!counter) saveLastDraftId(id);
  }

  /** Keeps the change synchronously (localStorage), so a reload or a closed browser a moment later loses nothing. */
  function keepPending(): void {
    const s = content();
    if (!current && isEmpty(s)) return;
    if (!current) {
      current = { id: newDraftId(), name: '', createdAt: now().toISOString(), revision: 'new' };
      currentId.value = current.id;
      remember(current.id);
    }
    const record = { draft: draftOf(current, s, now().toISOString()), base: { ...base, revision: current.revision } };
    writePending(tab, JSON.stringify(record));
  }

  async function save(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const mine = content();
    if (!store || keyOf(mine) === savedKey) return;
    if (!current && isEmpty(mine)) return void (savedKey = keyOf(mine)); // A blank new interview is not worth a draft.
    // The autosave effect kept this change pending already; only a save it did not see (keeping a preview) starts one.
    if (!current) keepPending();
    const meta = current!;
    const outcome = await write(draftOf(meta, mine, now().toISOString()), meta.revision);
    if (!outcome) return; // Failed: the pending copy stays for the next start, the banner says so.
    if (current !== meta) return; // Wiped or replaced meanwhile: nothing of it may come back.
    if (outcome.ok) {
      base = mine;
      savedKey = keyOf(mine);
      remember(meta.id);
      if (keyOf(content()) === savedKey) clearPending(tab);
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
    const { overridden: _, ...merged } = mergeSessions(base, mine, theirs);
    const again = await write(draftOf(meta, merged, now().toISOString()), revisionOf(outcome.stored));
    if (current !== meta || !again?.ok) return;
    apply(merged);
    base = { answers: merged.answers, asOf: merged.asOf, audiences: merged.audiences };
    savedKey = keyOf(content());
    clearPending(tab);
    tabNotice.value = 'merged';
  }

  /** Puts a draft into the session, and re-evaluates it if it was saved under other rules. */
  async function load(draft: Draft): Promise<void> {
    const dropped = apply(draft);
    current = { id: draft.id, name: draft.name, createdAt: draft.createdAt, revision: draft.revision ?? 0 };
    currentId.value = draft.id;
    remember(draft.id);
    base = content();
    savedKey = keyOf(base);
    tabNotice.value = null;
    const otherRules = draft.rulesHash !== ruleset.hash || draft.rulesVersion !== ruleset.version;
    const changes = otherRules && draft.results ? compareResults(ruleset, draft.results, session.evaluation.value) : [];
    notice.value =
      otherRules || dropped.length > 0
        ? { draftName: draft.name, fromVersion: otherRules ? draft.rulesVersion : null, changes, dropped }
        : null;
    // Told once: the draft now records the current rules and results, and keeps its "updated" time.
    if (otherRules || dropped.length > 0) await write(draftOf(current, base, draft.updatedAt), current.revision);
  }

  /** A fresh, empty interview that becomes a draft at its first answer; the evaluation date stays. */
  function blank(): void {
    previewing.value = false;
    clearTimeout(timer);
    timer = undefined;
    if (current) clearPending(tab);
    current = null;
    currentId.value = null;
    notice.value = null;
    apply({ answers: {}, asOf: session.asOf.value, audiences: [] });
    base = content();
    savedKey = keyOf(base);
  }

  /** Another tab's news. */
  async function hear(m: TabMessage): Promise<void> {
    if (m.type === 'wiped') {
      // A write of ours may still land after the other tab's wipe: delete what it would bring back.
      const mine = current?.id;
      store?.discardUnsaved();
      blank();
      const stored = mine ? await read(mine) : null;
      if (mine && stored && (m.all || !stored.name.trim())) await guard((s) => s.remove(mine));
    } else if (m.type === 'saved' && current?.id === m.id && typeof current.revision === 'number' && m.revision > current.revision) {
      // Nothing of ours pending: show what the other tab saved. Something pending: the next save merges.
      if (keyOf(content()) === savedKey && timer === undefined) {
        const d = await read(m.id);
        if (d && current?.id === m.id && keyOf(content()) === savedKey) {
          apply(d);
          current.revision = d.revision ?? 0;
          base = content();
          savedKey = keyOf(base);
        }
      }
    }
    await refresh();
  }

  // Every change is kept at once in localStorage, and written to IndexedDB shortly after. A pending save is never
  // pushed back, so answering quickly cannot keep everything out of IndexedDB until the page closes.
  effect(() => {
    const key = keyOf(content());
    if (!ready.value || applying || key === savedKey) return;
    previewing.value = false; // Changed by the user: theirs now, kept like any interview.
    keepPending();
    if (timer === undefined) timer = setTimeout(() => void save(), saveDelayMs);
  });

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

  const list = computed<DraftSummary[]>(() =>
    drafts.value.map(({ id, name, createdAt, updatedAt, answers }) => ({ id, name, createdAt, updatedAt, answerCount: Object.keys(answers).length })),
  );

  return {
    /** False until the store is open and the last draft resumed. */
    ready: ready as ReadonlySignal<boolean>,
    /** Why drafts are only kept in memory for this visit; null when they are saved on the device. */
    fault: fault as ReadonlySignal<DraftStoreFault | null>,
    /** The last write failed (storage full, or another error); cleared by the next successful write. */
    problem: problem as ReadonlySignal<SaveProblem | null>,
    /** Every draft, most recently changed first. */
    list,
    /** Stored records that cannot be read as drafts; null when there are none. */
    damaged: damaged as ReadonlySignal<Damaged | null>,
    /** The draft being answered; null for a new interview not yet saved. */
    currentId: currentId as ReadonlySignal<string | null>,
    /** What changed when the last draft was opened under other rules; null when nothing is to be told. */
    notice: notice as ReadonlySignal<OpenNotice | null>,
    /** An interview from a hand-off link is on screen, not saved on this device until kept or changed. */
    previewing: previewing as ReadonlySignal<boolean>,
    /** Another tab merged into or deleted the draft on screen; null when nothing is to be told. */
    tabNotice: tabNotice as ReadonlySignal<TabNotice | null>,
    /** The person's answers would be lost by a wipe: there are answers, and the draft holding them has no name. */
    unsavedPerson: computed(() => !isEmpty(content()) && !drafts.value.some((d) => d.id === currentId.value && d.name.trim())),
    /** Something of a person is on the device: answers on screen, or drafts nobody named. */
    holdsPerson: computed(() => !isEmpty(content()) || drafts.value.some((d) => !d.name.trim()) || damaged.value !== null),

    /** Opens the store, recovers what a page left pending, and resumes the last draft (never at a counter). Never rejects. */
    async start(): Promise<void> {
      try {
        const opened = await open();
        store = opened.store;
        fault.value = opened.fault ?? null;
        // The checks (zod) load only when something was stored: a first visit starts without them.
        const stored = await store.list().catch(() => null);
        const pending = readAllPending().length > 0;
        if (pending || stored === null || stored.length > 0) {
          mustCheck = true;
          schema = await loadSchema();
        }
        if (schema && pending) await recoverPending(schema, { get: (id) => guard((st) => st.get(id)), put: (d, e) => guard((st) => st.put(d, e)), check });
        await refresh();
        channel?.listen((m) => void hear(m));
        const last = loadLastDraftId();
        const resume = !counter && last ? drafts.value.find((d) => d.id === last) : undefined;
        if (resume && keyOf(content()) === untouched) await load(resume);
      } catch {
        // Whatever failed, the calculator works, with the banner saying drafts are not kept; records that could not
        // be checked are never used.
        if (mustCheck && !schema) store = null;
        fault.value ??= 'error';
      } finally {
        ready.value = true;
      }
    },
    /** Saves a pending change now (the page is being hidden, or an update will reload it). */
    flush: save,
    /** Opens a saved draft in place of the current one (which is saved first). */
    async open(id: string): Promise<boolean> {
      await save();
      const draft = await read(id);
      if (draft) await load(draft);
      return draft !== null;
    },
    /**
     * Shows an interview that came by a hand-off link, not yet saved on this device: it becomes a draft when the user
     * keeps it (`keepPreview`) or changes anything. Returns the answers and audiences these rules do not take.
     */
    async preview(shared: SavedSession): Promise<string[]> {
      await save();
      blank();
      const dropped = apply(shared);
      base = content();
      savedKey = keyOf(base);
      previewing.value = true;
      return dropped;
    },
    /** A hand-off link's interview, checked as a draft file is (bounds, ids, known items); null when it is not one. */
    async checkShared(s: SharedInterview): Promise<Draft | null> {
      if (!(await checks())) return null;
      const stamp = now().toISOString();
      return check({ id: newDraftId(), name: '', createdAt: stamp, updatedAt: stamp, ...s });
    },
    /** Keeps the interview shown from a link as a draft on this device. */
    async keepPreview(): Promise<void> {
      previewing.value = false;
      savedKey = '';
      await save();
    },
    /** Starts a new, empty interview; the current one stays saved, and a reload does not bring it back. */
    async newDraft(): Promise<void> {
      await save();
      blank();
      remember('');
    },
    /** Names a draft (a name is cut to the length a draft may have). */
    async rename(id: string, name: string): Promise<void> {
      await save();
      const named = name.slice(0, 80);
      if (current?.id === id) current.name = named;
      const draft = await read(id);
      if (draft) await write({ ...draft, name: named }, draft.revision ?? 0);
    },
    /** Copies a draft under a new name; the copy is not opened. */
    async duplicate(id: string, name: string): Promise<void> {
      await save();
      const draft = await read(id);
      const stamp = now().toISOString();
      if (draft) await write({ ...draft, id: newDraftId(), name: name.slice(0, 80), createdAt: stamp, updatedAt: stamp, revision: undefined }, 'new');
    },
    /** Deletes a draft; deleting the current one starts a new interview. */
    async remove(id: string): Promise<void> {
      if (current?.id === id) blank();
      await guard((s) => s.remove(id));
      channel?.post({ type: 'listed' });
      await refresh();
    },
    /** Deletes every draft and preference on this device, in every tab, and starts afresh. */
    clearAll: () => wipe(true),
    /** Next person at the counter: the interview and every unnamed draft go, in every tab; named drafts stay. */
    nextPerson: () => wipe(false),
    /** Deletes the records that cannot be read (after the user could save them to a file). */
    async dropDamaged(): Promise<void> {
      if (damaged.value?.whole) return wipe(true);
      for (const r of damaged.value?.records ?? []) await removeRecord(r);
      await refresh();
    },
    /** A draft as the text of an export file. */
    async exportText(id: string): Promise<{ name: string; text: string } | undefined> {
      await save();
      const draft = await read(id);
      return draft && schema ? { name: draft.name, text: schema.draftToFile({ ...draft, revision: undefined }, now()) } : undefined;
    },
    /** Reads an export file and opens it as a new draft; a refused file leaves everything as it was. */
    async importText(text: string): Promise<ImportOutcome> {
      let files: Schema;
      try {
        files = schema ??= await loadSchema();
      } catch (e) {
        return { ok: false, problem: 'stale', detail: String(e) };
      }
      const parsed = files.parseDraftFile(text, { now: now() });
      if (!parsed.ok) return parsed;
      const fresh = check(parsed.draft) ?? parsed.draft;
      await save();
      // Never overwrite: a file whose draft is still here comes in as a copy.
      const clash = await guard((s) => s.get(fresh.id));
      const draft = { ...fresh, id: clash === undefined ? fresh.id : newDraftId(), revision: undefined };
      const outcome = await write(draft, 'new');
      await load({ ...draft, revision: outcome?.ok ? outcome.revision : 0 });
      return { ok: true, name: draft.name, migratedFrom: parsed.migratedFrom };
    },
    /** Hides the notice about changed results. */
    dismissNotice() {
      notice.value = null;
    },
    /** Hides the notice about another tab. */
    dismissTabNotice() {
      tabNotice.value = null;
    },
  };
});

/** One drafts model instance. */
export type DraftsState = InstanceType<typeof DraftsModel>;

/** Drafts most recently changed first (ties by id, so the order is stable). */
function newestFirst(list: Draft[]): Draft[] {
  return list.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.id.localeCompare(b.id));
}
