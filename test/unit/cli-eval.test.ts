/** `rules eval`: a saved answers document in, the engine's Evaluation out; malformed input exits 2 with a clear message. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/engine/types.ts';
import { captureIo } from '../../src/cli/io.ts';
import { run } from '../../src/cli/run.ts';
import { STACK_LINE } from '../fixtures/policy-copy.ts';

const GRADUATE = 'test/fixtures/answers/graduate.json';

async function cli(argv: string[], today?: string) {
  const io = captureIo(process.cwd(), today);
  const code = await run(['eval', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

const item = (e: Evaluation, id: string) => e.items.find((i) => i.id === id)!;

describe('rules eval: the happy path', () => {
  it('evaluates the graduate fixture on its asOf: eligible, exactly 2,000', async () => {
    const r = await cli([GRADUATE]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const e = JSON.parse(r.out) as Evaluation;
    expect(e).toMatchObject({ rulesetId: 'hz-quality-employment', asOf: '2025-06-30', applicants: ['person'] });
    expect(e.rulesetHash).toMatch(/^[0-9a-f]{12}$/);
    const g = item(e, 'graduate-employment-subsidy');
    expect(g.status).toBe('eligible');
    expect(g.amount).toMatchObject({ kind: 'exact', value: 2000, basis: 'total' });
    // Items for organisations are not applicable to a person.
    expect(item(e, 'smb-hire-graduate-social-insurance').status).toBe('not-applicable');
    expect(r.out).toBe(`${JSON.stringify(e, null, 2)}\n`);
  });

  it('--date wins over the document asOf', async () => {
    const e = JSON.parse((await cli([GRADUATE, '--date', '2029-01-01'])).out) as Evaluation;
    expect(e.asOf).toBe('2029-01-01');
    // Hired 2024-05-31: the third 12-month block's claim closed on 2028-12-31, so nothing can be claimed any more.
    expect(item(e, 'graduate-employment-subsidy')).toMatchObject({ status: 'not-eligible', window: { state: 'passed', closes: '2028-12-31' } });
  });
});

describe('rules eval: the date', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hz-answers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const file = join(dir, 'no-date.json');
  writeFileSync(file, JSON.stringify({ version: 1, answers: { 'is-college-graduate': true } }));

  it('without --date or asOf, is today (read by the CLI, never by the engine)', async () => {
    const e = JSON.parse((await cli([file], '2026-03-04')).out) as Evaluation;
    expect(e.asOf).toBe('2026-03-04');
    expect(e.applicants).toEqual(['person', 'organisation']);
  });

  it('with neither, falls back to the real clock as YYYY-MM-DD', async () => {
    const e = JSON.parse((await cli([file])).out) as Evaluation;
    expect(e.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('rules eval: malformed input exits 2 with a message naming the problem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hz-answers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const doc = (answers: Record<string, unknown>, extra: Record<string, unknown> = {}) => JSON.stringify({ version: 1, answers, ...extra });
  const file = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  mkdirSync(join(dir, 'a-folder'));

  const cases: [string, () => string[], RegExp[]][] = [
    ['no file given', () => [], [/which answers file\?/, /eval <answers\.json>/]],
    ['a file that does not exist', () => [join(dir, 'missing.json')], [/cannot read the answers file .*missing\.json: there is no such file/]],
    ['a folder', () => [join(dir, 'a-folder')], [/a-folder: it is a folder/]],
    ['invalid JSON (with line and column)', () => [file('bad.json', '{ "version": 1,\n  "answers": { "a": 1, }\n}')], [/bad\.json is not valid JSON: .*\(line 2, column \d+\)/]],
    ['invalid JSON (truncated)', () => [file('cut.json', '{ "version": 1, "answers": {')], [/cut\.json is not valid JSON/]],
    ['not an object', () => [file('array.json', '[]')], [/is not an answers document/, /at \(the document\): .*expected object/]],
    ['a wrong version', () => [file('v2.json', JSON.stringify({ version: 2, answers: {} }))], [/at version: Invalid input: expected 1/]],
    ['no answers', () => [file('empty.json', JSON.stringify({ version: 1 }))], [/at answers: missing; this field is required/]],
    ['an unknown top-level key', () => [file('extra.json', doc({}, { notes: 'x' }))], [/Unrecognized key: "notes"/]],
    ['an answer of an impossible shape', () => [file('shape.json', doc({ 'employer-headcount': { n: 50 } }))], [/at answers\["employer-headcount"\]: an answer must be .*; got an object/]],
    ['an unknown applicant kind', () => [file('who.json', doc({}, { applicants: ['company'] }))], [/at applicants\[0\]: /]],
    ['an impossible asOf (2025-02-30)', () => [file('asof.json', doc({}, { asOf: '2025-02-30' }))], [/at asOf: not a real calendar date .*"2025-02-30"/]],
    ['an unknown fact', () => [file('unknown.json', doc({ 'is-colege-graduate': true }))], [/answers\["is-colege-graduate"\] \(fact is-colege-graduate\): There is no question called is-colege-graduate/]],
    ['a wrong type', () => [file('type.json', doc({ 'employer-headcount': 'fifty' }))], [/\(fact employer-headcount\): Expected a number, got "fifty"/]],
    ['a number out of bounds', () => [file('bounds.json', doc({ 'employer-headcount': -3 }))], [/\(fact employer-headcount\): Must not be less than/]],
    ['an impossible date in an answer (2025-02-30)', () => [file('date.json', doc({ 'graduation-date': '2025-02-30' }))], [/\(fact graduation-date\): Not a valid date, got "2025-02-30"/]],
    ['an impossible --date', () => [GRADUATE, '--date', '2025-02-30'], [/--date 2025-02-30 is not a real calendar date/]],
    ['a --date in another format', () => [GRADUATE, '--date', '30/06/2025'], [/--date "30\/06\/2025" is not a date written YYYY-MM-DD/]],
    ['--date without a value', () => [GRADUATE, '--date'], [/--date/]],
    ['two files', () => [GRADUATE, GRADUATE], [/unexpected argument/]],
  ];

  it.each(cases)('%s', async (_name, argv, patterns) => {
    const r = await cli(argv());
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    for (const p of patterns) expect(r.err).toMatch(p);
    expect(r.err).not.toMatch(STACK_LINE);
    // One paragraph: a single line of text.
    expect(r.err.trimEnd()).not.toContain('\n');
  });

  it('lists every problem of a document, not only the first', async () => {
    const r = await cli([file('many.json', doc({ 'employer-headcount': 'fifty', 'no-such-fact': 1 }))]);
    expect(r.err).toMatch(/has 2 answers the calculator cannot use: .*employer-headcount.*; .*no-such-fact/);
  });
});
