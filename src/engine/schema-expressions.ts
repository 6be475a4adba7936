/** Zod schemas of the two recursive vocabularies: conditions and amounts. Nothing in them is evaluated as code. */
import * as z from 'zod';
import { Citation, Span, Text, id, isoDate } from './schema-basics.ts';
import { FigurePeriods, type FigurePeriodT } from './schema-time.ts';

const Operand = z.union([z.number(), z.boolean(), z.string(), z.strictObject({ param: id }), z.strictObject({ fact: id })], {
  error: 'expected a number, true/false, an option, { param: <id> } or { fact: <id> }',
});

const CONDITION_KINDS = ['all', 'any', 'not', 'ref', 'evaluationDate', 'askingAs', 'fact', 'age'] as const;
const COMPARATORS = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in', 'notIn', 'includes', 'includesAny', 'within', 'atLeastAgo', 'onOrBefore', 'onOrAfter'] as const;

/** A condition: exactly one kind key; a `fact` or `age` comparison also has exactly one comparator. */
export interface Condition {
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
  ref?: string;
  evaluationDate?: { onOrAfter?: string; before?: string };
  /** True when the run asks for this kind of applicant: the branches of an item open to persons and organisations. */
  askingAs?: 'person' | 'organisation';
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
  /** A fixed date, or another date fact moved by `plus` (e.g. the graduation date + 24 months: "毕业2年以内" at hiring). */
  onOrBefore?: string | { fact: string; plus?: z.infer<typeof Span> };
  onOrAfter?: string | { fact: string; plus?: z.infer<typeof Span> };
  label?: z.infer<typeof Text>;
  cite?: z.infer<typeof Citation>;
  note?: z.infer<typeof Text>;
}

const numericOperand = z.union([z.number(), z.strictObject({ param: id }), z.strictObject({ fact: id })], {
  error: 'expected a number, { param: <id> } or { fact: <id> }',
});
const dateOperand = z.union([isoDate, z.strictObject({ fact: id, plus: Span.optional() })], { error: 'expected a date YYYY-MM-DD or { fact: <id>, plus?: <span> }' });

export const ConditionSchema: z.ZodType<Condition> = z
  .strictObject({
    get all() { return z.array(ConditionSchema).min(1).optional(); },
    get any() { return z.array(ConditionSchema).min(1).optional(); },
    get not() { return ConditionSchema.optional(); },
    ref: id.optional(),
    evaluationDate: z.strictObject({ onOrAfter: isoDate.optional(), before: isoDate.optional() }).optional(),
    askingAs: z.enum(['person', 'organisation']).optional(),
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

const AMOUNT_KINDS = ['fixed', 'param', 'fact', 'percent', 'times', 'divide', 'sum', 'min', 'max', 'steps', 'lookup', 'brackets', 'switch', 'notStated', 'atLeast'] as const;

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
  /** The periods the figure's sources cover: outside all of them the figure is "set by the office" (src/engine/periods.ts). */
  periods?: FigurePeriodT[];
  /** A floor the source states ("不低于…"): the sum is at least this, with no known top, so it is never exact. */
  atLeast?: Amount;
  label?: z.infer<typeof Text>;
  /** The unit of a labelled step's figure when it is not yuan (月数 6: 个月); a fact's step takes the fact's unit. */
  unit?: z.infer<typeof Text>;
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
    periods: FigurePeriods.optional(),
    get atLeast() { return AmountSchema.optional(); },
    label: Text.optional(),
    unit: Text.optional(),
  })
  .superRefine((a, ctx) => {
    const kinds = AMOUNT_KINDS.filter((k) => a[k] !== undefined);
    if (kinds.length !== 1) {
      ctx.addIssue({ code: 'custom', message: `an amount needs exactly one of ${AMOUNT_KINDS.join(' / ')}; found ${kinds.join(', ') || 'none'}` });
      return;
    }
    const pairs: [keyof Amount, keyof Amount][] = [['of', 'percent'], ['else', 'switch'], ['cap', 'notStated'], ['unit', 'label']];
    for (const [extra, owner] of pairs) {
      if (a[extra] !== undefined && a[owner] === undefined) ctx.addIssue({ code: 'custom', message: `${extra} goes with ${owner}` });
    }
    if (a.percent !== undefined && a.of === undefined) ctx.addIssue({ code: 'custom', message: 'percent needs of' });
    if (a.switch !== undefined && a.else === undefined) ctx.addIssue({ code: 'custom', message: 'switch needs else' });
  });
