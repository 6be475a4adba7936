/**
 * What start-up needs of the drafts' storage without loading the store's code (issue 14): the database's name, whether
 * this device may hold drafts at all, and a fresh draft id. The store (idb, drafts.ts) loads only when there is
 * something to resume or save, so a first visit downloads none of it before its first question.
 */

/** The one IndexedDB database of the app (drafts.ts opens it). */
export const DB_NAME = 'hz-benefits';
/** A browser that answers neither way within this time is taken to hold drafts: the store's own open then decides. */
const PROBE_TIMEOUT_MS = 1000;

/**
 * Whether IndexedDB may hold drafts here: false only when the browser lists its databases and ours is not among them
 * (nothing was ever saved on this device). Anything uncertain is true: no IndexedDB (the store then reports why), no
 * listing (an older browser), an error or no answer.
 */
export async function mayHoldDrafts(): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const listing = globalThis.indexedDB?.databases?.();
    if (!listing) return true;
    const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), PROBE_TIMEOUT_MS)));
    const list = await Promise.race([listing, timeout]);
    return !list || list.some((d) => d.name === DB_NAME);
  } catch {
    return true; // Reading indexedDB can itself throw in some sandboxed iframes.
  } finally {
    clearTimeout(timer);
  }
}

/** A fresh draft id. Uses getRandomValues, because randomUUID is missing outside secure contexts (http iframes).
 * It lives here, not with the schema or the store, so creating a draft loads neither zod nor idb. */
export function newDraftId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
