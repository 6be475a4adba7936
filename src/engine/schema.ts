/**
 * Zod schemas for the policy files and the answers document: the single source of truth for their shape.
 * Cross-file rules (a fact an item names must exist, …) live in `src/build/check-references.ts`.
 * Only the build, the CLI and the tests import this file at run time; the app imports its types only.
 */
import * as z from 'zod';
import { isRealDate } from './dates.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
  .refine((s) => isRealDate(s), 'not a real calendar date');

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case ASCII (a-z, 0-9, -)');

/** A text in both languages; `en: null` says the English text is knowingly missing. */
export const Text = z.strictObject({ zh: z.string().min(1), en: z.string().min(1).nullable() });

/** How sure we are of a figure or rule (see policies/README.md). */
export const Confidence = z.enum(['official', 'official-old', 'secondary', 'inferred', 'unknown']);

export const ApplicantKind = z.enum(['person', 'organisation']);

/** A source document in policies/sources.yaml. */
export const Source = z.strictObject({
  id: z.string().regex(/^[A-Z]+\d+[′']?$/, 'source ids look like S8 or P19'),
  title: z.string().min(1),
  docNo: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  authority: z.enum(['official', 'secondary', 'news', 'other-city', 'aggregator']),
  note: z.string().optional(),
});

/** Points at the text a rule rests on. */
export const Citation = z.strictObject({
  source: z.string().min(1),
  article: z.string().optional(),
  quote: z.string().optional(),
});

/** One dated value of a parameter; `value: null` means no figure is known from that date on. */
export const ParameterValue = z.strictObject({
  from: isoDate,
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
  options: z.array(FactOption).min(2).optional(),
});

const Span = z
  .strictObject({ days: z.int().positive().optional(), months: z.int().positive().optional(), years: z.int().positive().optional() })
  .refine((s) => Object.keys(s).length === 1, 'a span has exactly one of days, months, years');

const Operand = z.union([z.number(), z.boolean(), z.string(), z.strictObject({ param: id }), z.strictObject({ fact: id })], {
  error: 'expected a number, true/false, an option, { param: <id> } or { fact: <id> }',
});

const CONDITION_KINDS = ['all', 'any', 'not', 'ref', 'evaluationDate', 'fact', 'age'] as const;
const COMPARATORS = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in', 'notIn', 'includes', 'includesAny', 'within', 'atLeastAgo', 'onOrBefore', 'onOrAfter'] as const;

/** A condition: exactly one kind key; a `fact` or `age` comparison also has exactly one comparator. */
export interface Condition {
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
  ref?: string;
  evaluationDate?: { onOrAfter?: string; before?: string };
  fact?: string;
  age?: string;
  eq?: z.infer<typeof Operand>;
  ne?: z.infer<typeof Operand>;
  lt?: number | { param: string } | { fact: string };
  lte?: number | { param: string } | { fact: string };
  gt?: number | { param: string } | { fact: string };
  gte?: number | { param: string } | { fact: string };
  in?: string[];
  notIn?: string[];
  includes?: string;
  includesAny?: string[];
  within?: { days?: number; months?: number; years?: number };
  atLeastAgo?: { days?: number; months?: number; years?: number };
  onOrBefore?: string | { fact: string };
  onOrAfter?: string | { fact: string };
  label?: z.infer<typeof Text>;
  cite?: z.infer<typeof Citation>;
  note?: z.infer<typeof Text>;
}

const numericOperand = z.union([z.number(), z.strictObject({ param: id }), z.strictObject({ fact: id })], {
  error: 'expected a number, { param: <id> } or { fact: <id> }',
});
const dateOperand = z.union([isoDate, z.strictObject({ fact: id })], { error: 'expected a date YYYY-MM-DD or { fact: <id> }' });

export const ConditionSchema: z.ZodType<Condition> = z
  .strictObject({
    get all() { return z.array(ConditionSchema).min(1).optional(); },
    get any() { return z.array(ConditionSchema).min(1).optional(); },
    get not() { return ConditionSchema.optional(); },
    ref: id.optional(),
    evaluationDate: z.strictObject({ onOrAfter: isoDate.optional(), before: isoDate.optional() }).optional(),
    fact: id.optional(),
    age: id.optional(),
    eq: Operand.optional(),
    ne: Operand.optional(),
    lt: numericOperand.optional(),
    lte: numericOperand.optional(),
    gt: numericOperand.optional(),
    gte: numericOperand.optional(),
    in: z.array(z.string()).min(1).optional(),
    notIn: z.array(z.string()).min(1).optional(),
    includes: z.string().optional(),
    includesAny: z.array(z.string()).min(1).optional(),
    within: Span.optional(),
    atLeastAgo: Span.optional(),
    onOrBefore: dateOperand.optional(),
    onOrAfter: dateOperand.optional(),
    label: Text.optional(),
    cite: Citation.optional(),
    note: Text.optional(),
  })
  .superRefine((c, ctx) => {
    const kinds = CONDITION_KINDS.filter((k) => c[k] !== undefined);
    if (kinds.length !== 1) {
      ctx.addIssue({ code: 'custom', message: `a condition needs exactly one of ${CONDITION_KINDS.join(' / ')}; found ${kinds.join(', ') || 'none'}` });
      return;
    }
    const ops = COMPARATORS.filter((k) => c[k] !== undefined);
    const isComparison = kinds[0] === 'fact' || kinds[0] === 'age';
    if (isComparison && ops.length !== 1) {
      ctx.addIssue({ code: 'custom', message: `a ${kinds[0]} comparison needs exactly one of ${COMPARATORS.join(' / ')}; found ${ops.join(', ') || 'none'}` });
    }
    if (!isComparison && ops.length > 0) {
      ctx.addIssue({ code: 'custom', message: `${ops.join(', ')} only go with fact or age` });
    }
    if (kinds[0] === 'age' && !['lt', 'lte', 'gt', 'gte', 'eq'].includes(ops[0] ?? '')) {
      ctx.addIssue({ code: 'custom', message: 'age takes lt / lte / gt / gte / eq' });
    }
  });

const AMOUNT_KINDS = ['fixed', 'param', 'fact', 'percent', 'times', 'divide', 'sum', 'min', 'max', 'steps', 'lookup', 'brackets', 'switch', 'notStated'] as const;

/** An amount expression: exactly one kind key, plus an optional label for the breakdown. */
export interface Amount {
  fixed?: number;
  param?: string;
  fact?: string;
  percent?: number;
  of?: Amount;
  times?: Amount[];
  divide?: Amount[];
  sum?: Amount[];
  min?: Amount[];
  max?: Amount[];
  steps?: { count: Amount; size: number; each: number; maxSteps?: number };
  lookup?: { fact: string; table: Record<string, number> };
  brackets?: { of: Amount; table: { from: number; amount: Amount }[] };
  switch?: { when: Condition; then: Amount }[];
  else?: Amount;
  notStated?: true;
  cap?: Amount;
  label?: z.infer<typeof Text>;
}

export const AmountSchema: z.ZodType<Amount> = z
  .strictObject({
    fixed: z.number().optional(),
    param: id.optional(),
    fact: id.optional(),
    percent: z.number().positive().optional(),
    get of() { return AmountSchema.optional(); },
    get times() { return z.array(AmountSchema).length(2).optional(); },
    get divide() { return z.array(AmountSchema).length(2).optional(); },
    get sum() { return z.array(AmountSchema).min(1).optional(); },
    get min() { return z.array(AmountSchema).min(1).optional(); },
    get max() { return z.array(AmountSchema).min(1).optional(); },
    get steps() {
      return z.strictObject({ count: AmountSchema, size: z.number().positive(), each: z.number().nonnegative(), maxSteps: z.int().positive().optional() }).optional();
    },
    lookup: z.strictObject({ fact: id, table: z.record(z.string(), z.number().nonnegative()) }).optional(),
    get brackets() {
      return z.strictObject({ of: AmountSchema, table: z.array(z.strictObject({ from: z.number(), amount: AmountSchema })).min(1) }).optional();
    },
    get switch() { return z.array(z.strictObject({ when: ConditionSchema, then: AmountSchema })).min(1).optional(); },
    get else() { return AmountSchema.optional(); },
    notStated: z.literal(true).optional(),
    get cap() { return AmountSchema.optional(); },
    label: Text.optional(),
  })
  .superRefine((a, ctx) => {
    const kinds = AMOUNT_KINDS.filter((k) => a[k] !== undefined);
    if (kinds.length !== 1) {
      ctx.addIssue({ code: 'custom', message: `an amount needs exactly one of ${AMOUNT_KINDS.join(' / ')}; found ${kinds.join(', ') || 'none'}` });
      return;
    }
    const pairs: [keyof Amount, keyof Amount][] = [['of', 'percent'], ['else', 'switch'], ['cap', 'notStated']];
    for (const [extra, owner] of pairs) {
      if (a[extra] !== undefined && a[owner] === undefined) ctx.addIssue({ code: 'custom', message: `${extra} goes with ${owner}` });
    }
    if (a.percent !== undefined && a.of === undefined) ctx.addIssue({ code: 'custom', message: 'percent needs of' });
    if (a.switch !== undefined && a.else === undefined) ctx.addIssue({ code: 'custom', message: 'switch needs else' });
  });

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
});

export const Exclusion = z.strictObject({
  items: z.array(id).min(1),
  rule: z.enum(['not-combinable', 'combinable']),
  from: isoDate.optional(),
  until: isoDate.optional(),
  scope: Text.optional(),
  cite: Citation,
});

export const Office = z.strictObject({
  name: Text.nullable(),
  channels: z.array(id),
  note: Text.optional(),
});

export const ApplicationWindow = z.strictObject({
  text: Text,
  annual: z.strictObject({ from: z.string().regex(/^\d{2}-\d{2}$/), to: z.string().regex(/^\d{2}-\d{2}$/) }).optional(),
});

export const AnswerValue = z.union([z.boolean(), z.number(), z.string(), z.array(z.string())], {
  error: 'expected true/false, a number, a date or option (text), or a list of options',
});

/** Expected amount in a case: an exact figure, a range, or a kind of result. */
export const ExpectedAmount = z.union([
  z.number(),
  z.strictObject({ min: z.number(), max: z.number().nullable() }),
  z.strictObject({ notStated: z.literal(true), cap: z.number().optional() }),
  z.literal('none'),
], { error: 'expected a number, { min, max }, { notStated: true, cap? } or none' });

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
  }),
});

/** One benefit (or status, such as a recognition) of the policy. */
export const Item = z
  .strictObject({
    id,
    name: Text,
    part: z.int().min(1).max(7),
    area: id,
    applicant: ApplicantKind,
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
