/** The drafts model's public shapes: what the UI reads of drafts, and what the model needs from outside. */
import type { DraftFileProblem } from '../storage/draft-schema.ts';
import type { DraftStore, DraftStoreFault } from '../storage/drafts.ts';
import type { ResultChange } from './result-changes.ts';
import type { SavedSession } from './session.ts';
import type { TabChannel } from './tab-channel.ts';

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

/** Told when another tab changed the draft on screen: its answers were merged in, or it was deleted there. */
export type TabNotice = 'merged' | 'deleted';

/** Records on the device that cannot be read as drafts (damaged, or written by another version), kept for export. */
export interface Damaged {
  records: unknown[];
  /** The store as a whole could not be read. */
  whole: boolean;
}

/** The outcome of importing a file; a refused file changes nothing. */
export type ImportOutcome = { ok: true; name: string; migratedFrom?: 1 } | { ok: false; problem: DraftFileProblem | 'stale'; detail: string };

/** What the model needs from outside; injectable so tests run on a memory store with a fixed clock. */
export interface DraftsOptions {
  open?: () => Promise<{ store: DraftStore; fault?: DraftStoreFault }>;
  now?: () => Date;
  saveDelayMs?: number;
  /** At a service counter: no draft is resumed at start-up, and `nextPerson()` wipes the person's drafts. */
  counter?: boolean;
  /** The other tabs; null for none. Default: the browser's BroadcastChannel. */
  channel?: TabChannel | null;
  /** Told when a file of this version cannot be loaded (a newer version replaced the cache): the page must reload. */
  onStaleCode?: () => void;
  /**
   * Whether the device may hold drafts; false lets start-up skip opening the store (a first visit: it opens at the
   * first change). Default: the browser's list of IndexedDB databases; with an injected `open`, always true.
   */
  mayHoldDrafts?: () => Promise<boolean>;
  /** The interview the page started from, when the session already holds a choice made on the first screen (main.tsx)
   * before the drafts existed: that choice is then a change to keep. Default: the session as it is. */
  pristine?: SavedSession;
}
