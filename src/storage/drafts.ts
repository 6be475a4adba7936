/**
 * Where drafts are kept: IndexedDB when the browser allows it, else memory for this visit only.
 * Opening never throws; it reports why IndexedDB could not be used, so the app can say that drafts will not
 * outlive the tab. A write that fails later rejects with a StorageError (StorageFullError when the disk quota is
 * reached) for the app to warn about, and the draft stays readable from memory for the rest of the visit.
 * Duplicate and rename are a get and a put; they need nothing from the store.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Draft } from './draft-schema.ts';

/** The drafts on this device. Everything returned is a copy: changing it changes nothing stored. */
export interface DraftStore {
  /** 'memory' means drafts are lost when the tab closes. */
  readonly kind: 'indexeddb' | 'memory';
  /** Every draft, most recently updated first. */
  list(): Promise<Draft[]>;
  get(id: string): Promise<Draft | undefined>;
  /** Adds or replaces the draft with this id. */
  put(draft: Draft): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
}

/** Why drafts are only in memory: no IndexedDB here, another tab holds an old version open, or it failed. */
export type DraftStoreFault = 'unavailable' | 'blocked' | 'error';

/** A read or write of saved drafts failed; `cause` holds the browser's error. */
export class StorageError extends Error {
  override name = 'StorageError';
}

/** The browser refused a write because the site's storage quota is used up. */
export class StorageFullError extends StorageError {
  override name = 'StorageFullError';
}

/** The one IndexedDB database of the app: a later store means a higher version and a step in `upgrade`. */
export const DB_NAME = 'hz-benefits';
export const DB_VERSION = 1;
const STORE = 'drafts';
/** How long to wait for IndexedDB before falling back: some browsers never answer `open` (e.g. when blocked). */
const OPEN_TIMEOUT_MS = 3000;

interface DraftDB extends DBSchema {
  drafts: { key: string; value: Draft; indexes: { updatedAt: string } };
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
    // SecurityError: storage is denied here (an opaque-origin iframe, some private modes).
    return fallback(errorName(e) === 'SecurityError' ? 'unavailable' : 'error');
  } finally {
    clearTimeout(timer);
  }
}

/** A fresh draft id. Uses getRandomValues, because randomUUID is missing outside secure contexts (http iframes).
 * It lives here, not with the schema, so creating a draft does not load zod. */
export function newDraftId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A store that keeps drafts in memory only: the fallback, and a stand-in for tests of the state layer. */
export function memoryDraftStore(): DraftStore {
  const drafts = new Map<string, Draft>();
  return {
    kind: 'memory',
    list: async () => newestFirst([...drafts.values()].map((d) => structuredClone(d))),
    get: async (id) => copy(drafts.get(id)),
    put: async (draft) => void drafts.set(draft.id, structuredClone(draft)),
    remove: async (id) => void drafts.delete(id),
    clear: async () => drafts.clear(),
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

  async list(): Promise<Draft[]> {
    const saved = await attempt('Reading drafts', () => this.#db.getAllFromIndex(STORE, 'updatedAt'));
    const byId = new Map(saved.map((d) => [d.id, d]));
    for (const d of this.#unsaved.values()) byId.set(d.id, structuredClone(d));
    return newestFirst([...byId.values()]);
  }

  async get(id: string): Promise<Draft | undefined> {
    return copy(this.#unsaved.get(id)) ?? attempt('Reading a draft', () => this.#db.get(STORE, id));
  }

  async put(draft: Draft): Promise<void> {
    const mine = structuredClone(draft);
    this.#unsaved.set(mine.id, mine);
    await attempt('Saving the draft', () => this.#db.put(STORE, mine));
    // A newer put of the same draft may have started meanwhile; only that one may clear its entry.
    if (this.#unsaved.get(mine.id) === mine) this.#unsaved.delete(mine.id);
  }

  async remove(id: string): Promise<void> {
    this.#unsaved.delete(id);
    await attempt('Deleting the draft', () => this.#db.delete(STORE, id));
  }

  async clear(): Promise<void> {
    this.#unsaved.clear();
    await attempt('Deleting all drafts', () => this.#db.clear(STORE));
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

function copy(d: Draft | undefined): Draft | undefined {
  return d && structuredClone(d);
}

function newestFirst(drafts: Draft[]): Draft[] {
  return drafts.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.id.localeCompare(b.id));
}
