/**
 * The shape of a saved draft and of the file a draft is exported to, and the one way to read such a file.
 * Uses `zod/mini`, not classic zod: this module ships in the browser bundle (conventions: ~8 KB gzip, not ~27 KB),
 * so the v1 answers document is mirrored here rather than imported from src/engine/schema.ts (a test keeps the two
 * in step). Only import and export need it: it can be loaded with `import()` to keep zod out of the first load.
 */
import * as z from 'zod/mini';
import { isRealDate } from '../engine/dates.ts';
import { newDraftId } from './drafts.ts';

/** The `format` tag that tells our export files from any other JSON. */
export const DRAFT_FILE_FORMAT = 'hz-benefits-draft';
/** The export file version this app writes; it reads this one and migrates version 1. */
export const DRAFT_FILE_VERSION = 2;
/** Larger files are refused before parsing: a draft is a few KB, and a huge file would freeze a cheap phone. */
export const MAX_DRAFT_FILE_BYTES = 1_000_000;
/** The name given to a draft migrated from a version 1 answers file, which had no name. */
export const IMPORTED_DRAFT_NAME = '导入的草稿';

const isoDate = z.string().check(z.refine(isRealDate, 'expected a real date written YYYY-MM-DD'));
const timestamp = z.iso.datetime({ offset: true });
// Same values as the engine's AnswerValue; `null` is "I don't know" (the question is not asked again).
const answers = z.record(z.string(), z.union([z.boolean(), z.number(), z.string(), z.array(z.string()), z.null()]));
// The engine's result statuses (a test checks they match StatusT).
const status = z.enum(['eligible', 'not-eligible', 'needs-info', 'not-applicable']);

/** One item's result when the draft was saved: after a rules update, comparing these tells the user what changed. */
export const ResultSummarySchema = z.object({ status, amount: z.string() });

/** A saved draft. `rulesVersion`/`rulesHash` are '' when unknown (a draft migrated from a version 1 file). */
export const DraftSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
  rulesVersion: z.string(),
  rulesHash: z.string(),
  asOf: isoDate,
  audiences: z.array(z.string()),
  answers,
  results: z.optional(z.record(z.string(), ResultSummarySchema)),
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

  if ('format' in doc) {
    if (doc.format !== DRAFT_FILE_FORMAT) return fail('not-ours', `format is ${JSON.stringify(doc.format)}, not "${DRAFT_FILE_FORMAT}"`);
    const v = doc.version;
    if (typeof v === 'number' && Number.isInteger(v) && v > DRAFT_FILE_VERSION) {
      return fail('too-new', `file version ${v}; this app reads versions up to ${DRAFT_FILE_VERSION}`);
    }
    const r = DraftFileSchema.safeParse(doc);
    return r.success ? { ok: true, draft: r.data.draft } : fail('invalid', describeIssues(r.error.issues));
  }
  if (doc.version === 1 && 'answers' in doc) {
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
