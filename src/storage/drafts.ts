/**
 * Where drafts are kept: IndexedDB when the browser allows it, else memory for this visit only.
 * Opening never throws; it reports why IndexedDB could not be used, so the app can say that drafts will not
 * outlive the tab. A write that fails later rejects with a StorageError (StorageFullError when the disk quota is
 * reached) for the app to warn about, and the draft stays readable from memory for the rest of the visit.
 * Duplicate and rename are a get and a put; they need nothing from the store.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Draft } from './draft-schema.ts';
import { DB_NAME } from './drafts-lite.ts';

/**
 * The drafts on this device. What it returns is a copy, read back as it was stored: untrusted (another version of the
 * app, a damaged disk or a crafted file may have written it), so the state layer checks every record before use.
 */
export interface DraftStore {
  /** 'memory' means drafts are lost when the tab closes. */
  readonly kind: 'indexeddb' | 'memory';
  /** Every stored record, unchecked. */
  list(): Promise<unknown[]>;
  get(id: string): Promise<unknown>;
  /**
   * Writes the draft as the next revision of its id. With `expected`, only if what is stored is still that revision
   * ('new': nothing is stored under the id): a tab that missed another tab's write (or a deletion) is refused, and
   * told what is stored now, so that nothing written elsewhere is overwritten or brought back.
   */
  put(draft: Draft, expected?: Expected): Promise<PutOutcome>;
  /** Deletes the record under this key (a number only in a damaged store). */
  remove(id: string | number): Promise<void>;
  clear(): Promise<void>;
  /** Forgets writes that failed and are only held in memory (another tab wiped the device). */
  discardUnsaved(): void;
}

/** The revision a conditional write expects to replace; 'new' when the draft has never been stored. */
export type Expected = number | 'new';
/** A write done (with the revision now stored), or refused because `stored` (undefined: deleted) is not the one expected. */
export type PutOutcome = { ok: true; revision: number } | { ok: false; stored: unknown };

/** The revision of a stored record; records from before revisions count as 0. */
export function revisionOf(record: unknown): number {
  const r = (record as { revision?: unknown } | null | undefined)?.revision;
  return typeof r === 'number' && Number.isSafeInteger(r) && r >= 0 ? r : 0;
}

/** Whether a conditional write may replace what is stored. */
function fits(stored: unknown, expected: Expected | undefined): boolean {
  if (expected === undefined) return true;
  if (expected === 'new') return stored === undefined;
  return stored !== undefined && revisionOf(stored) === expected;
}

/** Why drafts are only in memory: no IndexedDB here, another tab holds an old version open, a newer version of the app
 * upgraded the database (nothing is deleted: a reload runs that version), or it failed. */
export type DraftStoreFault = 'unavailable' | 'blocked' | 'newer' | 'error';

/** A read or write of saved drafts failed; `cause` holds the browser's error. */
export class StorageError extends Error {
  override name = 'StorageError';
}

/** The browser refused a write because the site's storage quota is used up. */
export class StorageFullError extends StorageError {
  override name = 'StorageFullError';
}

/** The database's version: a later store means a higher version and a step in `upgrade`. */
export const DB_VERSION = 1;
const STORE = 'drafts';
/** How long to wait for IndexedDB before falling back: some browsers never answer `open` (e.g. when blocked). */
const OPEN_TIMEOUT_MS = 3000;

interface DraftDB extends DBSchema {
  drafts: { key: string | number; value: Draft; indexes: { updatedAt: string } };
}

/** Opens the draft store; always resolves, with a memory store and a `fault` when IndexedDB cannot be used. */
export async function openDraftStore(
  options: { name?: string; timeoutMs?: number } = {},
): Promise<{ store: DraftStore; fault?: DraftStoreFault }> {
  const { name = DB_NAME, timeoutMs = OPEN_TIMEOUT_MS } = options;
  const fallback = (fault: DraftStoreFault) => ({ store: memoryDraftStore(), fault });
  let factory: IDBFactory | undefined;
  try {
    factory = globalThis.indexedDB; // Reading it can itself throw in some sandboxed iframes.
  } catch {
    return fallback('unavailable');
  }
  if (!factory) return fallback('unavailable');

  let db: IDBPDatabase<DraftDB> | undefined;
  let blocked = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const opening = openDB<DraftDB>(name, DB_VERSION, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) database.createObjectStore(STORE, { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      },
      blocked: () => (blocked = true),
      // A newer version of the app in another tab needs the upgrade: step aside; our later writes reject.
      blocking: () => db?.close(),
    });
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const opened = await Promise.race([opening, timeout]);
    if (opened === 'timeout') {
      // Should the open succeed after all, close it, so that we do not block another tab's upgrade.
      opening.then((late) => late.close(), () => undefined);
      return fallback(blocked ? 'blocked' : 'error');
    }
    db = opened;
    if (!db.objectStoreNames.contains(STORE)) {
      db.close();
      return fallback('error');
    }
    return { store: new IdbDraftStore(db) };
  } catch (e) {
    // SecurityError: storage is denied here (an opaque-origin iframe, some private modes). VersionError: the database
    // is at a higher version than this code knows, i.e. a newer app ran here; it must not be touched.
    const name = errorName(e);
    return fallback(name === 'SecurityError' ? 'unavailable' : name === 'VersionError' ? 'newer' : 'error');
  } finally {
    clearTimeout(timer);
  }
}

/** A store that keeps drafts in memory only: the fallback, and a stand-in for tests of the state layer. */
export function memoryDraftStore(): DraftStore {
  const records = new Map<unknown, unknown>();
  return {
    kind: 'memory',
    list: async () => [...records.values()].map((d) => structuredClone(d)),
    get: async (id) => structuredClone(records.get(id)),
    put: async (draft, expected) => {
      const stored = records.get(draft.id);
      if (!fits(stored, expected)) return { ok: false, stored: structuredClone(stored) };
      const revision = revisionOf(stored) + 1;
      records.set(draft.id, structuredClone({ ...draft, revision }));
      return { ok: true, revision };
    },
    remove: async (id) => void records.delete(id),
    clear: async () => records.clear(),
    discardUnsaved: () => undefined,
  };
}

class IdbDraftStore implements DraftStore {
  readonly kind = 'indexeddb';
  readonly #db: IDBPDatabase<DraftDB>;
  /** Drafts whose latest write has not reached IndexedDB: reads see them, so a failed write loses nothing. */
  readonly #unsaved = new Map<string, Draft>();

  constructor(db: IDBPDatabase<DraftDB>) {
    this.#db = db;
  }

  async list(): Promise<unknown[]> {
    const saved: unknown[] = await attempt('Reading drafts', () => this.#db.getAll(STORE));
    const byId = new Map<unknown, unknown>(saved.map((d) => [(d as { id?: unknown } | null)?.id, d]));
    for (const d of this.#unsaved.values()) byId.set(d.id, structuredClone(d));
    return [...byId.values()];
  }

  async get(id: string): Promise<unknown> {
    return structuredClone(this.#unsaved.get(id)) ?? attempt('Reading a draft', () => this.#db.get(STORE, id));
  }

  async put(draft: Draft, expected?: Expected): Promise<PutOutcome> {
    return attempt('Saving the draft', async () => {
      // One read-write transaction: no other tab can write between the check and the write.
      const tx = this.#db.transaction(STORE, 'readwrite');
      const stored: unknown = await tx.store.get(draft.id);
      if (!fits(stored, expected)) {
        tx.abort();
        await tx.done.catch(() => undefined);
        return { ok: false, stored };
      }
      const mine = structuredClone({ ...draft, revision: revisionOf(stored) + 1 });
      // Held in memory until stored: should the write fail, reads still see it (and the caller is told).
      this.#unsaved.set(mine.id, mine);
      await tx.store.put(mine);
      await tx.done;
      // A newer put of the same draft may have started meanwhile; only that one may clear its entry.
      if (this.#unsaved.get(mine.id) === mine) this.#unsaved.delete(mine.id);
      return { ok: true, revision: mine.revision };
    });
  }

  async remove(id: string | number): Promise<void> {
    this.#unsaved.delete(String(id));
    await attempt('Deleting the draft', () => this.#db.delete(STORE, id));
  }

  async clear(): Promise<void> {
    this.#unsaved.clear();
    await attempt('Deleting all drafts', () => this.#db.clear(STORE));
  }

  discardUnsaved(): void {
    this.#unsaved.clear();
  }
}

const QUOTA_ERRORS = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** Runs an IndexedDB operation, turning whatever it throws (also synchronously, on a closed database) into ours. */
async function attempt<T>(what: string, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    const name = errorName(e);
    if (name && QUOTA_ERRORS.has(name)) throw new StorageFullError(`${what} failed: storage is full`, { cause: e });
    throw new StorageError(`${what} failed: ${name ?? String(e)}`, { cause: e });
  }
}

function errorName(e: unknown): string | undefined {
  const name = (e as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : undefined;
}

