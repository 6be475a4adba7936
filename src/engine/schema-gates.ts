/**
 * How a question fits into a conversation, as data on the fact: asked only after a gate question ("do you work
 * flexibly?" before "which job?"), never asked because another answer settles it (a box ticked in a multiple
 * choice), and how much looking up it takes. A closed vocabulary, checked by zod: no expressions as strings.
 */
import * as z from 'zod';
import { id } from './schema-basics.ts';

/** The answer a gate question must have for the gated fact to be asked: exactly one of `eq`, `in`, `includes`. */
export const FactGate = z
  .strictObject({
    fact: id,
    eq: z.union([z.boolean(), z.string()]).optional(),
    in: z.array(z.string()).min(1).optional(),
    includes: z.string().optional(),
  })
  .refine((g) => [g.eq, g.in, g.includes].filter((x) => x !== undefined).length === 1, 'a gate has exactly one of eq, in, includes');

/** A fact whose answer follows from another answer: `includes` is true when the multiple choice `fact` has `option`
 * ticked, false when it was answered without it (never asked); `sameAs` copies another fact's answer once the gate
 * `when` is passed — the organisation a founder asks about is the business they already described — and is asked
 * itself when the gate is answered otherwise or there is nothing to copy. */
export const FactDerivation = z.union([
  z.strictObject({ includes: z.strictObject({ fact: id, option: id }) }),
  z.strictObject({ sameAs: z.strictObject({ fact: id, when: FactGate }) }),
]);

/** `at-hand`: a person knows it (the default); `lookup`: it takes a document, an app or a phone call to find. */
export const FactEffort = z.enum(['at-hand', 'lookup']);

/** The fields a fact may carry for ordering and deriving its question (spread into the Fact schema). */
export const factFlowFields = {
  /** Ask only once the gate question has this answer; "don't know" to the gate leaves this fact unasked. */
  onlyIf: FactGate.optional(),
  /** Ask only after this question has been answered (any answer, "don't know" included): an order, never a filter —
   * for a question that some items need whatever the earlier answer is (the graduation date after "are you a
   * graduate?", which a graduating student is asked too). */
  askAfter: id.optional(),
  /** The answer this fact takes when the gate question is answered otherwise (e.g. `false`, or `none`). */
  otherwise: z.union([z.boolean(), z.string()]).optional(),
  /** Settled by another answer, never asked. */
  derivedFrom: FactDerivation.optional(),
  effort: FactEffort.optional(),
};

export type FactGateT = z.infer<typeof FactGate>;
export type FactDerivationT = z.infer<typeof FactDerivation>;
