/** The draft export file: round trip, version 1 migration, and a clear refusal (never a throw) for anything else. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { AnswersDocument } from '../../src/engine/schema.ts';
import type { AnswerValueT, StatusT } from '../../src/engine/index.ts';
import {
  AnswersDocumentV1Schema,
  DRAFT_FILE_FORMAT,
  IMPORTED_DRAFT_NAME,
  MAX_DRAFT_FILE_BYTES,
  draftToFile,
  parseDraftFile,
  type Draft,
  type ResultSummary,
} from '../../src/storage/draft-schema.ts';
import { newDraftId } from '../../src/storage/drafts-lite.ts';

const NOW = new Date('2026-03-01T08:30:00.000Z');
const fixed = { now: NOW, newId: () => 'new-id' };

const draft: Draft = {
  id: 'd1',
  name: '我的草稿',
  createdAt: '2026-02-01T10:00:00.000Z',
  updatedAt: '2026-02-02T11:00:00.000Z',
  rulesVersion: '2025.6.1',
  rulesHash: 'abc123',
  asOf: '2026-02-02',
  audiences: ['graduate'],
  answers: { 'is-college-graduate': true, 'employer-headcount': 50, 'graduation-date': '2024-06-30', districts: ['xihu'], unsure: null },
  results: { 'job-subsidy': { status: 'eligible', amount: '¥3,000' } },
};

/** A version 2 file with `change` applied to its draft. */
function fileWith(change: Record<string, unknown>): string {
  return JSON.stringify({ format: DRAFT_FILE_FORMAT, version: 2, exportedAt: NOW.toISOString(), draft: { ...draft, ...change } });
}

function problemOf(text: string): string {
  const r = parseDraftFile(text, fixed);
  return r.ok ? 'ok' : r.problem;
}

describe('draftToFile and parseDraftFile', () => {
  it('round-trips a draft through its pretty-printed export file', () => {
    const text = draftToFile(draft, NOW);
    expect(JSON.parse(text)).toMatchObject({ format: 'hz-benefits-draft', version: 2, exportedAt: '2026-03-01T08:30:00.000Z' });
    expect(text).toContain('\n  "version": 2,');
    expect(parseDraftFile(text)).toEqual({ ok: true, draft });
  });
  it('keeps a draft that has no result summary', () => {
    const { results: _none, ...bare } = draft;
    expect(parseDraftFile(draftToFile(bare, NOW))).toEqual({ ok: true, draft: bare });
  });
  it('accepts a file saved with a byte-order mark', () => {
    expect(parseDraftFile(`\uFEFF${draftToFile(draft, NOW)}`).ok).toBe(true);
  });
});

describe('version 1 answers files are migrated', () => {
  it('turns the answers fixture into a named draft, keeping its answers and date but not its applicants', () => {
    const text = readFileSync('test/fixtures/answers/graduate.json', 'utf8');
    const v1 = JSON.parse(text);
    expect(parseDraftFile(text, fixed)).toEqual({
      ok: true,
      migratedFrom: 1,
      draft: {
        id: 'new-id',
        name: IMPORTED_DRAFT_NAME,
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
        rulesVersion: '',
        rulesHash: '',
        asOf: v1.asOf,
        audiences: [],
        answers: v1.answers,
      },
    });
  });
  it('uses the local date of `now` when the file had no date, as a resident in Hangzhou reckons it', () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    try {
      // 20:00 UTC on 5 January is already 04:00 on 6 January in Hangzhou.
      const r = parseDraftFile('{"version":1,"answers":{"a":null}}', { now: new Date('2026-01-05T20:00:00Z'), newId: () => 'x' });
      expect(r.ok && r.draft.asOf).toBe('2026-01-06');
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
  it('gives a migrated draft a fresh id when none is injected', () => {
    const r = parseDraftFile('{"version":1,"answers":{}}');
    expect(r.ok && r.draft.id).toMatch(/^[0-9a-f]{32}$/);
    expect(newDraftId()).not.toBe(newDraftId());
  });
  it('agrees with the engine on what a version 1 document is', () => {
    const docs: unknown[] = [
      { version: 1, answers: {} },
      { version: 1, asOf: '2025-06-30', applicants: ['person', 'organisation'], answers: { a: true, b: 1, c: 'x', d: ['y'], e: null } },
      { version: 1, asOf: '2025-02-30', answers: {} },
      { version: 1, asOf: '2025/06/30', answers: {} },
      { version: 1, applicants: [], answers: {} },
      { version: 1, applicants: ['robot'], answers: {} },
      { version: 1, answers: { a: { nested: true } } },
      { version: 1, answers: { a: [1] } },
      { version: 1, answers: {}, extra: 1 },
      { version: 2, answers: {} },
      { version: 1 },
    ];
    for (const doc of docs) expect([doc, AnswersDocumentV1Schema.safeParse(doc).success]).toEqual([doc, AnswersDocument.safeParse(doc).success]);
  });
});

describe('files that are refused', () => {
  it('says when the text is not JSON', () => {
    expect(problemOf('')).toBe('not-json');
    expect(problemOf('{"version": 2,')).toBe('not-json');
    const r = parseDraftFile('not json');
    expect(!r.ok && r.detail).toBeTruthy();
  });
  it('says when the JSON is of another kind', () => {
    for (const text of ['[]', '42', 'null', '"draft"', '{}', '{"format":"other-app","version":2}', '{"version":1,"name":"x"}', '{"version":2,"answers":{}}']) {
      expect([text, problemOf(text)]).toEqual([text, 'not-ours']);
    }
    const r = parseDraftFile('{"format":"other-app"}');
    expect(!r.ok && r.detail).toContain('other-app');
  });
  it('says when the file comes from a newer app', () => {
    const r = parseDraftFile(JSON.stringify({ format: DRAFT_FILE_FORMAT, version: 3, something: 'new' }));
    expect(r).toMatchObject({ ok: false, problem: 'too-new' });
    expect(!r.ok && r.detail).toContain('3');
  });
  it('says when our own file is damaged, naming the field', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ id: undefined }, 'draft.id'],
      [{ id: '' }, 'draft.id'],
      [{ asOf: '2025-02-30' }, 'draft.asOf'],
      [{ updatedAt: 'yesterday' }, 'draft.updatedAt'],
      [{ audiences: 'graduate' }, 'draft.audiences'],
      [{ answers: { a: { nested: true } } }, 'draft.answers.a'],
      [{ results: { x: { status: 'maybe', amount: '1' } } }, 'draft.results.x.status'],
      [{ results: { x: { status: 'eligible', amount: 1 } } }, 'draft.results.x.amount'],
    ];
    for (const [change, path] of cases) {
      const r = parseDraftFile(fileWith(change));
      expect([change, r.ok ? 'ok' : r.problem]).toEqual([change, 'invalid']);
      expect(!r.ok && r.detail).toContain(path);
    }
    expect(problemOf(JSON.stringify({ format: DRAFT_FILE_FORMAT, version: 1, draft }))).toBe('invalid');
    expect(problemOf(JSON.stringify({ format: DRAFT_FILE_FORMAT, version: '2', exportedAt: NOW.toISOString(), draft }))).toBe('invalid');
    expect(problemOf(JSON.stringify({ format: DRAFT_FILE_FORMAT, version: 2, draft }))).toBe('invalid');
    expect(problemOf('{"version":1,"answers":{"a":{}}}')).toBe('invalid');
  });
  it('refuses a file over the size limit, counting bytes, not characters', () => {
    const padded = draftToFile(draft, NOW).replace('{', `{${' '.repeat(MAX_DRAFT_FILE_BYTES)}`);
    const r = parseDraftFile(padded);
    expect(r).toMatchObject({ ok: false, problem: 'invalid' });
    expect(!r.ok && r.detail).toContain('1 MB');
    // Each 杭 is 3 bytes in UTF-8: under the limit in characters, over it in bytes.
    const wide = fileWith({ name: '杭'.repeat(Math.ceil(MAX_DRAFT_FILE_BYTES / 3) + 10) });
    expect(wide.length).toBeLessThan(MAX_DRAFT_FILE_BYTES);
    expect(problemOf(wide)).toBe('invalid');
  });
  it('never throws, whatever the text or JSON', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof parseDraftFile(s).ok === 'boolean'));
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 1, 2, 3), (value, version) => {
        const doc = version === undefined ? value : { format: DRAFT_FILE_FORMAT, version, draft: value };
        return typeof parseDraftFile(JSON.stringify(doc)).ok === 'boolean';
      }),
    );
  });
});

describe('the draft schema matches the engine', () => {
  it('stores the answer values and result statuses the engine uses', () => {
    expectTypeOf<Draft['answers'][string]>().toEqualTypeOf<AnswerValueT | null>();
    expectTypeOf<ResultSummary['status']>().toEqualTypeOf<StatusT>();
  });
});
