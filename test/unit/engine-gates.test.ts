/** Gates and derivations (issue 13): a gate is asked before its details, a closed or unknown gate hides them, a
 * ticked box settles the yes/no it stands for, and a question a person must look up comes after the ones they know. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';
import type { FactT, Ruleset } from '../../src/engine/types.ts';
import { item, ruleset } from './mini-ruleset.ts';

const text = (zh: string) => ({ zh, en: zh });
const f = (id: string, type: FactT['type'], extra: Partial<FactT> = {}): FactT => ({ id, applicant: 'person', type, label: text(id), ...extra });

function rs(): Ruleset {
  const base = ruleset([
    item('flex', { conditions: { all: [{ fact: 'works-flexibly', eq: true }, { fact: 'listed-job', eq: true }] } }),
    item('group', { conditions: { fact: 'hired-graduate', eq: true } }),
    item('base', { conditions: { fact: 'contribution-base', gte: 1 } }),
  ]);
  return {
    ...base,
    facts: [
      f('listed-job', 'boolean', { onlyIf: { fact: 'works-flexibly', eq: true } }),
      f('works-flexibly', 'boolean'),
      f('contribution-base', 'number', { min: 0, effort: 'lookup' }),
      f('hired-graduate', 'boolean', { derivedFrom: { includes: { fact: 'groups', option: 'graduate' } } }),
      f('groups', 'multi', { options: [{ value: 'graduate', label: text('g') }, { value: 'veteran', label: text('v') }] }),
    ],
  };
}
const run = (answers: Record<string, unknown>) => evaluate(rs(), { answers: answers as never, asOf: '2025-06-30' });

describe('gates and derivations', () => {
  it('asks the gate, not its detail, while the gate is open; the looked-up figure comes last', () => {
    const next = run({}).next.map((q) => q.fact);
    expect(next).toEqual(['works-flexibly', 'groups', 'contribution-base']);
    expect(next).not.toContain('listed-job');
    expect(next).not.toContain('hired-graduate');
  });
  it('asks the detail once the gate says yes, and never when it says no or "don\'t know"', () => {
    expect(run({ 'works-flexibly': true }).next.map((q) => q.fact)).toContain('listed-job');
    expect(run({ 'works-flexibly': false }).next.map((q) => q.fact)).not.toContain('listed-job');
    expect(run({ 'works-flexibly': null }).next.map((q) => q.fact)).not.toContain('listed-job');
  });
  it('a ticked box settles the yes/no it stands for, either way; "don\'t know" leaves it open and unasked', () => {
    const status = (groups: unknown) => run({ groups }).items.find((i) => i.id === 'group')!.status;
    expect(status(['graduate'])).toBe('eligible');
    expect(status(['veteran'])).toBe('not-eligible');
    expect(status([])).toBe('not-eligible');
    expect(status(null)).toBe('needs-info');
    expect(run({ groups: null }).next.map((q) => q.fact)).not.toContain('hired-graduate');
  });
  it('the ticked box wins over an answer given to the derived fact itself; without the box, that answer holds', () => {
    expect(run({ groups: [], 'hired-graduate': true }).items.find((i) => i.id === 'group')!.status).toBe('not-eligible');
    expect(run({ 'hired-graduate': true }).items.find((i) => i.id === 'group')!.status).toBe('eligible');
  });
});
