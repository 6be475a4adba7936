/**
 * Named drafts: the interview in progress is saved as it is given (a tenth of a second after each change, and flushed when the page is hidden),
 * the last draft is resumed at start-up, and drafts can be listed, opened, renamed, duplicated, deleted, exported and
 * imported. A draft saved under other rules is re-evaluated on opening, and the results that changed are listed.
 * Modelled on Excalidraw's LocalData: never lose work, surface every storage error.
 */
import { createModel, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Ruleset } from '../engine/index.ts';
import type { Draft, DraftFileProblem } from '../storage/draft-schema.ts';
import { StorageFullError, newDraftId, openDraftStore, type DraftStore, type DraftStoreFault } from '../storage/drafts.ts';
import { forgetPrefs, loadLastDraftId, saveLastDraftId } from '../storage/prefs.ts';
import { compareResults, snapshotResults, type ResultChange } from './result-changes.ts';
import type { Session } from './session.ts';

/** A draft as the list shows it. */
export interface DraftSummary {
  id: string;
  /** '' until the user names it; the UI then shows a placeholder with the time. */
  name: string;
  createdAt: string;
  updatedAt: string;
  answerCount: number;
}

/** What went wrong with the last write: the quota is used up, or another storage error. */
export type SaveProblem = 'full' | 'error';

/** Told once a draft is opened: the results a rules update changed, and answers these rules no longer take. */
export interface OpenNotice {
  draftName: string;
  /** The rules version the draft was saved under, when it differs from the current one ('' if unknown). */
  fromVersion: string | null;
  changes: ResultChange[];
  dropped: string[];
}

/** The outcome of importing a file; a refused file changes nothing. */
export type ImportOutcome = { ok: true; name: string; migratedFrom?: 1 } | { ok: false; problem: DraftFileProblem; detail: string };

/** What the model needs from outside; injectable so tests run on a memory store with a fixed clock. */
export interface DraftsOptions {
  open?: () => Promise<{ store: DraftStore; fault?: DraftStoreFault }>;
  now?: () => Date;
  saveDelayMs?: number;
}

/** Drafts around one session; `start()` opens the store and resumes the last draft. */
export const DraftsModel = createModel((session: Session, ruleset: Ruleset, options: DraftsOptions = {}) => {
  const { open = () => openDraftStore(), now = () => new Date(), saveDelayMs = 100 } = options;
  const ready = signal(false);
  const fault = signal<DraftStoreFault | null>(null);
  const problem = signal<SaveProblem | null>(null);
  const list = signal<DraftSummary[]>([]);
  const currentId = signal<string | null>(null);
  const notice = signal<OpenNotice | null>(null);

  let store: DraftStore | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The current draft's identity; null until the first answer of a new interview is saved. */
  let current: Pick<Draft, 'id' | 'name' | 'createdAt'> | null = null;
  const contentKey = () => JSON.stringify([session.answers.value, session.asOf.value, session.audiences.value]);
  /** The session content last saved or loaded: a save is due only when the session differs from it. */
  let savedKey = contentKey();
  const untouched = savedKey;

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

  async function refresh(): Promise<void> {
    const all = await guard((s) => s.list());
    if (all) list.value = all.map(({ id, name, createdAt, updatedAt, answers }) => ({ id, name, createdAt, updatedAt, answerCount: Object.keys(answers).length }));
  }

  /** Writes a draft; on success a previous write problem is cleared (the store kept the draft readable either way). */
  async function write(draft: Draft): Promise<void> {
    const done = await guard(async (s) => {
      await s.put(draft);
      return true;
    });
    if (done) problem.value = null;
    await refresh();
  }

  /** The session as a draft, with the rules it was evaluated under and a snapshot of the results. */
  function draftOfSession(meta: Pick<Draft, 'id' | 'name' | 'createdAt'>, updatedAt: string): Draft {
    return {
      ...meta,
      updatedAt,
      rulesVersion: ruleset.version,
      rulesHash: ruleset.hash,
      asOf: session.asOf.value,
      audiences: session.audiences.value,
      answers: session.answers.value,
      results: snapshotResults(session.evaluation.value),
    };
  }

  async function save(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const key = contentKey();
    if (!store || key === savedKey) return;
    savedKey = key;
    const empty = session.answeredCount.value === 0 && session.audiences.value.length === 0;
    if (!current && empty) return; // A blank new interview is not worth a draft yet.
    const stamp = now().toISOString();
    current ??= { id: newDraftId(), name: '', createdAt: stamp };
    currentId.value = current.id;
    saveLastDraftId(current.id);
    await write(draftOfSession(current, stamp));
  }

  /** Puts a draft into the session, and re-evaluates it if it was saved under other rules. */
  async function load(draft: Draft): Promise<void> {
    const dropped = session.load(draft);
    current = { id: draft.id, name: draft.name, createdAt: draft.createdAt };
    currentId.value = draft.id;
    saveLastDraftId(draft.id);
    savedKey = contentKey();
    const otherRules = draft.rulesHash !== ruleset.hash || draft.rulesVersion !== ruleset.version;
    const changes = otherRules && draft.results ? compareResults(ruleset, draft.results, session.evaluation.value) : [];
    notice.value =
      otherRules || dropped.length > 0
        ? { draftName: draft.name, fromVersion: otherRules ? draft.rulesVersion : null, changes, dropped }
        : null;
    // Told once: the draft now records the current rules and results, and keeps its "updated" time.
    if (otherRules || dropped.length > 0) await write(draftOfSession(current, draft.updatedAt));
  }

  /** A fresh, empty interview that becomes a draft at its first answer; the evaluation date stays. */
  function blank(): void {
    clearTimeout(timer);
    timer = undefined;
    current = null;
    currentId.value = null;
    notice.value = null;
    saveLastDraftId(null);
    session.load({ answers: {}, asOf: session.asOf.value, audiences: [] });
    savedKey = contentKey();
  }

  // Autosave: a change to the answers, the date or who is asking schedules a save, unless one is already due. A
  // pending save is never pushed back, so answering quickly cannot keep everything unsaved until the page closes.
  effect(() => {
    const key = contentKey();
    if (!ready.value || key === savedKey || timer !== undefined) return;
    timer = setTimeout(() => void save(), saveDelayMs);
  });

  return {
    /** False until the store is open and the last draft resumed. */
    ready: ready as ReadonlySignal<boolean>,
    /** Why drafts are only kept in memory for this visit; null when they are saved on the device. */
    fault: fault as ReadonlySignal<DraftStoreFault | null>,
    /** The last write failed (storage full, or another error); cleared by the next successful write. */
    problem: problem as ReadonlySignal<SaveProblem | null>,
    /** Every draft, most recently changed first. */
    list: list as ReadonlySignal<DraftSummary[]>,
    /** The draft being answered; null for a new interview not yet saved. */
    currentId: currentId as ReadonlySignal<string | null>,
    /** What changed when the last draft was opened under other rules; null when nothing is to be told. */
    notice: notice as ReadonlySignal<OpenNotice | null>,

    /** Opens the store and resumes the draft the user was last on, unless an interview has already begun. */
    async start(): Promise<void> {
      const opened = await open();
      store = opened.store;
      fault.value = opened.fault ?? null;
      await refresh();
      if (contentKey() === untouched) {
        const last = loadLastDraftId();
        const resume = list.value.find((d) => d.id === last) ?? list.value[0];
        const draft = resume && (await guard((s) => s.get(resume.id)));
        if (draft && contentKey() === untouched) await load(draft);
      }
      ready.value = true;
    },
    /** Saves a pending change now (the page is being hidden, or an update will reload it). */
    flush: save,
    /** Opens a saved draft in place of the current one (which is saved first). */
    async open(id: string): Promise<boolean> {
      await save();
      const draft = await guard((s) => s.get(id));
      if (draft) await load(draft);
      return draft !== undefined;
    },
    /** Starts a new, empty interview; the current one stays saved. */
    async newDraft(): Promise<void> {
      await save();
      blank();
    },
    /** Names a draft. */
    async rename(id: string, name: string): Promise<void> {
      await save();
      if (current?.id === id) current.name = name;
      const draft = await guard((s) => s.get(id));
      if (draft) await write({ ...draft, name });
    },
    /** Copies a draft under a new name; the copy is not opened. */
    async duplicate(id: string, name: string): Promise<void> {
      await save();
      const draft = await guard((s) => s.get(id));
      const stamp = now().toISOString();
      if (draft) await write({ ...draft, id: newDraftId(), name, createdAt: stamp, updatedAt: stamp });
    },
    /** Deletes a draft; deleting the current one starts a new interview. */
    async remove(id: string): Promise<void> {
      if (current?.id === id) blank();
      await guard((s) => s.remove(id));
      await refresh();
    },
    /** Deletes every draft and preference on this device and starts afresh. */
    async clearAll(): Promise<void> {
      blank();
      await guard((s) => s.clear());
      forgetPrefs();
      await refresh();
    },
    /** A draft as the text of an export file (loads the file schema on first use). */
    async exportText(id: string): Promise<{ name: string; text: string } | undefined> {
      await save();
      const draft = await guard((s) => s.get(id));
      if (!draft) return undefined;
      const { draftToFile } = await import('../storage/draft-schema.ts');
      return { name: draft.name, text: draftToFile(draft, now()) };
    },
    /** Reads an export file and opens it as a new draft; a refused file leaves everything as it was. */
    async importText(text: string): Promise<ImportOutcome> {
      const { parseDraftFile } = await import('../storage/draft-schema.ts');
      const read = parseDraftFile(text, { now: now() });
      if (!read.ok) return read;
      await save();
      // Never overwrite: a file whose draft is still here comes in as a copy.
      const clash = await guard((s) => s.get(read.draft.id));
      const draft = clash ? { ...read.draft, id: newDraftId() } : read.draft;
      await write(draft);
      await load(draft);
      return { ok: true, name: draft.name, migratedFrom: read.migratedFrom };
    },
    /** Hides the notice about changed results. */
    dismissNotice() {
      notice.value = null;
    },
  };
});

/** One drafts model instance. */
export type DraftsState = InstanceType<typeof DraftsModel>;
