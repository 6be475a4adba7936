/** The draft store: IndexedDB (fake-indexeddb) when it works, memory when it does not, and no draft lost on a failed write. */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../src/storage/draft-schema.ts';
import { DB_VERSION, StorageError, StorageFullError, memoryDraftStore, openDraftStore, type DraftStore } from '../../src/storage/drafts.ts';
import { DB_NAME, mayHoldDrafts } from '../../src/storage/drafts-lite.ts';

let serial = 0;
/** A fresh database per test, so tests cannot see each other's drafts. */
const freshName = () => `hz-benefits-test-${++serial}`;

function draft(id: string, updatedAt: string, change: Partial<Draft> = {}): Draft {
  return {
    id,
    name: `草稿 ${id}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt,
    rulesVersion: '2025.6.1',
    rulesHash: 'h',
    asOf: '2026-01-01',
    audiences: ['graduate'],
    answers: { a: true, b: 3, c: ['x'], d: null },
    ...change,
  };
}

const a = draft('a', '2026-01-01T00:00:00.000Z');
const b = draft('b', '2026-03-01T00:00:00.000Z');
const c = draft('c', '2026-02-01T00:00:00.000Z');

afterEach(() => vi.restoreAllMocks());

const ids = async (store: DraftStore) => ((await store.list()) as Draft[]).map((d) => d.id).sort();
const at = (d: Draft, revision: number) => ({ ...d, revision });

/** The behaviour both kinds of store share. */
async function exercise(store: DraftStore) {
  expect(await store.list()).toEqual([]);
  expect(await store.get('a')).toBeUndefined();
  for (const d of [a, b, c]) expect(await store.put(d)).toEqual({ ok: true, revision: 1 });
  expect(await ids(store)).toEqual(['a', 'b', 'c']);
  expect(await store.get('a')).toEqual(at(a, 1));

  expect(await store.put({ ...a, name: 'renamed', updatedAt: '2026-04-01T00:00:00.000Z' })).toEqual({ ok: true, revision: 2 });
  expect(await store.get('a')).toMatchObject({ name: 'renamed', revision: 2 });

  const got = (await store.get('b')) as Draft;
  got.answers.a = false;
  expect(((await store.get('b')) as Draft).answers.a).toBe(true);

  await store.remove('b');
  expect(await store.get('b')).toBeUndefined();
  await store.clear();
  expect(await store.list()).toEqual([]);
}

/** Conditional writes: a tab that did not see the last write (or a deletion) is refused and told what is stored. */
async function exerciseRevisions(store: DraftStore) {
  expect(await store.put(a, 'new')).toEqual({ ok: true, revision: 1 });
  expect(await store.put({ ...a, name: 'tab B' }, 'new')).toEqual({ ok: false, stored: at(a, 1) });
  expect(await store.put({ ...a, name: 'tab A' }, 1)).toEqual({ ok: true, revision: 2 });
  // Tab B still thinks revision 1 is stored: refused, and shown tab A's write.
  expect(await store.put({ ...a, name: 'tab B' }, 1)).toEqual({ ok: false, stored: { ...at(a, 2), name: 'tab A' } });
  expect(await store.get('a')).toMatchObject({ name: 'tab A', revision: 2 });
  // Deleted elsewhere: a write expecting it is refused, so nothing comes back.
  await store.remove('a');
  expect(await store.put(a, 2)).toEqual({ ok: false, stored: undefined });
  expect(await store.get('a')).toBeUndefined();
  // A record from before revisions counts as revision 0.
  await store.put(b);
  expect(await store.put(b, 1)).toMatchObject({ ok: true, revision: 2 });
}

describe('the IndexedDB store', () => {
  it('keeps, lists, replaces, copies, removes and clears drafts', async () => {
    const { store, fault } = await openDraftStore({ name: freshName() });
    expect([store.kind, fault]).toEqual(['indexeddb', undefined]);
    await exercise(store);
  });

  it('refuses a write that expects another revision than the one stored', async () => {
    await exerciseRevisions((await openDraftStore({ name: freshName() })).store);
  });

  it('keeps drafts across openings, in object store "drafts" keyed by id with an updatedAt index', async () => {
    const name = freshName();
    await (await openDraftStore({ name })).store.put(a);
    expect(await (await openDraftStore({ name })).store.get('a')).toEqual(at(a, 1));

    const db = await openDB(name);
    const tx = db.transaction('drafts');
    expect([db.version, tx.store.keyPath, [...tx.store.indexNames], tx.store.index('updatedAt').keyPath]).toEqual([DB_VERSION, 'id', ['updatedAt'], 'updatedAt']);
    db.close();
  });

  it('rejects a write over quota with StorageFullError and keeps the draft readable', async () => {
    const name = freshName();
    const { store } = await openDraftStore({ name });
    await store.put(a);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const edited = { ...a, name: 'edited', updatedAt: '2026-05-01T00:00:00.000Z' };
    const failure = await store.put(edited, 1).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageFullError);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as Error).cause).toMatchObject({ name: 'QuotaExceededError' });

    expect(await store.get('a')).toEqual(at(edited, 2));
    expect(await store.list()).toEqual([at(edited, 2)]);

    // Once there is room again, the same put (still expecting revision 1, which is what is stored) goes through.
    put.mockRestore();
    expect(await store.put(edited, 1)).toEqual({ ok: true, revision: 2 });
    expect(await (await openDraftStore({ name })).store.get('a')).toEqual(at(edited, 2));
  });

  it('rejects any other failed write with a plain StorageError, and the draft stays readable', async () => {
    const name = freshName();
    const { store } = await openDraftStore({ name });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Disk error', 'UnknownError');
    });
    const failure = await store.put(b).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect(failure).not.toBeInstanceOf(StorageFullError);
    expect(await store.get('b')).toEqual(at(b, 1));
    vi.restoreAllMocks();
    // It never reached the disk: another opening does not have it.
    expect(await (await openDraftStore({ name })).store.get('b')).toBeUndefined();
  });

  it('steps aside for a newer version in another tab; later writes reject but lose nothing', async () => {
    const name = freshName();
    const { store } = await openDraftStore({ name });
    await store.put(a);
    const upgrade = await Promise.race([
      openDB(name, DB_VERSION + 1).then((db) => (db.close(), 'upgraded')),
      new Promise((resolve) => setTimeout(() => resolve('blocked by our connection'), 1000)),
    ]);
    expect(upgrade).toBe('upgraded');
    await expect(store.put(b)).rejects.toBeInstanceOf(StorageError);
    await expect(store.list()).rejects.toBeInstanceOf(StorageError);
  });
});

describe('falling back to memory', () => {
  it('uses memory and reports "unavailable" when the browser has no IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error -- simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const { store, fault } = await openDraftStore({ name: freshName() });
      expect([store.kind, fault]).toEqual(['memory', 'unavailable']);
      await exercise(store);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('reports "unavailable" when opening is denied, and "error" when it fails otherwise', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(await openDraftStore({ name: freshName() })).toMatchObject({ store: { kind: 'memory' }, fault: 'unavailable' });
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new Error('broken');
    });
    expect(await openDraftStore({ name: freshName() })).toMatchObject({ store: { kind: 'memory' }, fault: 'error' });
  });

  it('reports "newer" (not private mode) when a newer app upgraded the database, and deletes nothing', async () => {
    const name = freshName();
    await (await openDraftStore({ name })).store.put(a);
    (await openDB(name, DB_VERSION + 1)).close();
    expect(await openDraftStore({ name })).toMatchObject({ store: { kind: 'memory' }, fault: 'newer' });
    const db = await openDB(name);
    expect([db.version, await db.get('drafts', 'a')]).toEqual([DB_VERSION + 1, at(a, 1)]);
    db.close();
  });

  it('gives up after the timeout when opening never answers', async () => {
    const name = freshName();
    // An old connection that ignores versionchange, and an upgrade queued behind it: our open waits in line.
    const old = await openDB(name, 1);
    const upgrade = openDB(name, 2);
    const started = Date.now();
    const opened = await openDraftStore({ name, timeoutMs: 100 });
    expect(opened).toMatchObject({ store: { kind: 'memory' }, fault: 'error' });
    expect(Date.now() - started).toBeLessThan(2000);
    old.close();
    (await upgrade).close();
  });

  it('reports "blocked" when an older tab holds the database open, and closes the late connection', async () => {
    const name = freshName();
    const old = await openDB(name, 1, { upgrade: (db) => db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt') });
    // Stand in for a later release of this app, which asks for version 2 while the old tab holds version 1.
    const realOpen = indexedDB.open.bind(indexedDB);
    vi.spyOn(indexedDB, 'open').mockImplementation((n: string) => realOpen(n, 2));
    const opened = await openDraftStore({ name, timeoutMs: 100 });
    expect(opened).toMatchObject({ store: { kind: 'memory' }, fault: 'blocked' });
    vi.restoreAllMocks();

    old.close(); // Our abandoned open now completes; it must close at once rather than block the next upgrade.
    const next = await Promise.race([
      openDB(name, 3).then((db) => (db.close(), 'opened')),
      new Promise((resolve) => setTimeout(() => resolve('still blocked'), 1000)),
    ]);
    expect(next).toBe('opened');
  });
});

describe('the memory store', () => {
  it('behaves as the IndexedDB store does', async () => {
    const store = memoryDraftStore();
    expect(store.kind).toBe('memory');
    await exercise(store);
    await exerciseRevisions(memoryDraftStore());
  });
});

describe('whether the device may hold drafts (start-up opens the store only then)', () => {
  it('is false until the app has opened its database here, true after', async () => {
    expect(await mayHoldDrafts()).toBe(false);
    expect((await openDraftStore({ name: DB_NAME })).store.kind).toBe('indexeddb');
    expect(await mayHoldDrafts()).toBe(true);
    // The open store steps aside for the deletion (its `blocking` handler closes it).
    await new Promise((resolve) => (indexedDB.deleteDatabase(DB_NAME).onsuccess = resolve));
    expect(await mayHoldDrafts()).toBe(false);
  });

  it('is true whenever it cannot tell: a listing that fails or never answers, no listing, no IndexedDB', async () => {
    vi.spyOn(indexedDB, 'databases').mockRejectedValue(new Error('denied'));
    expect(await mayHoldDrafts()).toBe(true);
    vi.spyOn(indexedDB, 'databases').mockReturnValue(new Promise(() => undefined));
    vi.useFakeTimers();
    try {
      const answer = mayHoldDrafts();
      await vi.advanceTimersByTimeAsync(1000);
      expect(await answer).toBe(true);
    } finally {
      vi.useRealTimers();
    }
    vi.restoreAllMocks();
    const factory = indexedDB as { databases?: unknown };
    Object.defineProperty(factory, 'databases', { value: undefined, configurable: true }); // An older browser.
    try {
      expect(await mayHoldDrafts()).toBe(true);
    } finally {
      delete factory.databases;
    }
    vi.stubGlobal('indexedDB', undefined);
    try {
      expect(await mayHoldDrafts()).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
