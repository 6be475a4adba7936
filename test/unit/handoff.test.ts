/**
 * Hand-off: an interview survives the trip through a link (any answers, dates, "don't know", results), a damaged or
 * foreign link is refused without a throw, and a "这个结果不对？" case file runs with `rules test --case`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPolicies } from '../../src/build/load-policies.ts';
import { run } from '../../src/cli/run.ts';
import { captureIo } from '../../src/cli/io.ts';
import { evaluate } from '../../src/engine/index.ts';
import { caseFileText } from '../../src/handoff/case-file.ts';
import { SHARE_PREFIX, decodeShare, encodeShare, shareCodes, shortCode, type SharedInterview } from '../../src/handoff/share-link.ts';
import { namedResults } from '../../src/state/result-changes.ts';
import { FOUNDER_EMPLOYER, FRESH_GRADUATE } from '../e2e/personas.ts';
import { answerArbitraries } from '../support/answer-arbitraries.ts';

const ruleset = loadPolicies('policies');
const facts = shareCodes(ruleset.facts, ruleset.items);
const basisOf = (id: string) => ruleset.items.find((i) => i.id === id)?.amount?.basis ?? 'once';

/** What a link keeps of the results: the status, and the figure of an exact amount with the item's basis. */
function kept(results: SharedInterview['results']): SharedInterview['results'] {
  return Object.fromEntries(
    Object.entries(results).map(([id, r]) => {
      const f = JSON.parse(r.amount) as { kind: string; value?: number };
      return [id, { status: r.status, amount: JSON.stringify(f.kind === 'exact' ? { kind: 'exact', value: f.value, basis: basisOf(id) } : { kind: 'none' }) }];
    }),
  );
}
const { slotsArb, toAnswers } = answerArbitraries(ruleset);
const audienceIds = (ruleset.audiences ?? []).map((a) => a.id);

function shared(answers: SharedInterview['answers'], asOf: string, audiences: string[]): SharedInterview {
  const ev = evaluate(ruleset, { answers, asOf, audiences });
  return { rulesVersion: ruleset.version, rulesHash: ruleset.hash, asOf, audiences, answers, results: namedResults(ev) };
}

describe('the hand-off link', () => {
  it('gives back exactly what it carries, for any answers (300 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(slotsArb({ absent: 2, unknown: 1, value: 3 }, []), fc.subarray(audienceIds, { minLength: 1 }), async ({ slots, asOf }, audiences) => {
        const s = shared(toAnswers(slots), asOf, audiences);
        const fragment = await encodeShare(s, facts);
        expect(fragment.startsWith(SHARE_PREFIX)).toBe(true);
        expect(await decodeShare(fragment, facts, basisOf)).toEqual({ ...s, results: kept(s.results) });
      }),
      { numRuns: 300 },
    );
  });

  it('is short enough for a QR code that scans from paper, for the largest persona', async () => {
    const p = FOUNDER_EMPLOYER;
    const fragment = await encodeShare(shared(p.answers, p.asOf, p.audiences), facts);
    console.log(`founder persona: fragment ${fragment.length} characters`);
    expect(fragment.length).toBeLessThan(700);
  });

  it('gives every fact and every item of the ruleset a code of its own', () => {
    for (const ids of [ruleset.facts.map((f) => f.id), ruleset.items.map((i) => i.id)]) expect(new Set(ids.map(shortCode)).size).toBe(ids.length);
  });

  it('refuses anything else without throwing: cut short, altered, foreign, oversized, a deflate bomb', async () => {
    const good = await encodeShare(shared(FRESH_GRADUATE.answers, FRESH_GRADUATE.asOf, FRESH_GRADUATE.audiences), facts);
    const bomb = await (async () => {
      const big = new TextEncoder().encode(`{"v":1,"pad":"${'x'.repeat(2_000_000)}"}`);
      const z = new Uint8Array(await new Response(new Blob([big]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
      const data = Buffer.from(z).toString('base64url');
      return `${SHARE_PREFIX}${data}.${shortCode(data)}`;
    })();
    const foreignData = Buffer.from('{"hello":"world"}').toString('base64url');
    const foreign = `${SHARE_PREFIX}${foreignData}.${shortCode(foreignData)}`;
    const middle = Math.floor(good.length / 2);
    const altered = good.slice(0, middle) + (good[middle] === 'A' ? 'B' : 'A') + good.slice(middle + 1);
    for (const bad of [good.slice(0, good.length - 7), altered, '#r=%%%', '#r=', '#about', foreign, bomb, `${SHARE_PREFIX}${'A'.repeat(5000)}`]) {
      expect(await decodeShare(bad, facts), bad.slice(0, 40)).toBeNull();
    }
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (tail) => {
        const r = await decodeShare(SHARE_PREFIX + tail, facts);
        expect(r === null || typeof r === 'object').toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('"这个结果不对？" case files', () => {
  const p = FRESH_GRADUATE;
  const ev = evaluate(ruleset, { answers: p.answers, asOf: p.asOf, audiences: p.audiences });
  const r = ev.items.find((i) => i.id === 'graduate-employment-subsidy')!;
  const text = caseFileText({
    item: r.id,
    itemName: '高校毕业生就业补贴',
    rulesVersion: ruleset.version,
    rulesHash: ruleset.hash,
    asOf: p.asOf,
    applicants: ['person'],
    answers: { ...p.answers, 'registered-unemployed': null },
    gave: { status: r.status, amount: r.amount },
    today: '2026-11-28',
  });
  const dir = mkdtempSync(join(tmpdir(), 'hz-case-'));
  const rules = (file: string) => {
    const io = captureIo(process.cwd());
    return run(['test', '--case', file], io).then((code) => ({ code, out: io.out(), err: io.err() }));
  };

  it('runs with a blank expectation: what the rules give now, and that the app gave the same', async () => {
    writeFileSync(join(dir, 'blank.yaml'), text);
    const { code, out } = await rules(join(dir, 'blank.yaml'));
    expect(code).toBe(0);
    expect(out).toContain('these rules give: eligible, 2000');
    expect(out).toContain('(same)');
    expect(out).toContain('0 passed, 0 failed (1 without an expected result yet)');
  });

  it('filled in, it passes or fails like an item case, and says what differs', async () => {
    writeFileSync(join(dir, 'right.yaml'), text.replace('expect: { status: null }', 'expect: { status: eligible, amount: 2000 }'));
    expect(await rules(join(dir, 'right.yaml'))).toMatchObject({ code: 0, out: expect.stringContaining('1 passed, 0 failed') });
    writeFileSync(join(dir, 'wrong.yaml'), text.replace('expect: { status: null }', 'expect: { status: eligible, amount: 3000 }'));
    const wrong = await rules(join(dir, 'wrong.yaml'));
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain('amount: expected 3000, got 2000');
  });

  it('is the cases: format of policies/: its case parses as an item case once filled in', async () => {
    const { parse } = await import('yaml');
    const { Case } = await import('../../src/engine/schema.ts');
    const filled = parse(text.replace('expect: { status: null }', 'expect: { status: eligible }')) as { cases: unknown[] };
    expect(Case.safeParse(filled.cases[0]).success).toBe(true);
  });

  it('a file that is not a case file is refused with exit 2 and a message', async () => {
    writeFileSync(join(dir, 'bad.yaml'), 'item: graduate-employment-subsidy\ncases: [{ name: x }]\n');
    const { code, err } = await rules(join(dir, 'bad.yaml'));
    expect(code).toBe(2);
    expect(err).toContain('is not a case file');
  });
});
