/** A small hand-made ruleset for the engine's unit tests, independent of the real policy data. */
import type { FactT, RuleItem, Ruleset } from '../../src/engine/types.ts';

const text = (zh: string) => ({ zh, en: zh });
const fact = (id: string, type: FactT['type'], extra: Partial<FactT> = {}): FactT => ({ id, applicant: 'person', type, label: text(id), ...extra });

/** Builds an item with defaults for everything the engine does not read. */
export function item(id: string, over: Partial<RuleItem>): RuleItem {
  return {
    id,
    name: text(id),
    part: 2,
    area: 'test',
    applicant: 'person',
    kind: 'benefit',
    summary: text(id),
    citations: [{ source: 'S1' }],
    confidence: 'official',
    conditions: { fact: 'flag', eq: true },
    materials: [],
    office: { name: null, channels: [] },
    window: null,
    ...over,
  };
}

/** A ruleset around the given items, with a fixed catalogue of facts and one dated parameter. */
export function ruleset(items: RuleItem[]): Ruleset {
  return {
    id: 'test',
    version: '2026.1.0',
    hash: 'abc',
    title: text('test'),
    inForceFrom: '2023-02-01',
    documents: [{ source: 'S1' }],
    channels: [{ id: 'window', label: text('窗口') }],
    sources: { S1: { id: 'S1', title: 'source one', authority: 'official' } },
    parameters: {
      wage: {
        id: 'wage',
        label: text('wage'),
        unit: text('元'),
        values: [
          { from: '2023-01-01', value: 8000, sources: ['S1'], confidence: 'secondary' },
          { from: '2024-01-01', value: 8300, sources: ['S1'], confidence: 'secondary' },
          { from: '2026-01-01', value: null, sources: ['S1'], confidence: 'unknown' },
        ],
      },
      // Varies by place: the city's figure is known, the county's is not.
      minwage: {
        id: 'minwage',
        label: text('minwage'),
        unit: text('元/月'),
        by: 'place',
        values: [
          { from: '2021-08-01', where: ['city'], value: 2280, sources: ['S1'], confidence: 'secondary' },
          { from: '2021-08-01', where: ['county'], value: null, sources: ['S1'], confidence: 'unknown' },
          { from: '2024-01-01', where: ['city'], value: 2490, sources: ['S1'], confidence: 'secondary' },
        ],
      },
    },
    facts: [
      fact('flag', 'boolean'),
      fact('other', 'boolean'),
      fact('months', 'number', { min: 0, max: 120, integer: true, grows: 'monthly' }),
      fact('pay', 'number', { min: 0, max: 20000 }),
      fact('base', 'number', { min: 0, max: 1000000 }),
      fact('since', 'date'),
      fact('born', 'date'),
      fact('level', 'choice', { options: [{ value: 'junior', label: text('初级') }, { value: 'senior', label: text('高级') }] }),
      fact('place', 'choice', { options: [{ value: 'city', label: text('市区') }, { value: 'county', label: text('县') }] }),
      { id: 'org-flag', applicant: 'organisation', type: 'boolean', label: text('org-flag') },
      fact('tags', 'multi', { options: [{ value: 'a', label: text('甲') }, { value: 'b', label: text('乙') }] }),
    ],
    definitions: {
      flagged: { id: 'flagged', label: text('flagged'), cite: { source: 'S1' }, condition: { fact: 'flag', eq: true } },
    },
    materials: {},
    items,
    services: [],
    notCovered: [],
  };
}
