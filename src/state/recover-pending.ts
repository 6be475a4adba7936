/**
 * What tabs left pending when their page went (a reload, a closed browser a moment after an answer), merged into
 * IndexedDB at the next start: written as it was where nothing changed since, merged with what another tab wrote
 * meanwhile, and dropped where the draft was deleted (never brought back) or the record cannot be trusted.
 */
import type { Draft, Pending } from '../storage/draft-schema.ts';
import { revisionOf, type Expected, type PutOutcome } from '../storage/drafts.ts';
import { clearPending, readAllPending } from '../storage/pending.ts';
import { mergeSessions } from './merge-sessions.ts';

/** The store as the drafts model guards it: undefined where the operation failed (and was reported). */
export interface GuardedStore {
  get(id: string): Promise<unknown>;
  put(draft: Draft, expected: Expected): Promise<PutOutcome | undefined>;
  /** A stored record as a usable draft, or null. */
  check(record: unknown): Draft | null;
}

/**
 * Reconciles every other tab's pending record (this tab's own, `mine`, is its live change, saved by the tab itself); a
 * record is forgotten once it is stored, merged, or known to be moot.
 */
export async function recoverPending(files: { parsePending(text: string): Pending | null }, store: GuardedStore, mine: string): Promise<void> {
  for (const { tab, text } of readAllPending().filter((p) => p.tab !== mine)) {
    const p = files.parsePending(text);
    if (!p) {
      clearPending(tab); // Not ours, or damaged: nothing in it can be trusted.
      continue;
    }
    const stored = await store.get(p.draft.id);
    const theirs = stored === undefined ? null : store.check(stored);
    const unchanged = p.base.revision === 'new' ? stored === undefined : stored !== undefined && revisionOf(stored) === p.base.revision;
    let outcome: PutOutcome | undefined;
    if (unchanged) outcome = await store.put(p.draft, p.base.revision);
    else if (theirs) {
      const { overridden: _, ...merged } = mergeSessions(p.base, p.draft, theirs);
      outcome = await store.put({ ...p.draft, ...merged, results: undefined }, revisionOf(stored));
    }
    // Stored, or deleted after it was left (never brought back): either way it is done with. A failed write keeps it
    // for the next start.
    if (outcome?.ok || (!unchanged && !theirs)) clearPending(tab);
  }
}
