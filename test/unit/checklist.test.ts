/** The printable checklist's data, built from the real policies for a graduate and for an employer. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicies } from '../../src/build/load-policies.ts';
import { buildChecklist, defaultSelection, factsRead } from '../../src/checklist/build-checklist.ts';
import { evaluate, type Answers } from '../../src/engine/index.ts';
import { FRESH_GRADUATE, HIRING_ENTERPRISE } from '../e2e/personas.ts';

const ruleset = loadPolicies('policies');

// Two e2e personas, as the interview leaves them: the facts below answered "don't know".
const GRADUATE: Answers = { ...FRESH_GRADUATE.answers, 'household-income-status': null, 'employer-priority-sector': null, 'registered-unemployed-at-founding': null };
const EMPLOYER: Answers = HIRING_ENTERPRISE.answers;

// A graduate who is also starting a business: the founder's items share documents with each other.
const graduate = evaluate(ruleset, { answers: GRADUATE, asOf: '2025-06-30', applicants: ['person'], audiences: ['graduate', 'founder'] });
const employer = evaluate(ruleset, { answers: EMPLOYER, asOf: '2025-05-01', applicants: ['organisation'], audiences: ['employer'] });

describe('checklist', () => {
  it('starts with the eligible items only', () => {
    expect(defaultSelection(graduate)).toEqual(['graduate-employment-subsidy']);
    expect(defaultSelection(employer)).toEqual(['employer-hire-hard-to-employ']);
  });

  it('gives a graduate’s item its amount, office, channels, window, confidence and documents', () => {
    const c = buildChecklist(ruleset, graduate, GRADUATE, defaultSelection(graduate));
    expect(c).toMatchObject({ asOf: '2025-06-30', rulesVersion: ruleset.version, rulesHash: ruleset.hash });
    expect(c.items).toHaveLength(1);
    const [item] = c.items;
    expect(item).toMatchObject({
      id: 'graduate-employment-subsidy',
      number: 1,
      name: { zh: '高校毕业生就业补贴' },
      status: 'eligible',
      amount: { kind: 'exact', value: 2000, basis: 'total' },
      // The wage line that decides eligibility is inferred (research part 2, PARAM-wage-tests); the 2,000 is official.
      confidence: 'inferred',
      amountConfidence: 'official',
      open: [],
    });
    expect(item!.office.name?.zh).toContain('人力社保经办机构');
    expect(item!.office.channels.map((ch) => ch.label.zh)).toEqual(['浙江政务服务网', '浙里办', '数智就业微信小程序', '经办窗口']);
    expect(item!.window?.zh).toContain('逾期不受理');
    expect(item!.materials.map((m) => m.id)).toEqual(['id-card-or-social-security-card', 'graduate-employment-subsidy-form', 'degree-certificate']);
    expect(item!.materialsNote?.zh).toContain('以经办机构要求为准');
    expect(c.documents.map((d) => [d.id, d.items])).toEqual(item!.materials.map((m) => [m.id, ['graduate-employment-subsidy']]));
    expect(c.confidenceNotes).toEqual([{ confidence: 'inferred', items: ['graduate-employment-subsidy'] }]);
  });

  it('lists the answers the chosen items read, "don’t know" included, in the order given, and no others', () => {
    const c = buildChecklist(ruleset, graduate, GRADUATE, ['graduate-employment-subsidy']);
    const shown = c.answers.map((a) => [a.fact.id, a.value]);
    expect(shown).toContainEqual(['graduation-date', '2024-05-31']);
    expect(shown).toContainEqual(['hire-date-current-employer', '2024-05-31']);
    expect(shown).toContainEqual(['si-contribution-base', 6000]);
    // Asked and answered "don't know": the counter should see it was open (a key-group question a founder's item reads).
    const founder = buildChecklist(ruleset, graduate, GRADUATE, ['startup-one-time-subsidy']);
    expect(founder.answers.map((a) => [a.fact.id, a.value])).toContainEqual(['registered-unemployed-at-founding', null]);
    // Answered, but this item never reads it.
    expect(shown.map(([id]) => id)).not.toContain('household-income-status');
    const order = Object.keys(GRADUATE);
    expect(shown.map(([id]) => order.indexOf(id as string))).toEqual([...shown.map(([id]) => order.indexOf(id as string))].sort((a, b) => a - b));
    expect(c.answers.every((a) => a.items.includes('graduate-employment-subsidy'))).toBe(true);
  });

  it('merges documents across items, counts the items needing each and puts the most-needed first', () => {
    const open = graduate.items.filter((r) => r.status === 'needs-info').map((r) => r.id);
    // Two items that both ask for proof of belonging to a key group.
    const both = ['startup-one-time-subsidy', 'startup-guarantee-loan-individual'];
    expect(open).toEqual(expect.arrayContaining(both));
    const c = buildChecklist(ruleset, graduate, GRADUATE, ['graduate-employment-subsidy', ...both]);
    expect(c.items.map((i) => [i.id, i.number, i.status])).toEqual([
      ['graduate-employment-subsidy', 1, 'eligible'],
      ['startup-guarantee-loan-individual', 2, 'needs-info'],
      ['startup-one-time-subsidy', 3, 'needs-info'],
    ]);
    expect(c.documents[0]).toMatchObject({ id: 'key-group-identity-proof', items: ['startup-guarantee-loan-individual', 'startup-one-time-subsidy'] });
    expect(c.documents.filter((d) => d.id === 'key-group-identity-proof')).toHaveLength(1);
    expect(c.documents.slice(1).every((d) => d.items.length === 1)).toBe(true);
    // A needs-info item names what is still open, and a confidence below official is noted against its items.
    expect(c.items[2]!.open.length).toBeGreaterThan(0);
    expect(c.confidenceNotes).toEqual([
      { confidence: 'secondary', items: ['startup-guarantee-loan-individual'] },
      { confidence: 'inferred', items: ['graduate-employment-subsidy'] },
      { confidence: 'unknown', items: ['startup-one-time-subsidy'] },
    ]);
  });

  it('says which chosen items cannot be combined, and only when more than one of them is chosen', () => {
    const rival = 'graduate-priority-sector-employment';
    expect(graduate.conflicts.some((c) => c.items.includes(rival) && c.items.includes('graduate-employment-subsidy'))).toBe(true);
    expect(buildChecklist(ruleset, graduate, GRADUATE, ['graduate-employment-subsidy']).conflicts).toEqual([]);
    expect(buildChecklist(ruleset, graduate, GRADUATE, ['graduate-employment-subsidy', rival]).conflicts).toEqual([{ items: ['graduate-employment-subsidy', rival] }]);
  });

  it('leaves out items that are neither eligible nor open, and ids it does not know', () => {
    const c = buildChecklist(ruleset, graduate, GRADUATE, ['graduate-flexible-employment-social-insurance', 'no-such-item', 'employer-hire-hard-to-employ']);
    expect(c).toMatchObject({ items: [], documents: [], answers: [], confidenceNotes: [], conflicts: [] });
  });

  it('gives an employer’s item its amount and says where office and documents are unknown', () => {
    const c = buildChecklist(ruleset, employer, EMPLOYER, defaultSelection(employer));
    const [item] = c.items;
    expect(item).toMatchObject({ id: 'employer-hire-hard-to-employ', amount: { kind: 'exact', value: 1200, basis: 'per-month' }, materials: [], window: null });
    expect(item!.office.name).toBeNull();
    expect(item!.office.note?.zh).toContain('人力社保部门');
    expect(item!.materialsNote?.zh).toContain('材料清单未能从公开来源核实');
    expect(c.documents).toEqual([]);
    expect(c.answers.map((a) => a.fact.id)).toEqual(expect.arrayContaining(['employee-hard-to-employ-hz', 'employee-si-three-monthly']));
  });

  it('finds facts read through shared definitions and through place-dependent parameters', () => {
    const withRef = ruleset.items.find((i) => JSON.stringify(i.conditions).includes('"ref"'))!;
    const def = Object.values(ruleset.definitions).find((d) => JSON.stringify(withRef.conditions).includes(`"ref":"${d.id}"`))!;
    const defFact = JSON.stringify(def.condition).match(/"(?:fact|age)":"([^"]+)"/)![1]!;
    expect(factsRead(withRef, ruleset)).toContain(defFact);
    const byPlace = Object.values(ruleset.parameters).find((p) => p.by)!;
    const user = ruleset.items.find((i) => JSON.stringify(i.amount).includes(`"param":"${byPlace.id}"`))!;
    expect(factsRead(user, ruleset)).toContain(byPlace.by);
  });

  it('is pure: it imports engine types only, and its own selection (as pure, and in the first load)', () => {
    const src = readFileSync('src/checklist/build-checklist.ts', 'utf8');
    const own = /^import \{ LISTABLE \} from '\.\/selection\.ts';$/;
    expect(src.match(/^import .*$/gm)!.every((line) => own.test(line) || /^import type .* from '\.\.\/engine\/[\w-]+\.ts';$/.test(line))).toBe(true);
    const selection = readFileSync('src/checklist/selection.ts', 'utf8');
    expect(selection.match(/^import .*$/gm)!.every((line) => /^import type .* from '\.\.\/engine\/[\w-]+\.ts';$/.test(line))).toBe(true);
  });
});
