/**
 * The shape of a saved draft and of the file a draft is exported to, and the one way to read such a file.
 * Uses `zod/mini`, not classic zod: this module ships in the browser bundle (conventions: ~8 KB gzip, not ~27 KB),
 * so the v1 answers document is mirrored here rather than imported from src/engine/schema.ts (a test keeps the two
 * in step). Only import and export need it: it can be loaded with `import()` to keep zod out of the first load.
 */
import * as z from 'zod/mini';
import { isRealDate } from '../engine/dates.ts';
import { newDraftId } from './drafts-lite.ts';

/** The `format` tag that tells our export files from any other JSON. */
export const DRAFT_FILE_FORMAT = 'hz-benefits-draft';
/** The export file version this app writes; it reads this one and migrates version 1. */
export const DRAFT_FILE_VERSION = 2;
/** Larger files are refused before parsing: a draft is a few KB, and a huge file would freeze a cheap phone. */
export const MAX_DRAFT_FILE_BYTES = 1_000_000;
/** The name given to a draft migrated from a version 1 answers file, which had no name. */
export const IMPORTED_DRAFT_NAME = '导入的草稿';

/** Limits on every string and collection of a draft: a real one is far below them, and a file over them is refused
 * before it can freeze a cheap phone or fill a counter PC's disk. */
export const LIMITS = { name: 80, answers: 400, results: 400, audiences: 40, listAnswer: 60, text: 200, version: 40, hash: 128, amount: 400 };
/** Ids of facts, audiences and items: the ruleset's kebab-case (which also keeps out "__proto__" and friends). */
const ruleId = z.string().check(z.maxLength(64), z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
/** A draft id: newDraftId()'s 32 hex digits, or any short plain token (older drafts, tests). */
export const DRAFT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const boundedRecord = <V extends z.core.SomeType>(value: V, max: number) =>
  z.record(ruleId, value).check(z.refine((r) => Object.keys(r).length <= max, `at most ${max} entries`));

const isoDate = z.string().check(z.refine(isRealDate, 'expected a real date written YYYY-MM-DD'));
const timestamp = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().check(z.maxLength(max));
// Same values as the engine's AnswerValue; `null` is "I don't know" (the question is not asked again).
const answerValue = z.union([z.boolean(), z.number(), text(LIMITS.text), z.array(text(LIMITS.text)).check(z.maxLength(LIMITS.listAnswer)), z.null()]);
const answers = boundedRecord(answerValue, LIMITS.answers);
// The engine's result statuses (a test checks they match StatusT).
const status = z.enum(['eligible', 'not-eligible', 'needs-info', 'not-applicable']);

/** One item's result when the draft was saved: after a rules update, comparing these tells the user what changed. */
export const ResultSummarySchema = z.object({ status, amount: text(LIMITS.amount) });

/** A saved draft. `rulesVersion`/`rulesHash` are '' when unknown (a draft migrated from a version 1 file);
 * `revision` counts the writes of this draft on this device (absent in files and in drafts from before it). */
export const DraftSchema = z.object({
  id: z.string().check(z.regex(DRAFT_ID)),
  name: text(LIMITS.name),
  createdAt: timestamp,
  updatedAt: timestamp,
  rulesVersion: text(LIMITS.version),
  rulesHash: text(LIMITS.hash),
  asOf: isoDate,
  audiences: z.array(ruleId).check(z.maxLength(LIMITS.audiences)),
  answers,
  results: z.optional(boundedRecord(ResultSummarySchema, LIMITS.results)),
  revision: z.optional(z.number().check(z.int(), z.nonnegative())),
});

/** The export file (version 2). Unknown fields are dropped, not refused, so a slightly newer app's file still opens. */
export const DraftFileSchema = z.object({
  format: z.literal(DRAFT_FILE_FORMAT),
  version: z.literal(DRAFT_FILE_VERSION),
  exportedAt: timestamp,
  draft: DraftSchema,
});

/** The version 1 answers document, as AnswersDocument in src/engine/schema.ts (written by the CLI and old exports). */
export const AnswersDocumentV1Schema = z.strictObject({
  version: z.literal(1),
  asOf: z.optional(isoDate),
  applicants: z.optional(z.array(z.enum(['person', 'organisation'])).check(z.minLength(1))),
  answers,
});

export type Draft = z.infer<typeof DraftSchema>;
export type ResultSummary = z.infer<typeof ResultSummarySchema>;
export type DraftFile = z.infer<typeof DraftFileSchema>;

/** Why a file was refused: not JSON at all, JSON of another kind, from a newer app, or ours but damaged. */
export type DraftFileProblem = 'not-json' | 'not-ours' | 'too-new' | 'invalid';
/** The outcome of reading a file; `migratedFrom: 1` tells the UI that who-is-asking must be chosen again. */
export type ParsedDraftFile =
  | { ok: true; draft: Draft; migratedFrom?: 1 }
  | { ok: false; problem: DraftFileProblem; detail: string };

/** What a migration needs that an old file lacks; injectable so tests are deterministic. */
export interface MigrationContext {
  now?: Date;
  newId?: () => string;
}

/** The export file for a draft, as pretty JSON. */
export function draftToFile(draft: Draft, now: Date): string {
  const file: DraftFile = { format: DRAFT_FILE_FORMAT, version: DRAFT_FILE_VERSION, exportedAt: now.toISOString(), draft };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads an export file (version 2) or a version 1 answers file into a draft; never throws. */
export function parseDraftFile(text: string, context: MigrationContext = {}): ParsedDraftFile {
  try {
    return read(text, context);
  } catch (e) {
    // Nothing above should throw; if it does, the user still gets a refusal rather than a broken screen.
    return fail('invalid', `could not read the file: ${String(e)}`);
  }
}

function read(text: string, context: MigrationContext): ParsedDraftFile {
  // Check the length first: the byte count of a huge string would itself cost a huge allocation.
  if (text.length > MAX_DRAFT_FILE_BYTES || new TextEncoder().encode(text).length > MAX_DRAFT_FILE_BYTES) {
    return fail('invalid', `the file is larger than ${MAX_DRAFT_FILE_BYTES / 1_000_000} MB`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, '')); // Windows editors save a byte-order mark that JSON.parse rejects.
  } catch (e) {
    return fail('not-json', e instanceof Error ? e.message : String(e));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('not-ours', 'the file holds JSON, but not a draft');
  const doc = data as Record<string, unknown>;

  if (Object.hasOwn(doc, 'format')) {
    if (doc.format !== DRAFT_FILE_FORMAT) return fail('not-ours', `format is ${JSON.stringify(doc.format)}, not "${DRAFT_FILE_FORMAT}"`);
    const v = doc.version;
    if (typeof v === 'number' && Number.isInteger(v) && v > DRAFT_FILE_VERSION) {
      return fail('too-new', `file version ${v}; this app reads versions up to ${DRAFT_FILE_VERSION}`);
    }
    const r = DraftFileSchema.safeParse(doc);
    return r.success ? { ok: true, draft: r.data.draft } : fail('invalid', describeIssues(r.error.issues));
  }
  if (doc.version === 1 && Object.hasOwn(doc, 'answers')) {
    const r = AnswersDocumentV1Schema.safeParse(doc);
    return r.success ? { ok: true, draft: fromV1(r.data, context), migratedFrom: 1 } : fail('invalid', describeIssues(r.error.issues));
  }
  return fail('not-ours', `no "format": "${DRAFT_FILE_FORMAT}" and not a version 1 answers file`);
}

/** Version 1 had no name, dates, rules version or audiences (only applicant kinds, which audiences replace). */
function fromV1(doc: z.infer<typeof AnswersDocumentV1Schema>, { now = new Date(), newId = newDraftId }: MigrationContext): Draft {
  const stamp = now.toISOString();
  return {
    id: newId(),
    name: IMPORTED_DRAFT_NAME,
    createdAt: stamp,
    updatedAt: stamp,
    rulesVersion: '',
    rulesHash: '',
    asOf: doc.asOf ?? localDate(now),
    audiences: [],
    answers: doc.answers,
  };
}

// The device's own date, as src/state/clock.ts (which storage may not import) reckons "today".
function localDate(d: Date): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A record read back from the device's store, checked like an imported file: a draft, or null when it cannot be used.
 * A damaged results snapshot alone is dropped (it only serves to list what a rules update changed), not the draft.
 */
export function checkStoredDraft(record: unknown): Draft | null {
  const whole = DraftSchema.safeParse(record);
  if (whole.success) return whole.data;
  if (typeof record !== 'object' || record === null || !Object.hasOwn(record, 'results')) return null;
  const core = DraftSchema.safeParse({ ...record, results: undefined });
  return core.success ? core.data : null;
}

/** What a tab writes synchronously at every change (src/storage/pending.ts): the draft as it stands, and the revision
 * and content it started from, so the next start can merge it into IndexedDB without overwriting another tab's work. */
export const PendingSchema = z.object({
  draft: DraftSchema,
  base: z.object({
    revision: z.union([z.number().check(z.int(), z.nonnegative()), z.literal('new')]),
    asOf: isoDate,
    audiences: z.array(ruleId).check(z.maxLength(LIMITS.audiences)),
    answers,
  }),
});
export type Pending = z.infer<typeof PendingSchema>;

/** A pending record's text, checked; null when it is not one (damaged, crafted, or from another version). */
export function parsePending(text: string): Pending | null {
  try {
    const r = PendingSchema.safeParse(JSON.parse(text));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

function fail(problem: DraftFileProblem, detail: string): ParsedDraftFile {
  return { ok: false, problem, detail };
}

// zod/mini ships no English messages (loading a locale costs bytes), so the first few issues are worded here.
function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const words = issues.slice(0, 3).map((i) => `${i.path.length ? i.path.join('.') : 'file'}: ${issueText(i)}`);
  if (issues.length > 3) words.push(`and ${issues.length - 3} more`);
  return words.join('; ');
}

function issueText(i: z.core.$ZodIssue): string {
  switch (i.code) {
    case 'invalid_type': return `expected ${i.expected}`;
    case 'invalid_value': return `expected ${i.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_format': return `expected ${i.format === 'datetime' ? 'an ISO timestamp' : i.format}`;
    case 'invalid_union': return 'expected true/false, a number, text, a list of texts or null';
    case 'unrecognized_keys': return `unexpected field ${i.keys.join(', ')}`;
    case 'too_small': return `expected at least ${String(i.minimum)} ${i.origin === 'string' ? 'character' : 'item'}(s)`;
    default: return i.message;
  }
}
