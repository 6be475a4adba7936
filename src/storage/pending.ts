/**
 * The change not yet in IndexedDB, kept synchronously in localStorage: an IndexedDB write started as the page goes
 * (a reload, a closed browser) often never finishes, a localStorage write has finished when setItem returns.
 * One key per tab, so two tabs never overwrite each other's; the next start merges every key into IndexedDB.
 * Everything read back is untrusted text: the state layer checks it (draft-schema.ts `parsePending`).
 */
const PREFIX = 'hz-benefits:pending:';
/** A pending record is a few KB; anything much larger was not written by us and is not read. */
const MAX_CHARS = 200_000;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // Reading localStorage itself throws where storage is blocked.
  }
}

/** Keeps this tab's pending change; false when it could not be kept (no storage, or full). */
export function writePending(tab: string, text: string): boolean {
  try {
    storage()?.setItem(PREFIX + tab, text);
    return storage() !== undefined;
  } catch {
    return false;
  }
}

/** Forgets this tab's pending change once IndexedDB holds it. */
export function clearPending(tab: string): void {
  try {
    storage()?.removeItem(PREFIX + tab);
  } catch {
    // Nothing was kept.
  }
}

/** Every tab's pending change, as stored (keys are ours; values unchecked). */
export function readAllPending(): { tab: string; text: string }[] {
  const s = storage();
  const out: { tab: string; text: string }[] = [];
  try {
    for (let i = 0; s && i < s.length; i++) {
      const key = s.key(i);
      const text = key?.startsWith(PREFIX) ? s.getItem(key) : null;
      if (key && text !== null && text.length <= MAX_CHARS) out.push({ tab: key.slice(PREFIX.length), text });
      else if (key?.startsWith(PREFIX)) out.push({ tab: key.slice(PREFIX.length), text: '' });
    }
  } catch {
    // Unreadable storage: nothing pending can be recovered.
  }
  return out;
}

/** Forgets every tab's pending change ("next person", "clear all data"). */
export function clearAllPending(): void {
  for (const { tab } of readAllPending()) clearPending(tab);
}
