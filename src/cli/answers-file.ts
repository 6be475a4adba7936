/**
 * Reads an answers document (the app's export format, version 1) and says exactly what is wrong with it:
 * a missing file, bad JSON (with line and column), a shape the schema rejects, or answers the facts do not allow.
 */
import { readFileSync } from 'node:fs';
import type * as z from 'zod';
import { checkAnswers } from '../engine/answers.ts';
import { givenAnswer, ownValue } from '../engine/own-keys.ts';
import { AnswersDocument, AnswerValue, type AnswersDocumentT } from '../engine/schema.ts';
import type { Ruleset } from '../engine/types.ts';
import { inputError } from './io.ts';

/** Reads and parses the file; throws a usage error (exit 2) naming the file and the problem. */
export function readAnswersDocument(path: string, shown: string): AnswersDocumentT {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : (e as Error).message;
    throw inputError(`rules eval: cannot read the answers file ${shown}: ${why}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw inputError(`rules eval: ${shown} is not valid JSON: ${jsonErrorText(text, (e as Error).message)}.`);
  }
  const parsed = parseDocument(json);
  if (!parsed.success) {
    const problems = parsed.issues.map((i) => `at ${jsonPath(i.path)}: ${issueText(i, json)}`);
    throw inputError(
      `rules eval: ${shown} is not an answers document (${plural(problems.length, 'problem')}): ${problems.join('; ')}. ` +
        'Expected { "version": 1, "asOf"?: "YYYY-MM-DD", "applicants"?: ["person" | "organisation"], "answers": { "<fact id>": value or null } }.',
    );
  }
  return parsed.data;
}

const ANSWER = AnswerValue.nullable();
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The document checked against the schema, its answers entry by entry: zod leaves a "__proto__" key out of a record
 * (JSON.parse makes it an own key), and an answer must never vanish unreported. Every key is checked, and kept (as
 * an own key), like any other; `assertAnswersFit` then names a key that is no question.
 */
function parseDocument(json: unknown): { success: true; data: AnswersDocumentT } | { success: false; issues: z.core.$ZodIssue[] } {
  const raw = isRecord(json) && isRecord(json.answers) ? json.answers : undefined;
  const doc = AnswersDocument.safeParse(raw ? { ...(json as object), answers: {} } : json);
  const answers = Object.entries(raw ?? {}).map(([id, v]) => [id, ANSWER.safeParse(v)] as const);
  const issues = [
    ...(doc.success ? [] : doc.error.issues),
    ...answers.flatMap(([id, r]) => (r.success ? [] : r.error.issues.map((i) => ({ ...i, path: ['answers', id, ...i.path] })))),
  ];
  if (!doc.success || issues.length > 0) return { success: false, issues };
  return { success: true, data: { ...doc.data, answers: Object.fromEntries(answers.map(([id, r]) => [id, r.data ?? null])) } };
}

/** Checks every answer against the fact catalogue; throws a usage error naming each fact that is unknown or ill-typed. */
export function assertAnswersFit(ruleset: Ruleset, doc: AnswersDocumentT, shown: string): void {
  const issues = checkAnswers(ruleset, doc.answers);
  if (issues.length === 0) return;
  const problems = issues.map((i) => `at ${jsonPath(['answers', i.fact])} (fact ${i.fact}): ${i.message.en ?? i.message.zh}, got ${JSON.stringify(givenAnswer(doc.answers, i.fact))}`);
  throw inputError(`rules eval: ${shown} has ${plural(issues.length, 'answer')} the calculator cannot use: ${problems.join('; ')}.`);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `answers["graduation-date"]`, `applicants[0]`, or `(the document)` for the root. */
export function jsonPath(path: PropertyKey[]): string {
  if (path.length === 0) return '(the document)';
  return path
    .map((k, i) => {
      if (typeof k === 'number') return `[${k}]`;
      const s = String(k);
      if (/^[A-Za-z_$][\w$]*$/.test(s)) return i === 0 ? s : `.${s}`;
      return `[${JSON.stringify(s)}]`;
    })
    .join('');
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? ownValue(v as Record<string, unknown>, String(k)) : undefined), root);
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.every((x) => typeof x === 'string') ? 'a list of strings' : 'a list that is not all strings';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}

/** Zod's message, made plainer where it is vague (a union says only "Invalid input"). */
function issueText(issue: z.core.$ZodIssue, root: unknown): string {
  const path = issue.path as PropertyKey[];
  if (issue.code === 'invalid_union' && path[0] === 'answers' && path.length === 2) {
    return `an answer must be true or false, a number, a string (a date as YYYY-MM-DD) or a list of strings, or null for "don't know"; got ${kindOf(valueAt(root, path))}`;
  }
  if (issue.code === 'invalid_type' && valueAt(root, path) === undefined) return 'missing; this field is required';
  if (issue.code === 'invalid_union') return `unexpected value ${kindOf(valueAt(root, path))}`;
  if (path[0] === 'asOf') return `${issue.message} (the evaluation date is written YYYY-MM-DD); got ${JSON.stringify(valueAt(root, path))}`;
  return issue.message.replace('expected record', 'expected object');
}

/** Node's JSON error message, with the line and column when it gives a position. */
function jsonErrorText(text: string, message: string): string {
  const m = /at position (\d+)/.exec(message);
  // V8 may quote the text around the error, newlines included: keep the message on one line.
  if (!m) return message.replace(/\r?\n/g, '\\n');
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  const col = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${col})`;
}
