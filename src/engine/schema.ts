/**
 * Zod schemas for the policy files and the answers document: the single source of truth for their shape.
 * Cross-file rules (a fact an item names must exist, …) live in `src/build/check-references.ts`.
 * Only the build, the CLI and the tests import this file at run time; the app imports its types only.
 */
import * as z from 'zod';
import { Citation, Confidence, Text, id, isoDate } from './schema-basics.ts';
import { AmountSchema, ConditionSchema } from './schema-expressions.ts';
import { WindowRule } from './schema-time.ts';
import { factFlowFields } from './schema-gates.ts';

export { Citation, Text } from './schema-basics.ts';
export { AmountSchema, ConditionSchema, type Amount, type Condition } from './schema-expressions.ts';
export { NotCovered, Service, ServicesFile, type NotCoveredT, type ServiceT, type ServicesFileT } from './schema-services.ts';

export { Confidence } from './schema-basics.ts';
export { FigurePeriod, WindowRule, type FigurePeriodT, type WindowRuleT } from './schema-time.ts';

export const ApplicantKind = z.enum(['person', 'organisation']);
/** An item is for a person, an organisation, or both (its conditions then branch with `askingAs`). */
export const ItemApplicant = z.enum(['person', 'organisation', 'both']);

/** A source document in policies/sources.yaml. */
export const Source = z.strictObject({
  id: z.string().regex(/^[A-Z]+\d+[a-z]?[′']?$/, 'source ids look like S8 or P19'),
  title: z.string().min(1),
  docNo: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  authority: z.enum(['official', 'secondary', 'news', 'other-city', 'aggregator']),
  note: z.string().optional(),
});

/** One dated value of a parameter; `value: null` means no figure is known from that date on. */
export const ParameterValue = z.strictObject({
  from: isoDate,
  /** Options of the parameter's `by` fact this value holds for; absent = everywhere. */
  where: z.array(id).min(1).optional(),
  value: z.number().nullable(),
  sources: z.array(z.string()).min(1),
  confidence: Confidence,
  note: Text.optional(),
});

export const Parameter = z.strictObject({
  id,
  label: Text,
  unit: Text,
  note: Text.optional(),
  /** A choice fact the value depends on (e.g. the district, for the minimum wage). */
  by: id.optional(),
  values: z.array(ParameterValue).min(1),
});

export const FactOption = z.strictObject({ value: id, label: Text });

/** A question the calculator may ask. */
export const Fact = z.strictObject({
  id,
  applicant: ApplicantKind,
  type: z.enum(['boolean', 'date', 'number', 'choice', 'multi']),
  label: Text,
  help: Text.optional(),
  unit: Text.optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().optional(),
  /** Where a source bounds the answer (e.g. the contribution base lies between the year's floor and ceiling): while it
   * is unanswered, amounts range over these parameters' values on the evaluation date. `min` / `max` only check input;
   * without sourced bounds an unanswered figure makes an amount "depends on …", never a range from input limits. */
  sourcedBounds: z.strictObject({ min: z.strictObject({ param: id }), max: z.strictObject({ param: id }) }).optional(),
  /** A count of months that grows by one each month (e.g. months insured): lets the engine say when a near miss
   * becomes eligible if nothing else changes. */
  grows: z.literal('monthly').optional(),
  options: z.array(FactOption).min(2).optional(),
  ...factFlowFields,
}).refine((f) => f.otherwise === undefined || f.onlyIf !== undefined, { message: 'otherwise goes with onlyIf', path: ['otherwise'] })
  .refine((f) => !(f.derivedFrom && f.onlyIf), { message: 'a derived fact is never asked, so it has no gate', path: ['onlyIf'] });

/** What a figure is: a one-off sum, a sum accrued to the evaluation date, or a rate per month or year. */
export const AmountBasis = z.enum(['once', 'total', 'per-month', 'per-year']);

export const ItemAmount = z.strictObject({
  basis: AmountBasis,
  rule: AmountSchema,
  maxPeriods: z.int().positive().optional(),
  /** Even "set by the office" rests on a text that says so. */
  sources: z.array(z.string()).min(1, 'an amount needs at least one source'),
  confidence: Confidence,
  note: Text.optional(),
  /** A per-month or per-year rate taken over the months (years) and persons the applicant asks about: "每月 X 元 ×
   * N 个月 = Y 元", with the months capped by `maxPeriods`. Both are number facts; an unanswered one leaves the rate. */
  over: z.strictObject({ periods: z.strictObject({ fact: id }), persons: z.strictObject({ fact: id }).optional() }).optional(),
}).refine((a) => !a.over || a.basis === 'per-month' || a.basis === 'per-year', { message: 'over goes with a per-month or per-year basis', path: ['over'] });

/** How an item stacks with others: never together, together, or together within one shared limit (e.g. 每人每年
 * 不超过3次 across training subsidies), which `limit` states in words. */
export const Exclusion = z
  .strictObject({
    items: z.array(id).min(1),
    /** `unverified`: no source says whether the items can be combined; totals then count only the larger. */
    rule: z.enum(['not-combinable', 'combinable', 'shared-limit', 'unverified']),
    limit: Text.optional(),
    from: isoDate.optional(),
    until: isoDate.optional(),
    scope: Text.optional(),
    cite: Citation,
  })
  .refine((x) => (x.rule === 'shared-limit') === (x.limit !== undefined), { message: 'a shared-limit rule states its limit, and only it has one', path: ['limit'] });

export const Office = z.strictObject({
  name: Text.nullable(),
  channels: z.array(id),
  note: Text.optional(),
});

/** When to apply: in words, and (where the research dates it) as a rule the engine applies like a condition. */
export const ApplicationWindow = z.strictObject({
  text: Text,
  rule: WindowRule.optional(),
  cite: Citation.optional(),
});

export const AnswerValue = z.union([z.boolean(), z.number(), z.string(), z.array(z.string())], {
  error: 'expected true/false, a number, a date or option (text), or a list of options',
});

/** Expected amount in a case: an exact figure, a range, or a kind of result. */
export const ExpectedAmount = z.union([
  z.number(),
  z.strictObject({ min: z.number(), max: z.number().nullable() }),
  // lastPublished: the figure last published before a lapse (its low end, for a range), which the amount does not use.
  z.strictObject({ notStated: z.literal(true), cap: z.number().optional(), lastPublished: z.number().optional() }),
  z.literal('none'),
], { error: 'expected a number, { min, max }, { notStated: true, cap?, lastPublished? } or none' });

export const Status = z.enum(['eligible', 'not-eligible', 'needs-info', 'not-applicable']);

/** A worked example that the item must reproduce, named as a sentence. */
export const Case = z.strictObject({
  name: z.string().min(4),
  asOf: isoDate,
  applicants: z.array(ApplicantKind).min(1).optional(),
  facts: z.record(z.string(), AnswerValue.nullable()),
  expect: z.strictObject({
    status: Status,
    amount: ExpectedAmount.optional(),
    missing: z.array(z.string()).optional(),
    /** For a near miss: the date it becomes eligible if only time changes (null: never, within five years). */
    eligibleFrom: isoDate.nullable().optional(),
    /** The amount taken over the months (years) and persons asked about (`amount.over`): "每月 X 元 × N 个月 = total". */
    total: z.number().optional(),
  }),
  /** A case reported from a counter ("这个结果不对？"): what the app gave then, and the reporter's words. */
  gave: z.strictObject({ status: Status, amount: ExpectedAmount.optional() }).optional(),
  comment: z.string().optional(),
});

/**
 * A case file exported by the app's "这个结果不对？" (`rules test --case FILE`): the item and a list of cases in the
 * `cases:` format, whose expected result may still be blank (`status: null`) until a policy author fills it in.
 */
export const CaseFile = z.strictObject({
  item: z.string(),
  rules: z.strictObject({ version: z.string(), hash: z.string() }).optional(),
  cases: z
    .array(Case.extend({ expect: Case.shape.expect.extend({ status: Status.nullable() }) }))
    .min(1),
});

/** One benefit (or status, such as a recognition) of the policy. */
export const Item = z
  .strictObject({
    id,
    name: Text,
    part: z.int().min(1).max(7),
    area: id,
    applicant: ItemApplicant,
    kind: z.enum(['benefit', 'status']),
    summary: Text,
    citations: z.array(Citation).min(1),
    confidence: Confidence,
    conditions: ConditionSchema,
    amount: ItemAmount.optional(),
    exclusions: z.array(Exclusion).optional(),
    materials: z.array(id),
    materialsNote: Text.optional(),
    office: Office,
    window: ApplicationWindow.nullable(),
    notes: z.array(Text).optional(),
    cases: z.array(Case).min(1),
  })
  .superRefine((item, ctx) => {
    if (item.kind === 'benefit' && !item.amount) ctx.addIssue({ code: 'custom', path: ['amount'], message: 'a benefit needs an amount (use notStated when the sum is set by the office)' });
    if (item.kind === 'status' && item.amount) ctx.addIssue({ code: 'custom', path: ['amount'], message: 'a status item has no amount' });
  });

/** A named condition that several items share (e.g. 重点人群). */
export const Definition = z.strictObject({ id, label: Text, cite: Citation, condition: ConditionSchema, note: Text.optional() });

export const RulesetHeader = z.strictObject({
  id,
  version: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/, 'version is YEAR.MONTH.N'),
  title: Text,
  inForceFrom: isoDate,
  documents: z.array(Citation).min(1),
  channels: z.array(z.strictObject({ id, label: Text })).min(1),
  /** Who may be asking (a graduate, a founder, an internship base…) and the items that concern each: the first screen
   * offers them, and only their items' questions are asked. Every item belongs to at least one. */
  audiences: z
    .array(z.strictObject({ id, applicant: ApplicantKind, label: Text, help: Text.optional(), items: z.array(id).min(1) }))
    .optional(),
});

export const SourcesFile = z.strictObject({ sources: z.array(Source).min(1) });
export const FactsFile = z.strictObject({ facts: z.array(Fact).min(1) });
export const ParametersFile = z.strictObject({ parameters: z.array(Parameter).min(1) });
export const DefinitionsFile = z.strictObject({ definitions: z.array(Definition) });
export const MaterialsFile = z.strictObject({ materials: z.array(z.strictObject({ id, label: Text })) });

/** The answers document read by the CLI and written by the app's export (version 1). */
export const AnswersDocument = z.strictObject({
  version: z.literal(1),
  asOf: isoDate.optional(),
  applicants: z.array(ApplicantKind).min(1).optional(),
  answers: z.record(z.string(), AnswerValue.nullable()),
});

export type TextT = z.infer<typeof Text>;
export type ConfidenceT = z.infer<typeof Confidence>;
export type ApplicantKindT = z.infer<typeof ApplicantKind>;
export type ItemApplicantT = z.infer<typeof ItemApplicant>;
export type SourceT = z.infer<typeof Source>;
export type CitationT = z.infer<typeof Citation>;
export type ParameterT = z.infer<typeof Parameter>;
export type FactT = z.infer<typeof Fact>;
export type ItemT = z.infer<typeof Item>;
export type ItemAmountT = z.infer<typeof ItemAmount>;
export type AmountBasisT = z.infer<typeof AmountBasis>;
export type ExclusionT = z.infer<typeof Exclusion>;
export type CaseT = z.infer<typeof Case>;
export type DefinitionT = z.infer<typeof Definition>;
export type StatusT = z.infer<typeof Status>;
export type AnswerValueT = z.infer<typeof AnswerValue>;
export type AnswersDocumentT = z.infer<typeof AnswersDocument>;
export type RulesetHeaderT = z.infer<typeof RulesetHeader>;
