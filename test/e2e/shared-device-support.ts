/** What a shared device holds, read through the page: IndexedDB, localStorage, sessionStorage and Cache Storage. */
import type { Page } from '@playwright/test';

export interface DeviceDump {
  drafts: unknown[];
  localStorage: Record<string, string>;
  sessionStorage: Record<string, string>;
  /** Every cached request's URL, and the text of every cached response. */
  cacheUrls: string[];
  cacheText: string;
}

/** Reads everything the app could have left on the device. */
export function dumpDevice(page: Page): Promise<DeviceDump> {
  return page.evaluate(async () => {
    const drafts = await new Promise<unknown[]>((resolve, reject) => {
      const open = indexedDB.open('hz-benefits');
      // No database yet (a first visit opens it at its first save): nothing stored, and reading must not create it.
      let none = false;
      open.onupgradeneeded = () => ((none = true), open.transaction!.abort());
      open.onerror = () => (none ? resolve([]) : reject(open.error));
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('drafts')) return db.close(), resolve([]);
        const all = db.transaction('drafts').objectStore('drafts').getAll();
        all.onsuccess = () => (db.close(), resolve(all.result));
        all.onerror = () => reject(all.error);
      };
    });
    const entries = (s: Storage) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => [s.key(i)!, s.getItem(s.key(i)!)!]));
    const cacheUrls: string[] = [];
    const texts: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        cacheUrls.push(request.url);
        texts.push((await (await cache.match(request))?.text()) ?? '');
      }
    }
    return { drafts, localStorage: entries(localStorage), sessionStorage: entries(sessionStorage), cacheUrls, cacheText: texts.join('\n') };
  });
}

/** Writes a record straight into the drafts store, as a damaged disk or another program might have left it; creates
 * the store as the app does where the app has not yet (a first visit opens it at its first save). */
export function plantRecord(page: Page, record: unknown): Promise<void> {
  return page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('hz-benefits', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('drafts', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put(value);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    record,
  );
}
