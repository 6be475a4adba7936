/**
 * The questions' texts come in groups by audience (issue 14): whatever the answers, every question the page can show
 * for the audiences chosen — the next ones, and the open ones its results name — is in a group those audiences (or
 * the answers given) load. A question outside would show without words. So does every result card the page shows
 * (its conditions, amount, office and when to apply come with its group). Fixed seed; set FC_SEED to explore.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPolicies, withoutCases } from '../../src/build/load-policies.ts';
import { forResidents } from '../../src/build/resident-text.ts';
import { splitRuleset } from '../../src/build/split-ruleset.ts';
import { evaluate } from '../../src/engine/index.ts';
import { APPLICANT_SETS } from '../support/random-answers.ts';
import { answerArbitraries } from '../support/answer-arbitraries.ts';

const ruleset = forResidents(withoutCases(loadPolicies('policies')));
const { facts } = splitRuleset(ruleset);
const { caseSeeds, slotsArb, toAnswers } = answerArbitraries(ruleset);
const groupOf = new Map(ruleset.facts.map((f, i) => [f.id, facts.of[i]!]));
const itemGroup = new Map(ruleset.items.map((item, i) => [item.id, facts.items[i]!]));
const audienceIds = (ruleset.audiences ?? []).map((a) => a.id);

describe('question texts grouped by audience', () => {
  it('cover every question and result card the page can show for the audiences chosen', () => {
    fc.assert(
      fc.property(
        slotsArb({ absent: 5, unknown: 1, value: 4 }, caseSeeds),
        fc.subarray(audienceIds, { minLength: 1 }),
        fc.constantFrom(...APPLICANT_SETS),
        (s, audiences, applicants) => {
          const answers = toAnswers(s.slots);
          const loaded = new Set([...audiences.flatMap((a) => facts.audiences[a] ?? []), ...Object.keys(answers).map((id) => groupOf.get(id)!), -1]);
          const ev = evaluate(ruleset, { answers, asOf: s.asOf, applicants, audiences });
          const shown = [
            ...ev.next.map((q) => q.fact),
            ...ev.items.flatMap((r) => [...r.missing, ...r.amountMissing, ...(r.amount.kind === 'range' ? (r.amount.dependsOn ?? []) : [])]),
          ];
          for (const id of shown) expect(loaded.has(groupOf.get(id)!), `${id} for ${audiences.join(',')}`).toBe(true);
          // Results.tsx shows every item but those not applicable.
          for (const r of ev.items) if (r.status !== 'not-applicable') expect(loaded.has(itemGroup.get(r.id)!), `card ${r.id} for ${audiences.join(',')}`).toBe(true);
        },
      ),
      { seed: Number(process.env.FC_SEED ?? 20261129), numRuns: 150 },
    );
  });
});
