/** The checklist's choice of items follows the results until the user ticks or unticks one. */
import { effect } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { loadPolicies } from '../../src/build/load-policies.ts';
import { ChecklistModel } from '../../src/state/checklist.ts';
import { SessionModel } from '../../src/state/session.ts';
import { FRESH_GRADUATE } from '../e2e/personas.ts';

const ruleset = loadPolicies('policies');
const GRADUATE = FRESH_GRADUATE.answers;

function graduateSession() {
  const session = new SessionModel(ruleset, '2025-06-30');
  session.toggleAudience('graduate', true);
  session.toggleAudience('founder', true);
  return { session, checklist: new ChecklistModel(ruleset, session) };
}

describe('checklist state', () => {
  it('offers eligible and open items, and ticks the eligible ones', async () => {
    const { session, checklist } = graduateSession();
    expect(checklist.chosen.value).toEqual([]);
    for (const [fact, value] of Object.entries(GRADUATE)) session.answer(fact, value);
    expect(checklist.chosen.value).toEqual(['graduate-employment-subsidy']);
    expect(checklist.candidates.value.every((r) => r.status === 'eligible' || r.status === 'needs-info')).toBe(true);
    // The sheet's code loads once something shows the sheet (the checklist page); null until then.
    expect(checklist.sheet.value).toBeNull();
    const stop = effect(() => void checklist.sheet.value);
    await vi.waitFor(() => expect(checklist.sheet.value?.items.map((i) => i.id)).toEqual(['graduate-employment-subsidy']));
    stop();
  });

  it('keeps the user’s ticks, and lets an item that becomes eligible join by default', () => {
    const { session, checklist } = graduateSession();
    for (const [fact, value] of Object.entries(GRADUATE)) if (fact !== 'si-contribution-base') session.answer(fact, value);
    const open = 'startup-one-time-subsidy';
    checklist.choose(open, true);
    expect(checklist.chosen.value).toContain(open);
    expect(checklist.chosen.value).not.toContain('graduate-employment-subsidy');
    session.answer('si-contribution-base', 6000);
    expect(checklist.chosen.value).toEqual(expect.arrayContaining(['graduate-employment-subsidy', open]));
    checklist.choose('graduate-employment-subsidy', false);
    expect(checklist.chosen.value).toEqual([open]);
  });
});
