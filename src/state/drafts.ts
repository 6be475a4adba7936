/**
 * Named drafts: the interview in progress is kept as it is given (synchronously in localStorage at every change, in
 * IndexedDB a tenth of a second later), resumed at start-up on a resident's own device, and can be listed, opened,
 * renamed, duplicated, deleted, exported and imported. A draft saved under other rules is re-evaluated on opening.
 * Every record read back is checked first; two tabs never overwrite each other (revisions, merged answers); at a
 * service counter "next person" leaves nothing of the person on the device, in any tab.
 * Modelled on Excalidraw's LocalData: never lose work, surface every storage error.
 *
 * Split in two by need (issue 14). This module, in the first load, holds what must work before any storage code
 * arrives: every signal the UI reads, the interview's bookkeeping (which draft is on screen, what was stored last) and
 * the synchronous localStorage copy of each change. The storage half (drafts-storage.ts: IndexedDB, the record
 * checks, merges, recovery, the other tabs' news) loads at start-up when the device may hold drafts or something is
 * pending, and otherwise at the first need: the first save (a tenth of a second after the first change, when
 * IndexedDB would be written anyway), a message from another tab, or any action. So a first visit shows its first
 * question without downloading it, and no change waits for it to be kept.
 */
import { computed, createModel, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Ruleset } from '../engine/index.ts';
import type { SharedInterview } from '../handoff/share-link.ts';
import type { Draft } from '../storage/draft-schema.ts';
import type { DraftStoreFault, Expected } from '../storage/drafts.ts';
import { mayHoldDrafts, newDraftId } from '../storage/drafts-lite.ts';
import { readAllPending, writePending } from '../storage/pending.ts';
import { saveLastDraftId } from '../storage/prefs.ts';
import type { Damaged, DraftSummary, DraftsOptions, ImportOutcome, OpenNotice, SaveProblem, TabNotice } from './drafts-types.ts';
import { snapshotResults } from './result-changes.ts';
import type { SavedSession, Session } from './session.ts';
import { browserTabChannel, type TabChannel } from './tab-channel.ts';

export type { Damaged, DraftSummary, DraftsOptions, ImportOutcome, OpenNotice, SaveProblem, TabNotice } from './drafts-types.ts';

/** The draft being answered: its identity and the revision stored last, or 'new' before its first write. */
export type Current = Pick<Draft, 'id' | 'name' | 'createdAt'> & { revision: Expected };

/** What both halves share: the signals, and the interview's bookkeeping, which either half may change. */
export interface DraftsCore {
  session: Session;
  ruleset: Ruleset;
  options: DraftsOptions;
  now: () => Date;
  counter: boolean;
  channel: TabChannel | null;
  /** This tab's key for its pending change. */
  tab: string;
  fault: Signal<DraftStoreFault | null>;
  problem: Signal<SaveProblem | null>;
  drafts: Signal<Draft[]>;
  damaged: Signal<Damaged | null>;
  currentId: Signal<string | null>;
  notice: Signal<OpenNotice | null>;
  tabNotice: Signal<TabNotice | null>;
  /** An interview from a hand-off link is on screen and not saved here yet. */
  previewing: Signal<boolean>;
  current: Current | null;
  /** The interview as last stored or loaded: what a merge starts from, and a save is due only when the session differs. */
  base: SavedSession;
  savedKey: string;
  /** The key of the session as the page started: start-up resumes a draft only over an untouched interview. */
  untouched: string;
  /** The save due, if any. */
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Set while a draft is put into the session, which is then not the user's change. */
  applying: boolean;
  content(): SavedSession;
  keyOf(s: SavedSession): string;
  isEmpty(s: SavedSession): boolean;
  /** An interview as a draft, with the rules it was evaluated under and a snapshot of the results. */
  draftOf(meta: Pick<Draft, 'id' | 'name' | 'createdAt'>, s: SavedSession, updatedAt: string): Draft;
  /** Puts an interview into the session without it counting as the user's change; returns what these rules refuse. */
  apply(s: SavedSession): string[];
  /** Remembers the draft to resume at the next start (never at a counter). */
  remember(id: string | null): void;
  /** Keeps the change synchronously (localStorage), so a reload or a closed browser a moment later loses nothing. */
  keepPending(): void;
}

type Storage = import('./drafts-storage.ts').DraftsStorage;

/** Drafts around one session; `start()` resumes the last draft. */
export const DraftsModel = createModel((session: Session, ruleset: Ruleset, options: DraftsOptions = {}) => {
  const { now = () => new Date(), saveDelayMs = 100, counter = false } = options;
  const probe = options.mayHoldDrafts ?? (options.open ? async () => true : mayHoldDrafts);
  const ready = signal(false);
  const drafts = signal<Draft[]>([]);
  const damaged = signal<Damaged | null>(null);
  const initial = options.pristine ?? content();

  function content(): SavedSession {
    return { answers: session.answers.value, asOf: session.asOf.value, audiences: session.audiences.value };
  }
  const keyOf = (s: SavedSession) => JSON.stringify([s.answers, s.asOf, s.audiences]);
  const isEmpty = (s: SavedSession) => Object.keys(s.answers).length === 0 && s.audiences.length === 0;

  const core: DraftsCore = {
    session,
    ruleset,
    options,
    now,
    counter,
    channel: options.channel === undefined ? browserTabChannel() : options.channel,
    tab: newDraftId(),
    fault: signal(null),
    problem: signal(null),
    drafts,
    damaged,
    currentId: signal(null),
    notice: signal(null),
    tabNotice: signal(null),
    previewing: signal(false),
    current: null,
    base: initial,
    savedKey: keyOf(initial),
    untouched: keyOf(initial),
    timer: undefined,
    applying: false,
    content,
    keyOf,
    isEmpty,
    draftOf(meta, s, updatedAt) {
      const results = keyOf(s) === keyOf(content()) ? snapshotResults(session.evaluation.value) : undefined;
      return { id: meta.id, name: meta.name, createdAt: meta.createdAt, updatedAt, rulesVersion: ruleset.version, rulesHash: ruleset.hash, ...s, results };
    },
    apply(s) {
      core.applying = true;
      try {
        return session.load(s);
      } finally {
        core.applying = false;
      }
    },
    remember(id) {
      if (!counter) saveLastDraftId(id);
    },
    keepPending() {
      const s = content();
      if (!core.current && isEmpty(s)) return;
      if (!core.current) {
        core.current = { id: newDraftId(), name: '', createdAt: now().toISOString(), revision: 'new' };
        core.currentId.value = core.current.id;
        core.remember(core.current.id);
      }
      const record = { draft: core.draftOf(core.current, s, now().toISOString()), base: { ...core.base, revision: core.current.revision } };
      writePending(core.tab, JSON.stringify(record));
    },
  };

  /** Whether start-up opens the store (something may be resumed or recovered) or leaves it to the first need. */
  let resumeAtStart = true;
  let storage: Promise<Storage> | null = null;
  /** The storage half, loaded and started once; a failed load means this page's version is gone from the cache. */
  function stored(): Promise<Storage> {
    return (storage ??= import('./drafts-storage.ts').then(
      async (m) => {
        const s = m.draftsStorage(core);
        await s.start(resumeAtStart);
        return s;
      },
      (e: unknown) => {
        storage = null;
        options.onStaleCode?.();
        throw e;
      },
    ));
  }
  /** Runs an action of the storage half; without its code, the action does nothing (and the page offers a reload). */
  async function via<T>(action: (s: Storage) => Promise<T>, otherwise: T): Promise<T> {
    let s: Storage;
    try {
      s = await stored();
    } catch {
      return otherwise;
    }
    return action(s);
  }
  const save = () => via((s) => s.save(), undefined);
  /** The storage half clears the timer as it saves; without it, the next change tries again. */
  const retryLater = () => void (storage ?? (core.timer = undefined));

  // Every change is kept at once in localStorage, and written to IndexedDB shortly after. A pending save is never
  // pushed back, so answering quickly cannot keep everything out of IndexedDB until the page closes.
  effect(() => {
    const key = keyOf(content());
    if (!ready.value || core.applying || key === core.savedKey) return;
    core.previewing.value = false; // Changed by the user: theirs now, kept like any interview.
    core.keepPending();
    if (core.timer === undefined) core.timer = setTimeout(() => void save().finally(retryLater), saveDelayMs);
  });

  return {
    /** False until start-up has resumed the last draft, or found there is none to resume. */
    ready: ready as ReadonlySignal<boolean>,
    /** Why drafts are only kept in memory for this visit; null when they are saved on the device. */
    fault: core.fault as ReadonlySignal<DraftStoreFault | null>,
    /** The last write failed (storage full, or another error); cleared by the next successful write. */
    problem: core.problem as ReadonlySignal<SaveProblem | null>,
    /** Every draft, most recently changed first. */
    list: computed<DraftSummary[]>(() =>
      drafts.value.map(({ id, name, createdAt, updatedAt, answers }) => ({ id, name, createdAt, updatedAt, answerCount: Object.keys(answers).length })),
    ),
    /** Stored records that cannot be read as drafts; null when there are none. */
    damaged: damaged as ReadonlySignal<Damaged | null>,
    /** The draft being answered; null for a new interview not yet saved. */
    currentId: core.currentId as ReadonlySignal<string | null>,
    /** What changed when the last draft was opened under other rules; null when nothing is to be told. */
    notice: core.notice as ReadonlySignal<OpenNotice | null>,
    /** An interview from a hand-off link is on screen, not saved on this device until kept or changed. */
    previewing: core.previewing as ReadonlySignal<boolean>,
    /** Another tab merged into or deleted the draft on screen; null when nothing is to be told. */
    tabNotice: core.tabNotice as ReadonlySignal<TabNotice | null>,
    /** The person's answers would be lost by a wipe: there are answers, and the draft holding them has no name. */
    unsavedPerson: computed(() => !isEmpty(content()) && !drafts.value.some((d) => d.id === core.currentId.value && d.name.trim())),
    /** Something of a person is on the device: answers on screen, or drafts nobody named. */
    holdsPerson: computed(() => !isEmpty(content()) || drafts.value.some((d) => !d.name.trim()) || damaged.value !== null),

    /**
     * Opens the store, recovers what a page left pending, and resumes the last draft (never at a counter); on a device
     * that holds no drafts and nothing pending (a first visit) it leaves the store to the first need. Never rejects.
     */
    async start(): Promise<void> {
      try {
        core.channel?.listen((m) => void via((s) => s.hear(m), undefined));
        resumeAtStart = counter || readAllPending().length > 0 || (await probe().catch(() => true));
        if (resumeAtStart) await stored();
      } catch {
        // Whatever failed, the calculator works, with the banner saying drafts are not kept.
        core.fault.value ??= 'error';
      } finally {
        ready.value = true;
      }
    },
    /** Saves a pending change now (the page is being hidden, or an update will reload it). */
    flush: () => (storage || core.timer !== undefined ? save() : Promise.resolve()),
    /** Opens a saved draft in place of the current one (which is saved first). */
    open: (id: string) => via((s) => s.open(id), false),
    /**
     * Shows an interview that came by a hand-off link, not yet saved on this device: it becomes a draft when the user
     * keeps it (`keepPreview`) or changes anything. Returns the answers and audiences these rules do not take.
     */
    preview: (shared: SavedSession) => via((s) => s.preview(shared), []),
    /** A hand-off link's interview, checked as a draft file is (bounds, ids, known items); null when it is not one. */
    checkShared: (shared: SharedInterview) => via((s) => s.checkShared(shared), null),
    /** Keeps the interview shown from a link as a draft on this device. */
    keepPreview: () => via((s) => s.keepPreview(), undefined),
    /** Starts a new, empty interview; the current one stays saved, and a reload does not bring it back. */
    newDraft: () => via((s) => s.newDraft(), undefined),
    /** Names a draft (a name is cut to the length a draft may have). */
    rename: (id: string, name: string) => via((s) => s.rename(id, name), undefined),
    /** Copies a draft under a new name; the copy is not opened. */
    duplicate: (id: string, name: string) => via((s) => s.duplicate(id, name), undefined),
    /** Deletes a draft; deleting the current one starts a new interview. */
    remove: (id: string) => via((s) => s.remove(id), undefined),
    /** Deletes every draft and preference on this device, in every tab, and starts afresh. */
    clearAll: () => via((s) => s.wipe(true), undefined),
    /** Next person at the counter: the interview and every unnamed draft go, in every tab; named drafts stay. */
    nextPerson: () => via((s) => s.wipe(false), undefined),
    /** Deletes the records that cannot be read (after the user could save them to a file). */
    dropDamaged: () => via((s) => s.dropDamaged(), undefined),
    /** A draft as the text of an export file. */
    exportText: (id: string) => via((s) => s.exportText(id), undefined),
    /** Reads an export file and opens it as a new draft; a refused file leaves everything as it was. */
    importText: (text: string) =>
      via((s) => s.importText(text), { ok: false, problem: 'stale', detail: 'the drafts code could not be loaded' } as ImportOutcome),
    /** Hides the notice about changed results. */
    dismissNotice() {
      core.notice.value = null;
    },
    /** Hides the notice about another tab. */
    dismissTabNotice() {
      core.tabNotice.value = null;
    },
  };
});

/** One drafts model instance. */
export type DraftsState = InstanceType<typeof DraftsModel>;

