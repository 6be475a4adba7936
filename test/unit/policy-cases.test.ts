/** Runs every item's own cases (from its YAML file) as one vitest test each, named by item and sentence. */
import { describe, expect, it } from 'vitest';
import { loadPolicies } from '../../src/build/load-policies.ts';
import { runCase } from '../../src/build/run-cases.ts';

const ruleset = loadPolicies('policies');

describe.each(ruleset.items.map((i) => [i.id, i] as const))('%s', (id, item) => {
  it('has at least five cases', () => expect(item.cases?.length ?? 0).toBeGreaterThanOrEqual(5));
  it.each((item.cases ?? []).map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(runCase(ruleset, id, c).problems).toEqual([]);
  });
});
