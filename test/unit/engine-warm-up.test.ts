/**
 * The engine's groundwork run ahead, a step at a time (issue 14: the page runs it in idle time before anyone is
 * chosen), changes nothing: the compiled rules and the evaluation are those of rules that no step has seen.
 */
import { describe, expect, it } from 'vitest';
import { loadPolicies } from '../../src/build/load-policies.ts';
import { compiled } from '../../src/engine/compiled.ts';
import { evaluate, warmUpSteps } from '../../src/engine/index.ts';
import { FRESH_GRADUATE } from '../e2e/personas.ts';

const fresh = () => loadPolicies('policies');
const shape = (rs: ReturnType<typeof fresh>) =>
  JSON.parse(JSON.stringify(compiled(rs).items.map((c) => ({ id: c.item.id, bounds: c.bounds, reads: c.reads, timeless: c.timeless, decisive: [...c.decisive], stacking: c.stacking }))));

describe('warm-up steps', () => {
  it('are short steps (the items a few at a time), then the compiled rules and the caps', () => {
    const rs = fresh();
    const steps = warmUpSteps(rs, FRESH_GRADUATE.asOf);
    expect(steps.length).toBeGreaterThan(rs.items.length / 10 + 3);
  });

  it('change neither the compiled rules nor an evaluation', () => {
    const rs = fresh();
    const steps = warmUpSteps(rs, FRESH_GRADUATE.asOf);
    // Half the items first: the compile then builds the rest itself, and keeps what the steps built.
    for (const step of steps.slice(0, 3)) step();
    expect(shape(rs)).toEqual(shape(fresh()));
    for (const step of steps) step();
    const input = { answers: FRESH_GRADUATE.answers, asOf: FRESH_GRADUATE.asOf, applicants: ['person' as const], audiences: ['graduate'] };
    expect(JSON.parse(JSON.stringify(evaluate(rs, input)))).toEqual(JSON.parse(JSON.stringify(evaluate(fresh(), input))));
  });
});
