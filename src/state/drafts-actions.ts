/**
 * The actions on stored drafts that the drafts page and the hand-off call (open, preview, keep, new, rename, duplicate,
 * delete, export, import), built on the storage half's primitives (drafts-storage.ts), whose state they share.
 */
import type { SharedInterview } from '../handoff/share-link.ts';
import type { Draft } from '../storage/draft-schema.ts';
import { newDraftId } from '../storage/drafts-lite.ts';
import type { DraftStore, Expected, PutOutcome } from '../storage/drafts.ts';
import type { DraftsCore } from './drafts.ts';
import type { ImportOutcome } from './drafts-types.ts';
import type { SavedSession } from './session.ts';

type Schema = typeof import('../storage/draft-schema.ts');

/** What the actions need of the storage half. */
export interface StoredDrafts {
  core: DraftsCore;
  save(): Promise<void>;
  /** A stored draft, checked; null when missing, damaged or uncheckable. */
  read(id: string): Promise<Draft | null>;
  write(draft: Draft, expected?: Expected): Promise<PutOutcome | undefined>;
  load(draft: Draft): Promise<void>;
  blank(): void;
  guard<T>(op: (s: DraftStore) => Promise<T>): Promise<T | undefined>;
  refresh(): Promise<void>;
  wipe(all: boolean): Promise<void>;
  removeRecord(record: unknown): Promise<void>;
  /** A record as a draft this ruleset can use, or null. */
  check(record: unknown): Draft | null;
  /** The file checks, or null when they cannot be loaded. */
  checks(): Promise<Schema | null>;
  /** The file checks; rejects when they cannot be loaded. */
  files(): Promise<Schema>;
}

export function draftActions(io: StoredDrafts) {
  const { core, save, read, write, load, blank, guard, refresh, wipe, removeRecord, check, checks, files } = io;
  const { content, keyOf, apply, previewing, damaged, channel, now } = core;
  return {
    async open(id: string): Promise<boolean> {
      await save();
      const draft = await read(id);
      if (draft) await load(draft);
      return draft !== null;
    },
    async preview(shared: SavedSession): Promise<string[]> {
      await save();
      blank();
      const dropped = apply(shared);
      core.base = content();
      core.savedKey = keyOf(core.base);
      previewing.value = true;
      return dropped;
    },
    async checkShared(s: SharedInterview): Promise<Draft | null> {
      if (!(await checks())) return null;
      const stamp = now().toISOString();
      return check({ id: newDraftId(), name: '', createdAt: stamp, updatedAt: stamp, ...s });
    },
    async keepPreview(): Promise<void> {
      previewing.value = false;
      core.savedKey = '';
      await save();
    },
    async newDraft(): Promise<void> {
      await save();
      blank();
      core.remember('');
    },
    async rename(id: string, name: string): Promise<void> {
      await save();
      const named = name.slice(0, 80);
      if (core.current?.id === id) core.current.name = named;
      const draft = await read(id);
      if (draft) await write({ ...draft, name: named }, draft.revision ?? 0);
    },
    async duplicate(id: string, name: string): Promise<void> {
      await save();
      const draft = await read(id);
      const stamp = now().toISOString();
      if (draft) await write({ ...draft, id: newDraftId(), name: name.slice(0, 80), createdAt: stamp, updatedAt: stamp, revision: undefined }, 'new');
    },
    async remove(id: string): Promise<void> {
      if (core.current?.id === id) blank();
      await guard((s) => s.remove(id));
      channel?.post({ type: 'listed' });
      await refresh();
    },
    /** Deletes every draft (`all`) or the person's (unnamed) ones, in every tab, and starts afresh. */
    wipe,
    async dropDamaged(): Promise<void> {
      if (damaged.value?.whole) return wipe(true);
      for (const r of damaged.value?.records ?? []) await removeRecord(r);
      await refresh();
    },
    async exportText(id: string): Promise<{ name: string; text: string } | undefined> {
      await save();
      const draft = await read(id);
      const schema = draft && (await checks()); // loaded by read() for any draft it returns
      return draft && schema ? { name: draft.name, text: schema.draftToFile({ ...draft, revision: undefined }, now()) } : undefined;
    },
    async importText(text: string): Promise<ImportOutcome> {
      let schema: Schema;
      try {
        schema = await files();
      } catch (e) {
        return { ok: false, problem: 'stale', detail: String(e) };
      }
      const parsed = schema.parseDraftFile(text, { now: now() });
      if (!parsed.ok) return parsed;
      const fresh = check(parsed.draft) ?? parsed.draft;
      await save();
      // Never overwrite: a file whose draft is still here comes in as a copy.
      const clash = await guard((s) => s.get(fresh.id));
      const draft = { ...fresh, id: clash === undefined ? fresh.id : newDraftId(), revision: undefined };
      const outcome = await write(draft, 'new');
      await load({ ...draft, revision: outcome?.ok ? outcome.revision : 0 });
      return { ok: true, name: draft.name, migratedFrom: parsed.migratedFrom };
    },
  };
}
